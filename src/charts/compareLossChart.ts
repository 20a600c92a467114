/**
 * One chart for every run of a comparison: one series (test loss, training loss or an accuracy)
 * of each run, each in its own colour and dash pattern with a legend naming what differs; or,
 * for the seeds view, every run faint and their median bold. Imperative like the single view's
 * loss chart: frames append, `flush` draws, and the width comes from a ResizeObserver.
 */
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { LossHistory } from '../config/history';
import { LossAxes, xModel, yModel } from './lossAxes';
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
  let labels = opts.labels;
  let metric: CompareMetric = 'testLoss';
  let logScale = false;
  let highlight: number | null = null;
  let width = 0;
  let rafId = 0;
  let dirty = true;
  const records: LossRecord[] = labels.runs.map(() => new LossRecord());

  const root = select(container).append('div').attr('class', 'compare-chart').attr('data-testid', 'compare-chart');
  const legend = root.append('ul').attr('class', 'compare-legend');
  const svg = root.append('svg').attr('class', 'loss-svg').attr('role', 'img');
  const plot = svg.append('g');
  const axes = new LossAxes(plot.append('g'), plot.append('g'), plot.append('g'));
  const curves = plot.append('g');
  const paths = records.map((_, i) => {
    const style = opts.seeds ? { color: SEED_COLOR, dash: null } : RUN_STYLES[i % RUN_STYLES.length];
    return curves
      .append('path')
      .attr('data-testid', 'compare-curve')
      .attr('data-run', i)
      .attr('fill', 'none')
      .attr('stroke', style.color)
      .attr('stroke-dasharray', style.dash)
      .attr('stroke-linejoin', 'round');
  });
  const medianPath = opts.seeds
    ? curves.append('path').attr('data-testid', 'median-curve').attr('fill', 'none').attr('stroke', MEDIAN_COLOR).attr('stroke-width', 3)
    : null;
  const xLabel = plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');

  const drawLegend = () => {
    type Entry = { text: string; color: string; dash: string | null; width: number; opacity: number };
    const entries: Entry[] = opts.seeds
      ? [
          { text: labels.eachRun, color: SEED_COLOR, dash: null, width: 1.5, opacity: 0.35 },
          { text: labels.median, color: MEDIAN_COLOR, dash: null, width: 3, opacity: 1 },
        ]
      : labels.runs.map((text, i) => ({ text, ...RUN_STYLES[i % RUN_STYLES.length], width: 2.5, opacity: 1 }));
    const items = legend.selectAll<HTMLLIElement, Entry>('li').data(entries).join((enter) => {
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
  };
  drawLegend();

  function draw(): void {
    if (rafId) cancelAnimationFrame(rafId);
    rafId = 0;
    if (width === 0) return;
    dirty = false;
    const size = lossChartSize(width, 16);
    const { font, height, top, bottom } = size;
    svg.attr('width', width).attr('height', height).attr('font-size', font).attr('aria-label', labels.description);
    const innerH = height - top - bottom;
    let last = 0;
    for (const r of records) if (r.length > 0) last = Math.max(last, r.epoch.data[r.length - 1]);
    const x1 = niceCeiling(last > 0 ? last : 1);
    const accuracy = metric === 'trainAccuracy' || metric === 'testAccuracy';
    // A first pass at a provisional width finds the value range; the margins follow from it.
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
    const ym = accuracy
      ? yModel({ log: false, lo: 0, hi: 1, minPositive: 1, firstLoss: NaN, innerH, font })
      : yModel({ log: logScale, lo, hi, minPositive, firstLoss, innerH, font });
    const left = sideMargin(Math.max(...ym.labels.map((l) => l.length * font * 0.6), 0));
    const right = 12;
    const innerW = Math.max(1, width - left - right);
    plot.attr('transform', `translate(${left},${top})`);
    axes.drawY(ym);
    const xm = xModel(false, 0, x1, innerW, font);
    axes.drawX(xm, innerH);
    axes.drawAccuracy(false, ym.scale, innerW, innerH, font);
    xLabel.attr('x', innerW).attr('y', innerH + bottom - Math.round(font * 0.3));
    // Setting a text, even the same one, replaces its node and lays the chart out again.
    if (xLabel.text() !== labels.epoch) xLabel.text(labels.epoch);

    const indices: number[] = [];
    records.forEach((r, i) => {
      const d = r.reduce(metric, 0, x1, innerW);
      indices.length = d.x.length;
      for (let k = 0; k < indices.length; k++) indices[k] = k;
      const xs = d.x.data;
      const ys = d.y.data;
      const lit = highlight === i;
      const dim = highlight !== null && !lit;
      paths[i]
        .attr('d', d.x.length > 0 ? line<number>().x((k) => xm.scale(xs[k])).y((k) => ym.y(ys[k]))(indices) : null)
        .attr('stroke-width', opts.seeds ? (lit ? 2.5 : 1.5) : lit ? 3.5 : 2)
        .attr('stroke-opacity', opts.seeds ? (lit ? 0.9 : 0.3) : dim ? 0.35 : 1);
    });
    if (medianPath) {
      const curve = medianCurve(
        records.map((r) => ({ xs: r.epoch.data, ys: r.values[metric].data, n: r.length })),
        Math.min(400, innerW),
      );
      const k = curve.x.map((_, j) => j);
      medianPath.attr('d', k.length > 0 ? line<number>().x((j) => xm.scale(curve.x[j])).y((j) => ym.y(curve.y[j]))(k) : null);
    }
  }

  const schedule = () => {
    dirty = true;
    if (!rafId) rafId = requestAnimationFrame(draw);
  };

  const observer = new ResizeObserver((entries) => {
    const w = Math.max(160, Math.floor(entries[entries.length - 1].contentRect.width));
    if (w !== width) {
      width = w;
      axes.invalidate();
      schedule();
    }
  });
  observer.observe(container);

  return {
    append(run, points) {
      if (records[run]?.append(points)) dirty = true;
    },
    clear(run) {
      records[run]?.clear();
      schedule();
    },
    flush() {
      if (dirty && width > 0) draw();
    },
    setMetric(next) {
      if (next === metric) return;
      metric = next;
      schedule();
    },
    setLogScale(log) {
      if (log === logScale) return;
      logScale = log;
      schedule();
    },
    setHighlight(run) {
      if (run === highlight) return;
      highlight = run;
      schedule();
    },
    setLabels(next) {
      labels = next;
      drawLegend();
      schedule();
    },
    destroy() {
      if (rafId) cancelAnimationFrame(rafId);
      observer.disconnect();
      root.remove();
    },
  };
}
