/**
 * Train / test loss over epochs, with optional accuracy on a right-hand axis. Imperative:
 * frames append points and the chart redraws at most once per animation frame, from a
 * min/max-per-pixel-column reduction of the whole history.
 */
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { createDownsampled, decade, decadeTicks, type Downsampled, downsampleMinMax, GrowableArray, MinMaxBlocks, niceCeiling } from './lossSeries';

export interface LossChartLabels {
  train: string;
  test: string;
  trainAcc: string;
  testAcc: string;
  epoch: string;
  loss: string;
  accuracy: string;
}

export interface LossPoints {
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}

export interface LossChartApi {
  /**
   * Copies the points (the caller may reuse or transfer its arrays afterwards). Appending does
   * not draw: the caller says when with `flush`, so the curves redraw in the same display
   * frame as the other views.
   */
  append(points: LossPoints): void;
  /** Draws now if anything changed since the last draw. */
  flush(): void;
  clear(): void;
  setLogScale(log: boolean): void;
  setShowAccuracy(show: boolean): void;
  setLabels(labels: LossChartLabels): void;
  resize(): void;
  destroy(): void;
}

/** Log scale floor: a loss of exactly 0 must still land somewhere. */
export const LOG_FLOOR = 1e-4;
/** Height of the plot's SVG; the HTML legend above it adds one line, or two when it wraps on a phone. */
const HEIGHT = 136;
const MARGIN = { top: 8, right: 10, bottom: 30, left: 44 };
const ACC_RIGHT = 36;

type SeriesKey = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';
const SERIES: { key: SeriesKey; label: keyof LossChartLabels; color: string; dash: string | null; acc: boolean }[] = [
  { key: 'trainLoss', label: 'train', color: '#333', dash: null, acc: false },
  { key: 'testLoss', label: 'test', color: '#3d8fd1', dash: null, acc: false },
  { key: 'trainAccuracy', label: 'trainAcc', color: '#333', dash: '4 3', acc: true },
  { key: 'testAccuracy', label: 'testAcc', color: '#3d8fd1', dash: '4 3', acc: true },
];

const fmtSmall = format('~g');
const fmtBig = format('~s');
const formatEpoch = (v: number) => (Math.abs(v) >= 1000 ? fmtBig(v) : fmtSmall(v));
const formatPercent = format('.0%');
const fmtExp = format('.0e');
/** Decades far from 1 read better as 1e-4, 1e+8 than as 0.0001, 100000000. */
const formatDecade = (v: number) => (v >= 1e4 || v < 1e-3 ? fmtExp(v) : fmtSmall(v));

type G = Selection<SVGGElement, unknown, null, undefined>;

export function createLossChart(container: HTMLElement, opts: { labels: LossChartLabels }): LossChartApi {
  let labels = opts.labels;
  let logScale = false;
  let showAccuracy = false;
  let rafId = 0;
  let dirty = true;
  let width = 0;
  // What the axes and texts were last drawn for: d3-axis rewrites every tick's text node on each
  // call, which costs the browser a layout, so they are redrawn only when these change.
  let xAxisKey = '';
  let yAxisKey = '';
  let accAxisKey = '';
  let textKey = '';
  let legendKey = '';

  const epoch = new GrowableArray();
  const store: Record<SeriesKey, GrowableArray> = {
    trainLoss: new GrowableArray(),
    testLoss: new GrowableArray(),
    trainAccuracy: new GrowableArray(),
    testAccuracy: new GrowableArray(),
  };
  const blocks: Record<SeriesKey, MinMaxBlocks> = {
    trainLoss: new MinMaxBlocks(),
    testLoss: new MinMaxBlocks(),
    trainAccuracy: new MinMaxBlocks(),
    testAccuracy: new MinMaxBlocks(),
  };
  const reduced: Record<SeriesKey, Downsampled> = {
    trainLoss: createDownsampled(),
    testLoss: createDownsampled(),
    trainAccuracy: createDownsampled(),
    testAccuracy: createDownsampled(),
  };

  const root = select(container).append('div').attr('data-testid', 'loss-chart');
  // An HTML legend wraps by itself when translated labels do not fit a phone's width.
  const legend = root
    .append('div')
    .style('display', 'flex')
    .style('flex-wrap', 'wrap')
    .style('gap', '2px 12px')
    .style('font-size', '10px')
    .style('line-height', '14px')
    .style('padding-left', `${MARGIN.left}px`);
  const svg = root
    .append('svg')
    .attr('height', HEIGHT)
    .style('display', 'block')
    .style('overflow', 'visible')
    .attr('font-size', 10);
  const plot: G = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const xAxisG: G = plot.append('g');
  const yAxisG: G = plot.append('g');
  const accAxisG: G = plot.append('g');
  const paths = SERIES.map((s) =>
    plot
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 1.25)
      .attr('stroke-linejoin', 'round')
      .attr('stroke-dasharray', s.dash),
  );
  const xLabel = plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');
  const yLabel = svg.append('text').attr('text-anchor', 'middle').attr('fill', 'currentColor').attr('transform', 'rotate(-90)').attr('y', 10);
  const accLabel = svg.append('text').attr('text-anchor', 'middle').attr('fill', 'currentColor');

  const x = scaleLinear();
  const yLin = scaleLinear();
  const yLog = scaleLog().clamp(true);
  const yAcc = scaleLinear().domain([0, 1]).clamp(true);
  const indices: number[] = [];

  function drawLegend(hasAcc: boolean): void {
    const key = `${hasAcc}|${labels.train}|${labels.test}|${labels.trainAcc}|${labels.testAcc}`;
    if (key === legendKey) return;
    legendKey = key;
    const shown = SERIES.filter((s) => !s.acc || hasAcc);
    const item = legend
      .selectAll<HTMLSpanElement, (typeof SERIES)[number]>('span.item')
      .data(shown, (s) => s.key)
      .join((enter) => {
        const span = enter.append('span').attr('class', 'item').style('display', 'inline-flex').style('align-items', 'center').style('gap', '4px');
        const sw = span.append('svg').attr('width', 14).attr('height', 6);
        sw.append('line').attr('x1', 0).attr('x2', 14).attr('y1', 3).attr('y2', 3).attr('stroke-width', 1.5);
        span.append('span').attr('class', 'label');
        return span;
      });
    item
      .select('line')
      .attr('stroke', (s) => s.color)
      .attr('stroke-dasharray', (s) => s.dash);
    item.select('span.label').text((s) => labels[s.label]);
  }

  function draw(): void {
    if (rafId) cancelAnimationFrame(rafId);
    rafId = 0;
    dirty = false;
    width = Math.max(160, Math.floor(container.clientWidth));
    const n = epoch.length;
    const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const e = epoch.data;
    const x0 = n > 0 ? Math.min(0, e[0]) : 0;
    // The x axis ends at a round number past the last epoch, so its labels stay put while the
    // curve grows into it, instead of crawling every frame.
    const x1 = niceCeiling(n > 0 && e[n - 1] > x0 ? e[n - 1] - x0 : 1) + x0;

    // Accuracy is all NaN for regression: then there is no right axis to make room for.
    let hasAcc = false;
    const provisionalW = width - MARGIN.left - (showAccuracy ? ACC_RIGHT : MARGIN.right);
    for (const s of SERIES) {
      if (s.acc && !showAccuracy) continue;
      downsampleMinMax(e, store[s.key].data, n, x0, x1, provisionalW, reduced[s.key], blocks[s.key]);
      if (s.acc && reduced[s.key].x.length > 0) hasAcc = true;
    }
    const right = hasAcc ? ACC_RIGHT : MARGIN.right;
    const innerW = width - MARGIN.left - right;

    x.domain([x0, x1]).range([0, innerW]);
    const lo = Math.min(reduced.trainLoss.yMin, reduced.testLoss.yMin);
    const hi = Math.max(reduced.trainLoss.yMax, reduced.testLoss.yMax);
    const hasLoss = hi >= lo;
    let y: (v: number) => number;
    let yKey: string;
    if (logScale) {
      const dLo = decade(Math.floor(Math.log10(Math.max(LOG_FLOOR, hasLoss ? lo : LOG_FLOOR))));
      const dHi = decade(Math.ceil(Math.log10(Math.max(dLo * 10, hasLoss ? hi : 1))));
      yLog.domain([dLo, dHi]).range([innerH, 0]);
      y = (v) => yLog(Math.max(LOG_FLOOR, v));
      yKey = `log|${dLo}|${dHi}`;
      if (yKey !== yAxisKey) yAxisG.call(axisLeft(yLog).tickValues(decadeTicks(dLo, dHi)).tickFormat((v) => formatDecade(+v)).tickSizeOuter(0));
    } else {
      yLin.domain([Math.min(0, hasLoss ? lo : 0), hasLoss && hi > 0 ? hi * 1.05 : 1]).range([innerH, 0]).nice(4);
      y = yLin;
      yKey = `lin|${yLin.domain().join()}`;
      if (yKey !== yAxisKey) yAxisG.call(axisLeft(yLin).ticks(4).tickFormat((v) => fmtSmall(+v)).tickSizeOuter(0));
    }
    yAxisKey = yKey;
    yAcc.range([innerH, 0]);
    const xKey = `${x0}|${x1}|${innerW}`;
    if (xKey !== xAxisKey) {
      svg.attr('width', width);
      xAxisG.attr('transform', `translate(0,${innerH})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 70))).tickFormat((v) => formatEpoch(+v)).tickSizeOuter(0));
      xAxisKey = xKey;
    }
    const accKey = `${hasAcc}|${innerW}`;
    if (accKey !== accAxisKey) {
      accAxisG
        .attr('transform', `translate(${innerW},0)`)
        .style('display', hasAcc ? '' : 'none')
        .call(axisRight(yAcc).tickValues([0, 0.5, 1]).tickFormat((v) => formatPercent(+v)).tickSizeOuter(0));
      accAxisKey = accKey;
    }

    SERIES.forEach((s, k) => {
      const r = reduced[s.key];
      const visible = !(s.acc && !hasAcc) && r.x.length > 0;
      if (!visible) {
        paths[k].attr('d', null);
        return;
      }
      // Re-run at the final width only when the right axis stole columns from the provisional pass.
      if (innerW !== provisionalW) downsampleMinMax(e, store[s.key].data, n, x0, x1, innerW, r, blocks[s.key]);
      const xs = r.x.data;
      const ys = r.y.data;
      const sy = s.acc ? yAcc : y;
      indices.length = r.x.length;
      for (let i = 0; i < indices.length; i++) indices[i] = i;
      const d = line<number>()
        .x((i) => x(xs[i]))
        .y((i) => sy(ys[i]))(indices);
      paths[k].attr('d', d);
    });

    const tKey = `${innerW}|${width}|${hasAcc}|${labels.epoch}|${labels.loss}|${labels.accuracy}`;
    if (tKey !== textKey) {
      xLabel.attr('x', innerW).attr('y', innerH + MARGIN.bottom - 3).text(labels.epoch);
      yLabel.attr('x', -(MARGIN.top + innerH / 2)).text(labels.loss);
      accLabel
        .style('display', hasAcc ? '' : 'none')
        .attr('transform', `translate(${width - 2},${MARGIN.top + innerH / 2}) rotate(90)`)
        .text(labels.accuracy);
      textKey = tKey;
    }
    drawLegend(hasAcc);
  }

  /** Coalesces changes that do not come with frames (a toggle, a resize) into one draw per display frame. */
  function schedule(): void {
    dirty = true;
    if (!rafId) rafId = requestAnimationFrame(draw);
  }

  const observer = new ResizeObserver(() => {
    if (Math.max(160, Math.floor(container.clientWidth)) !== width) schedule();
  });
  observer.observe(container);
  draw();

  return {
    append(p) {
      const n = Math.min(p.epoch.length, p.trainLoss.length, p.testLoss.length, p.trainAccuracy.length, p.testAccuracy.length);
      if (n === 0) return;
      epoch.append(p.epoch, n);
      for (const s of SERIES) {
        store[s.key].append(p[s.key], n);
        blocks[s.key].update(epoch.data, store[s.key].data, epoch.length);
      }
      dirty = true;
    },
    flush() {
      if (dirty) draw();
    },
    clear() {
      epoch.clear();
      for (const s of SERIES) {
        store[s.key].clear();
        blocks[s.key].clear();
      }
      schedule();
    },
    setLogScale(log) {
      if (log === logScale) return;
      logScale = log;
      schedule();
    },
    setShowAccuracy(show) {
      if (show === showAccuracy) return;
      showAccuracy = show;
      schedule();
    },
    setLabels(next) {
      labels = next;
      schedule();
    },
    resize: schedule,
    destroy() {
      if (rafId) cancelAnimationFrame(rafId);
      rafId = 0;
      observer.disconnect();
      root.remove();
    },
  };
}
