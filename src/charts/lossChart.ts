/**
 * Train / test loss over epochs, with optional accuracy on a right-hand axis. Imperative:
 * frames append points and the chart redraws at most once per animation frame, from a
 * min/max-per-pixel-column reduction of the whole history.
 */
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { LossHistory } from '../config/history';
import { createLossHeader } from './lossHeader';
import { createDownsampled, type Downsampled, downsampleMinMax, GrowableArray, MinMaxBlocks } from './lossSeries';
import { decadeTicks, epochTicks, formatDecadeTick, formatLinearTicks, logDomain, logEpochTicks, lossChartSize, niceCeiling, sideMargin } from './lossScales';

export interface LossChartLabels {
  train: string;
  test: string;
  trainAcc: string;
  testAcc: string;
  epoch: string;
  loss: string;
  accuracy: string;
}

export interface LossChartApi {
  /**
   * Copies the points (the caller may reuse or transfer its arrays afterwards). Appending does
   * not draw: the caller says when with `flush`, so the curves redraw in the same display
   * frame as the other views.
   */
  append(points: LossHistory): void;
  /** Draws now if anything changed since the last draw. */
  flush(): void;
  clear(): void;
  setLogScale(log: boolean): void;
  setShowAccuracy(show: boolean): void;
  setLabels(labels: LossChartLabels): void;
  resize(): void;
  destroy(): void;
}

/** Colours and dashes: dark is training, blue is test; solid is loss, dashed is accuracy. */
const TRAIN_COLOR = '#333';
const TEST_COLOR = '#3d8fd1';
const ACC_DASH = '4 3';
/** Without the accuracy axis: at least this much room right of the plot. */
const MIN_RIGHT = 8;

type SeriesKey = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';
const SERIES: { key: SeriesKey; color: string; dash: string | null; acc: boolean }[] = [
  { key: 'trainLoss', color: TRAIN_COLOR, dash: null, acc: false },
  { key: 'testLoss', color: TEST_COLOR, dash: null, acc: false },
  { key: 'trainAccuracy', color: TRAIN_COLOR, dash: ACC_DASH, acc: true },
  { key: 'testAccuracy', color: TEST_COLOR, dash: ACC_DASH, acc: true },
];

const fmtSmall = format('~g');
const fmtBig = format('~s');
const formatEpoch = (v: number) => (Math.abs(v) >= 1000 ? fmtBig(v) : fmtSmall(v));
const formatPercent = format('.0%');
const ACC_TICKS = [0, 0.5, 1];
const ACC_LABELS = ACC_TICKS.map(formatPercent);

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The container's width as the chart uses it (it never draws narrower than 160 px). */
const usableWidth = (w: number) => Math.max(160, Math.floor(w));

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function createLossChart(container: HTMLElement, opts: { labels: LossChartLabels }): LossChartApi {
  let labels = opts.labels;
  let logScale = false;
  let showAccuracy = false;
  let rafId = 0;
  let dirty = true;
  // The width comes from the ResizeObserver, so neither creating the chart nor drawing it
  // reads layout (a flush runs in the frame in which the other views have just written to the
  // DOM, and the page mounts every chart in one go: each read there would force a layout).
  // Until the first observation (before the first paint) nothing is drawn.
  let width = 0;
  let size = lossChartSize(usableWidth(0), 16);
  // Margins beside the plot as last drawn: the next draw reduces the curves to the plot width
  // they give, and reduces again only if they changed.
  let left = sideMargin(20);
  let right = MIN_RIGHT;
  /** Smallest positive loss seen since the last clear: the bottom of the log axis. */
  let minPositiveLoss = Infinity;
  // What the axes and texts were last drawn for: d3-axis rewrites every tick's text node on each
  // call, which costs the browser a layout, so they are redrawn only when these change.
  let sizeKey = '';
  let xAxisKey = '';
  let yAxisKey = '';
  let accAxisKey = '';
  let textKey = '';
  // Tick values and labels of the loss axis, and the width of its widest label.
  let yTickValues: number[] = [];
  let yTickLabels: string[] = [];
  let yLabelWidth = 0;
  // Widths of the widest percentage and of the epoch axis' end label (and what for).
  let accLabelWidth = 0;
  let endLabelKey = '';
  let endLabelWidth = 0;

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

  // Tick labels are measured on a canvas, which needs no layout, in the page's font (read with
  // the first observed size, when style is fresh).
  let fontFamily = 'sans-serif';
  const measureCtx = document.createElement('canvas').getContext('2d');
  const textWidth = (text: string) => (measureCtx ? measureCtx.measureText(text).width : text.length * size.font * 0.62);

  const root = select(container).append('div').attr('data-testid', 'loss-chart');
  const header = createLossHeader(root, TRAIN_COLOR, TEST_COLOR, ACC_DASH);
  const svg = root.append('svg').style('display', 'block').style('overflow', 'visible');
  const plot: G = svg.append('g');
  const xAxisG: G = plot.append('g');
  const yAxisG: G = plot.append('g');
  const accAxisG: G = plot.append('g');
  const paths = SERIES.map((s) =>
    plot
      .append('path')
      .attr('data-series', s.key)
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 1.5)
      .attr('stroke-linejoin', 'round')
      .attr('stroke-dasharray', s.dash),
  );
  const xLabel = plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');

  const xLin = scaleLinear();
  // log(1 + epoch): epoch 0 has a place, and 1, 10, 100… are evenly spaced.
  const xLog = scaleSymlog().constant(1);
  const yLin = scaleLinear();
  const yLog = scaleLog().clamp(true);
  const yAcc = scaleLinear().domain([0, 1]).clamp(true);
  const indices: number[] = [];

  /** d3-axis sets font-size 10 and sans-serif on its group: the ticks inherit the chart's instead. */
  const inheritFont = (g: G) => g.attr('font-size', null).attr('font-family', null);

  function applySize(): void {
    const key = `${size.font}|${size.height}`;
    if (key === sizeKey) return;
    sizeKey = key;
    const lineHeight = Math.round(size.font * 1.35);
    root.style('font-size', `${size.font}px`).style('line-height', `${lineHeight}px`);
    svg.attr('height', size.height).attr('font-size', size.font);
    if (measureCtx) measureCtx.font = `${size.font}px ${fontFamily}`;
    accLabelWidth = textWidth(ACC_LABELS[ACC_LABELS.length - 1]);
    endLabelKey = '';
    yAxisKey = '';
  }

  function draw(): void {
    if (rafId) cancelAnimationFrame(rafId);
    rafId = 0;
    if (width === 0) return;
    dirty = false;
    applySize();
    const { font, height, top, bottom } = size;
    const n = epoch.length;
    const innerH = height - top - bottom;
    const e = epoch.data;
    const x0 = n > 0 ? Math.min(0, e[0]) : 0;
    // The x axis ends at a round number past the last epoch, so its labels stay put while the
    // curve grows into it, instead of crawling every frame.
    const x1 = niceCeiling(n > 0 && e[n - 1] > x0 ? e[n - 1] - x0 : 1) + x0;
    // On log scale the epochs are logarithmic too (log-log is how training curves are read), so
    // a run of 50,000 epochs does not squeeze its whole learning phase into the first pixels.
    // Epochs are ≥ 0, so log(1 + epoch) is defined.
    const logX = logScale && x0 >= 0;
    const transform = logX ? Math.log1p : undefined;
    const t0 = logX ? Math.log1p(x0) : x0;
    const t1 = logX ? Math.log1p(x1) : x1;

    // Reduce at the width the last draw's margins give; accuracy is all NaN for regression, and
    // then there is no right axis to make room for.
    let hasAcc = false;
    const provisionalW = Math.max(1, width - left - right);
    for (const s of SERIES) {
      if (s.acc && !showAccuracy) continue;
      downsampleMinMax(e, store[s.key].data, n, t0, t1, provisionalW, reduced[s.key], blocks[s.key], transform);
      if (s.acc && reduced[s.key].x.length > 0) hasAcc = true;
    }

    const lo = Math.min(reduced.trainLoss.yMin, reduced.testLoss.yMin);
    const hi = Math.max(reduced.trainLoss.yMax, reduced.testLoss.yMax);
    const hasLoss = hi >= lo;
    let y: (v: number) => number;
    let yScale: typeof yLin | typeof yLog;
    let yKey: string;
    if (logScale) {
      const [dLo, dHi] = logDomain(minPositiveLoss, hasLoss ? hi : 1);
      yLog.domain([dLo, dHi]).range([innerH, 0]);
      // Exact zeros sit on the bottom edge.
      y = (v) => yLog(v > dLo ? v : dLo);
      yScale = yLog;
      yKey = `log|${dLo}|${dHi}|${innerH}|${font}`;
      if (yKey !== yAxisKey) {
        yTickValues = decadeTicks(dLo, dHi, Math.max(2, Math.floor(innerH / (font * 1.8))));
        yTickLabels = yTickValues.map(formatDecadeTick);
      }
    } else {
      const count = Math.max(3, Math.min(6, Math.floor(innerH / (font * 2.6))));
      yLin.domain([Math.min(0, hasLoss ? lo : 0), hasLoss && hi > 0 ? hi * 1.05 : 1]).range([innerH, 0]).nice(count);
      y = yLin;
      yScale = yLin;
      yKey = `lin|${yLin.domain().join()}|${innerH}|${font}|${count}`;
      if (yKey !== yAxisKey) {
        yTickValues = yLin.ticks(count);
        yTickLabels = formatLinearTicks(yTickValues);
      }
    }
    const yChanged = yKey !== yAxisKey;
    if (yChanged) {
      yLabelWidth = 0;
      for (const label of yTickLabels) yLabelWidth = Math.max(yLabelWidth, textWidth(label));
    }

    // Margins from the widest labels: the loss ticks on the left, the percentages on the right,
    // or (without accuracy) half the last epoch label, which is centred on the plot's end.
    left = sideMargin(yLabelWidth);
    if (!hasAcc && endLabelKey !== `${x1}`) {
      endLabelKey = `${x1}`;
      endLabelWidth = textWidth(formatEpoch(x1));
    }
    right = hasAcc ? sideMargin(accLabelWidth) : Math.max(MIN_RIGHT, Math.ceil(endLabelWidth / 2) + 2);
    const innerW = Math.max(1, width - left - right);

    if (yChanged) {
      yAxisG.call(
        axisLeft(yScale)
          .tickValues(yTickValues)
          .tickFormat((_, i) => yTickLabels[i])
          .tickSizeOuter(0),
      );
      inheritFont(yAxisG);
      yAxisKey = yKey;
    }
    yAcc.range([innerH, 0]);
    const xScale = logX ? xLog : xLin;
    xScale.domain([x0, x1]).range([0, innerW]);
    const xKey = `${logX}|${x0}|${x1}|${innerW}|${innerH}|${font}|${left}`;
    if (xKey !== xAxisKey) {
      svg.attr('width', width);
      plot.attr('transform', `translate(${left},${top})`);
      // Room for a label: about five digits' width.
      const xTicks = logX ? logEpochTicks(x1, innerW, font * 3.5) : epochTicks(x0, x1, Math.max(2, Math.floor(innerW / (font * 6))));
      xAxisG
        .attr('transform', `translate(0,${innerH})`)
        .call(
          axisBottom(xScale)
            .tickValues(xTicks)
            .tickFormat((v) => formatEpoch(+v))
            .tickSizeOuter(0),
        );
      inheritFont(xAxisG);
      xAxisKey = xKey;
    }
    const accKey = `${hasAcc}|${innerW}|${innerH}|${font}`;
    if (accKey !== accAxisKey) {
      accAxisG
        .attr('transform', `translate(${innerW},0)`)
        .style('display', hasAcc ? '' : 'none')
        .call(
          axisRight(yAcc)
            .tickValues(ACC_TICKS)
            .tickFormat((_, i) => ACC_LABELS[i])
            .tickSizeOuter(0),
        );
      inheritFont(accAxisG);
      accAxisKey = accKey;
    }

    SERIES.forEach((s, k) => {
      const r = reduced[s.key];
      const visible = !(s.acc && !hasAcc) && r.x.length > 0;
      if (!visible) {
        paths[k].attr('d', null);
        return;
      }
      // Re-run at the final width only when the margins changed since the last draw.
      if (innerW !== provisionalW) downsampleMinMax(e, store[s.key].data, n, t0, t1, innerW, r, blocks[s.key], transform);
      const xs = r.x.data;
      const ys = r.y.data;
      const sy = s.acc ? yAcc : y;
      indices.length = r.x.length;
      for (let i = 0; i < indices.length; i++) indices[i] = i;
      const d = line<number>()
        .x((i) => xScale(xs[i]))
        .y((i) => sy(ys[i]))(indices);
      paths[k].attr('d', d);
    });

    const tKey = `${innerW}|${innerH}|${font}|${labels.epoch}`;
    if (tKey !== textKey) {
      // Under the tick labels, at the plot's right end.
      xLabel.attr('x', innerW).attr('y', innerH + bottom - Math.round(font * 0.3)).text(labels.epoch);
      textKey = tKey;
    }
    header.draw(labels, hasAcc);
  }

  /** Coalesces changes that do not come with frames (a toggle, a resize) into one draw per display frame. */
  function schedule(): void {
    dirty = true;
    if (!rafId) rafId = requestAnimationFrame(draw);
  }

  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const next = usableWidth(entry ? entry.contentRect.width : container.clientWidth);
    if (width === 0) {
      fontFamily = getComputedStyle(container).fontFamily || fontFamily;
      sizeKey = '';
    }
    // Layout is fresh inside a ResizeObserver callback, so reading the root font size is cheap;
    // it changes with the page's media queries, which come with a change of width.
    const nextSize = lossChartSize(next, rootFontPx());
    if (next !== width || nextSize.font !== size.font || nextSize.height !== size.height) {
      width = next;
      size = nextSize;
      schedule();
    }
  });
  observer.observe(container);

  return {
    append(p) {
      const n = Math.min(p.epoch.length, p.trainLoss.length, p.testLoss.length, p.trainAccuracy.length, p.testAccuracy.length);
      if (n === 0) return;
      epoch.append(p.epoch, n);
      for (const s of SERIES) {
        store[s.key].append(p[s.key], n);
        blocks[s.key].update(epoch.data, store[s.key].data, epoch.length);
      }
      for (let i = 0; i < n; i++) {
        const a = p.trainLoss[i];
        const b = p.testLoss[i];
        // NaN and Infinity fail one comparison or the other.
        if (a > 0 && a < minPositiveLoss) minPositiveLoss = a;
        if (b > 0 && b < minPositiveLoss) minPositiveLoss = b;
      }
      dirty = true;
    },
    flush() {
      if (dirty && width > 0) draw();
    },
    clear() {
      epoch.clear();
      for (const s of SERIES) {
        store[s.key].clear();
        blocks[s.key].clear();
      }
      minPositiveLoss = Infinity;
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
    resize() {
      width = usableWidth(container.clientWidth);
      size = lossChartSize(width, rootFontPx());
      schedule();
    },
    destroy() {
      if (rafId) cancelAnimationFrame(rafId);
      rafId = 0;
      observer.disconnect();
      root.remove();
    },
  };
}
