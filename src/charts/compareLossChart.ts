/**
 * One chart for every run of a comparison: one series (test loss, training loss or an accuracy)
 * of each run, each in its own colour and dash pattern with a legend naming what differs; or,
 * for the seeds view, every run faint and their median bold. Imperative like the single view's
 * loss chart: frames append, `flush` draws, and the width comes from a ResizeObserver.
 */
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { LossHistory } from '../config/history';
import { LossAxes, type Scale, xModel, yModel, type YModel } from './lossAxes';
import { LossRecord, type SeriesKey } from './lossHistory';
import { lossChartSize, niceCeiling, sideMargin } from './lossScales';
import { medianCurve, RUN_STYLES } from './compareSeries';

export type CompareMetric = SeriesKey;

export interface CompareChartLabels {
  /** One per run: what differs, as shown. */
  runs: string[];
  epoch: string;
  /** The legend's entries in the seeds view. */
  eachRun: string;
  median: string;
  /** Accessible description of the chart. */
  description: string;
}

export interface CompareLossChartApi {
  append(run: number, points: LossHistory): void;
  clear(run: number): void;
  flush(): void;
  setMetric(metric: CompareMetric): void;
  setLogScale(log: boolean): void;
  /** The run whose curve stands out (its boundary is under the pointer), or null. */
  setHighlight(run: number | null): void;
  setLabels(labels: CompareChartLabels): void;
  destroy(): void;
}

export interface CompareLossChartOptions {
  labels: CompareChartLabels;
  /** Faint runs and a bold median (the seeds view), instead of one style per run. */
  seeds: boolean;
}

const SEED_COLOR = '#0072b2';
const MEDIAN_COLOR = '#1b1b1b';

export function createCompareLossChart(container: HTMLElement, opts: CompareLossChartOptions): CompareLossChartApi {
  return new CompareLossChartView(container, opts);
}

type Div = Selection<HTMLDivElement, unknown, null, undefined>;
type G = Selection<SVGGElement, unknown, null, undefined>;
type Path = Selection<SVGPathElement, unknown, null, undefined>;
type LegendEntry = { text: string; color: string; dash: string | null; width: number; opacity: number };

/** The legend's rows: what each run varies, or in the seeds view "each run" and "median". */
function legendEntries(labels: CompareChartLabels, seeds: boolean): LegendEntry[] {
  return seeds
    ? [
        { text: labels.eachRun, color: SEED_COLOR, dash: null, width: 1.5, opacity: 0.35 },
        { text: labels.median, color: MEDIAN_COLOR, dash: null, width: 3, opacity: 1 },
      ]
    : labels.runs.map((text, i) => ({ text, ...RUN_STYLES[i % RUN_STYLES.length], width: 2.5, opacity: 1 }));
}

function drawLegend(legend: Selection<HTMLUListElement, unknown, null, undefined>, entries: LegendEntry[]): void {
  const items = legend.selectAll<HTMLLIElement, LegendEntry>('li').data(entries).join((enter) => {
    const li = enter.append('li');
    li.append('svg').attr('width', 28).attr('height', 10).attr('aria-hidden', 'true').append('line').attr('x1', 1).attr('x2', 27).attr('y1', 5).attr('y2', 5);
    li.append('span');
    return li;
  });
  items
    .select('line')
    .attr('stroke', (d) => d.color)
    .attr('stroke-dasharray', (d) => d.dash)
    .attr('stroke-width', (d) => d.width)
    .attr('stroke-opacity', (d) => d.opacity);
  items.select('span').text((d) => d.text);
}

function appendRunPath(curves: G, run: number, seeds: boolean): Path {
  const style = seeds ? { color: SEED_COLOR, dash: null } : RUN_STYLES[run % RUN_STYLES.length];
  return curves
    .append('path')
    .attr('data-testid', 'compare-curve')
    .attr('data-run', run)
    .attr('fill', 'none')
    .attr('stroke', style.color)
    .attr('stroke-dasharray', style.dash)
    .attr('stroke-linejoin', 'round');
}

/** The path through n points, or none when there are none. */
function pathThrough(n: number, xAt: (k: number) => number, yAt: (k: number) => number): string | null {
  if (n === 0) return null;
  return line<number>().x(xAt).y(yAt)(Array.from({ length: n }, (_, k) => k));
}

/** The last epoch any run has reached, 0 before the first. */
function lastEpoch(records: readonly LossRecord[]): number {
  let last = 0;
  for (const r of records) if (r.length > 0) last = Math.max(last, r.epoch.data[r.length - 1]);
  return last;
}

class CompareLossChartView implements CompareLossChartApi {
  #labels: CompareChartLabels;
  #metric: CompareMetric = 'testLoss';
  #logScale = false;
  #highlight: number | null = null;
  #width = 0;
  #rafId = 0;
  #dirty = true;
  readonly #seeds: boolean;
  readonly #records: LossRecord[];
  readonly #root: Div;
  readonly #legend: Selection<HTMLUListElement, unknown, null, undefined>;
  readonly #svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #plot: G;
  readonly #axes: LossAxes;
  readonly #paths: Path[];
  readonly #medianPath: Path | null;
  readonly #xLabel: Selection<SVGTextElement, unknown, null, undefined>;
  readonly #observer: ResizeObserver;

  constructor(container: HTMLElement, opts: CompareLossChartOptions) {
    this.#labels = opts.labels;
    this.#seeds = opts.seeds;
    this.#records = this.#labels.runs.map(() => new LossRecord());
    this.#root = select(container).append('div').attr('class', 'compare-chart').attr('data-testid', 'compare-chart');
    this.#legend = this.#root.append('ul').attr('class', 'compare-legend');
    this.#svg = this.#root.append('svg').attr('class', 'loss-svg').attr('role', 'img');
    this.#plot = this.#svg.append('g');
    this.#axes = new LossAxes(this.#plot.append('g'), this.#plot.append('g'), this.#plot.append('g'));
    const curves = this.#plot.append('g');
    this.#paths = this.#records.map((_, i) => appendRunPath(curves, i, this.#seeds));
    this.#medianPath = this.#seeds
      ? curves.append('path').attr('data-testid', 'median-curve').attr('fill', 'none').attr('stroke', MEDIAN_COLOR).attr('stroke-width', 3)
      : null;
    this.#xLabel = this.#plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');
    drawLegend(this.#legend, legendEntries(this.#labels, this.#seeds));
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.max(160, Math.floor(entries[entries.length - 1].contentRect.width));
      if (w !== this.#width) {
        this.#width = w;
        this.#axes.invalidate();
        this.#schedule();
      }
    });
    this.#observer.observe(container);
  }

  /** The value axis: accuracies on [0, 1]; losses from a first pass over every run at a provisional width. */
  #valueAxis(x1: number, innerH: number, font: number): YModel {
    const metric = this.#metric;
    const records = this.#records;
    const width = this.#width;
    if (metric === 'trainAccuracy' || metric === 'testAccuracy') {
      return yModel({ log: false, lo: 0, hi: 1, minPositive: 1, firstLoss: NaN, innerH, font });
    }
    let lo = Infinity;
    let hi = -Infinity;
    let minPositive = Infinity;
    let firstLoss = NaN;
    for (const r of records) {
      const d = r.reduce(metric, 0, x1, Math.max(1, width - 60));
      lo = Math.min(lo, d.yMin);
      hi = Math.max(hi, d.yMax);
      minPositive = Math.min(minPositive, r.minPositiveLoss);
      if (Number.isNaN(firstLoss) && Number.isFinite(r.firstLoss)) firstLoss = r.firstLoss;
    }
    return yModel({ log: this.#logScale, lo, hi, minPositive, firstLoss, innerH, font });
  }

  #drawCurves(x: Scale, ym: YModel, x1: number, innerW: number): void {
    const highlight = this.#highlight;
    const seeds = this.#seeds;
    const metric = this.#metric;
    this.#records.forEach((r, i) => {
      const d = r.reduce(metric, 0, x1, innerW);
      const xs = d.x.data;
      const ys = d.y.data;
      const lit = highlight === i;
      const dim = highlight !== null && !lit;
      this.#paths[i]
        .attr('d', pathThrough(d.x.length, (k) => x(xs[k]), (k) => ym.y(ys[k])))
        .attr('stroke-width', seeds ? (lit ? 2.5 : 1.5) : lit ? 3.5 : 2)
        .attr('stroke-opacity', seeds ? (lit ? 0.9 : 0.3) : dim ? 0.35 : 1);
    });
    if (!this.#medianPath) return;
    const curve = medianCurve(
      this.#records.map((r) => ({ xs: r.epoch.data, ys: r.values[metric].data, n: r.length })),
      Math.min(400, innerW),
    );
    this.#medianPath.attr('d', pathThrough(curve.x.length, (j) => x(curve.x[j]), (j) => ym.y(curve.y[j])));
  }

  #draw(): void {
    if (this.#rafId) cancelAnimationFrame(this.#rafId);
    this.#rafId = 0;
    const width = this.#width;
    if (width === 0) return;
    this.#dirty = false;
    const { font, height, top, bottom } = lossChartSize(width, 16);
    this.#svg.attr('width', width).attr('height', height).attr('font-size', font).attr('aria-label', this.#labels.description);
    const innerH = height - top - bottom;
    const last = lastEpoch(this.#records);
    const x1 = niceCeiling(last > 0 ? last : 1);
    const ym = this.#valueAxis(x1, innerH, font);
    // The margins follow from the value labels' width.
    const left = sideMargin(Math.max(...ym.labels.map((l) => l.length * font * 0.6), 0));
    const right = 12;
    const innerW = Math.max(1, width - left - right);
    this.#plot.attr('transform', `translate(${left},${top})`);
    this.#axes.drawY(ym);
    const xm = xModel(false, 0, x1, innerW, font);
    this.#axes.drawX(xm, innerH);
    this.#axes.drawAccuracy(false, ym.scale, innerW, innerH, font);
    this.#xLabel.attr('x', innerW).attr('y', innerH + bottom - Math.round(font * 0.3));
    // Setting a text, even the same one, replaces its node and lays the chart out again.
    if (this.#xLabel.text() !== this.#labels.epoch) this.#xLabel.text(this.#labels.epoch);
    this.#drawCurves(xm.scale, ym, x1, innerW);
  }

  #schedule(): void {
    this.#dirty = true;
    if (!this.#rafId) this.#rafId = requestAnimationFrame(() => this.#draw());
  }

  append(run: number, points: LossHistory): void {
    if (this.#records[run]?.append(points)) this.#dirty = true;
  }

  clear(run: number): void {
    this.#records[run]?.clear();
    this.#schedule();
  }

  flush(): void {
    if (this.#dirty && this.#width > 0) this.#draw();
  }

  setMetric(metric: CompareMetric): void {
    if (metric === this.#metric) return;
    this.#metric = metric;
    this.#schedule();
  }

  setLogScale(log: boolean): void {
    if (log === this.#logScale) return;
    this.#logScale = log;
    this.#schedule();
  }

  setHighlight(run: number | null): void {
    if (run === this.#highlight) return;
    this.#highlight = run;
    this.#schedule();
  }

  setLabels(labels: CompareChartLabels): void {
    this.#labels = labels;
    drawLegend(this.#legend, legendEntries(labels, this.#seeds));
    this.#schedule();
  }

  destroy(): void {
    if (this.#rafId) cancelAnimationFrame(this.#rafId);
    this.#observer.disconnect();
    this.#root.remove();
  }
}
