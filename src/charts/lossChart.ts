/**
 * Train / test loss over epochs, with optional accuracy on a right-hand axis. Imperative:
 * frames append points and the chart redraws at most once per animation frame, from a
 * min/max-per-pixel-column reduction of the whole history. The epoch axis follows the run: it
 * ends at a round number just past the last epoch, and it is logarithmic when asked (log
 * scale, or a run going as fast as it can, where linear epochs would squeeze all of the
 * learning into the first pixels).
 */
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { ACC_LABELS, formatEpoch, LossAxes, xModel, yModel } from './lossAxes';
import { createLossHeader } from './lossHeader';
import type { LossChartApi, LossChartOptions } from './lossChartTypes';
import { LossGhostLayer, reducedPath } from './lossGhostLayer';
import { isAccuracy, LossRecord, SERIES_KEYS, type SeriesKey } from './lossHistory';
import { lossChartSize, niceCeiling, sideMargin } from './lossScales';

export type { LossChartApi, LossChartLabels, LossChartOptions } from './lossChartTypes';

/** Colours and dashes: dark is training, blue is test; solid is loss, dashed is accuracy. */
const TRAIN_COLOR = '#333';
const TEST_COLOR = '#3d8fd1';
const ACC_DASH = '4 3';
/** Without the accuracy axis: at least this much room right of the plot. */
const MIN_RIGHT = 8;
const STYLE: Record<SeriesKey, { color: string; dash: string | null }> = {
  trainLoss: { color: TRAIN_COLOR, dash: null },
  testLoss: { color: TEST_COLOR, dash: null },
  trainAccuracy: { color: TRAIN_COLOR, dash: ACC_DASH },
  testAccuracy: { color: TEST_COLOR, dash: ACC_DASH },
};

/** The container's width as the chart uses it (it never draws narrower than 160 px). */
const usableWidth = (w: number) => Math.max(160, Math.floor(w));

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function createLossChart(container: HTMLElement, opts: LossChartOptions): LossChartApi {
  let labels = opts.labels;
  let logScale = false;
  let logEpochs = false;
  let showAccuracy = false;
  let rafId = 0;
  let dirty = true;
  // The width and height come from the ResizeObserver, so neither creating the chart nor
  // drawing it reads layout. Until the first observation (before the first paint) nothing is drawn.
  let width = 0;
  let boxHeight = 0;
  let size = lossChartSize(usableWidth(0), 16);
  // Margins beside the plot as last drawn: the next draw reduces the curves to the plot width
  // they give, and reduces again only if they changed.
  let left = sideMargin(20);
  let right = MIN_RIGHT;
  let sizeKey = '';
  let frameKey = '';
  let textKey = '';
  let endLabel = { key: '', width: 0 };
  let accLabelWidth = 0;
  let yLabels = { key: '', width: 0 };

  const history = new LossRecord();
  // Tick labels are measured on a canvas, which needs no layout, in the page's font (read with
  // the first observed size, when style is fresh).
  let fontFamily = 'sans-serif';
  const measureCtx = document.createElement('canvas').getContext('2d');
  const textWidth = (text: string) => (measureCtx ? measureCtx.measureText(text).width : text.length * size.font * 0.62);

  const root = select(container).append('div').attr('data-testid', 'loss-chart').attr('class', 'loss-chart');
  const header = createLossHeader(root, TRAIN_COLOR, TEST_COLOR, ACC_DASH);
  const svg = root.append('svg').attr('class', 'loss-svg');
  const plot: Selection<SVGGElement, unknown, null, undefined> = svg.append('g');
  // The previous run's test loss, faint, under everything else.
  const ghost = new LossGhostLayer(plot);
  const axes = new LossAxes(plot.append('g'), plot.append('g'), plot.append('g'));
  const paths = new Map(
    SERIES_KEYS.map((key) => [
      key,
      plot
        .append('path')
        .attr('data-series', key)
        .attr('fill', 'none')
        .attr('stroke', STYLE[key].color)
        .attr('stroke-width', 1.5)
        .attr('stroke-linejoin', 'round')
        .attr('stroke-dasharray', STYLE[key].dash),
    ]),
  );
  const xLabel = plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');
  const yAcc = scaleLinear().domain([0, 1]).clamp(true);

  function applySize(): void {
    const key = `${size.font}|${size.height}`;
    if (key === sizeKey) return;
    sizeKey = key;
    root.style('font-size', `${size.font}px`).style('line-height', `${Math.round(size.font * 1.35)}px`);
    svg.attr('height', size.height).attr('font-size', size.font);
    if (measureCtx) measureCtx.font = `${size.font}px ${fontFamily}`;
    accLabelWidth = textWidth(ACC_LABELS[ACC_LABELS.length - 1]);
    endLabel = { key: '', width: 0 };
    yLabels = { key: '', width: 0 };
    axes.invalidate();
  }

  /**
   * Reduces the curves drawn at the width the last draw's margins give; true when there is an
   * accuracy curve to draw (accuracy is all NaN for regression, and then there is no right axis
   * to make room for).
   */
  function reduceAll(t0: number, t1: number, columns: number, transform: ((x: number) => number) | undefined): boolean {
    let hasAcc = false;
    for (const key of SERIES_KEYS) {
      if (isAccuracy(key) && !showAccuracy) continue;
      const r = history.reduce(key, t0, t1, columns, transform);
      if (isAccuracy(key) && r.x.length > 0) hasAcc = true;
    }
    return hasAcc;
  }

  function draw(): void {
    if (rafId) cancelAnimationFrame(rafId);
    rafId = 0;
    if (width === 0) return;
    dirty = false;
    applySize();
    const { font, height, top, bottom } = size;
    const n = history.length;
    const innerH = height - top - bottom;
    const e = history.epoch.data;
    const x0 = n > 0 ? Math.min(0, e[0]) : 0;
    // The axis ends at a round number past the last epoch, so its labels stay put while the
    // curve grows into it, instead of crawling every frame.
    const lastEpoch = Math.max(n > 0 ? e[n - 1] : 0, ghost.lastEpoch);
    const x1 = niceCeiling(lastEpoch > x0 ? lastEpoch - x0 : 1) + x0;
    const logX = (logScale || logEpochs) && x0 >= 0;
    const transform = logX ? Math.log1p : undefined;
    const t0 = logX ? Math.log1p(x0) : x0;
    const t1 = logX ? Math.log1p(x1) : x1;

    const provisionalW = Math.max(1, width - left - right);
    const hasAcc = reduceAll(t0, t1, provisionalW, transform);
    const { trainLoss, testLoss } = history.reduced;
    const ym = yModel({
      log: logScale,
      lo: Math.min(trainLoss.yMin, testLoss.yMin, ghost.lo),
      hi: Math.max(trainLoss.yMax, testLoss.yMax, ghost.hi),
      minPositive: history.minPositiveLoss,
      firstLoss: history.firstLoss,
      innerH,
      font,
    });
    if (ym.key !== yLabels.key) yLabels = { key: ym.key, width: Math.max(0, ...ym.labels.map(textWidth)) };

    // Margins from the widest labels: the loss ticks on the left, the percentages on the right,
    // or (without accuracy) half the last epoch label, which is centred on the plot's end.
    left = sideMargin(yLabels.width);
    if (!hasAcc && endLabel.key !== `${x1}`) endLabel = { key: `${x1}`, width: textWidth(formatEpoch(x1)) };
    right = hasAcc ? sideMargin(accLabelWidth) : Math.max(MIN_RIGHT, Math.ceil(endLabel.width / 2) + 2);
    const innerW = Math.max(1, width - left - right);

    const fKey = `${width}|${left}|${top}`;
    if (fKey !== frameKey) {
      frameKey = fKey;
      svg.attr('width', width);
      plot.attr('transform', `translate(${left},${top})`);
    }
    axes.drawY(ym);
    const xm = xModel(logX, x0, x1, innerW, font);
    axes.drawX(xm, innerH);
    yAcc.range([innerH, 0]);
    axes.drawAccuracy(hasAcc, yAcc, innerW, innerH, font);

    for (const key of SERIES_KEYS) {
      const r = history.reduced[key];
      if ((isAccuracy(key) && !hasAcc) || r.x.length === 0) {
        paths.get(key)!.attr('d', null);
        continue;
      }
      // Re-run at the final width only when the margins changed since the last reduction.
      if (innerW !== provisionalW) history.reduce(key, t0, t1, innerW, transform);
      paths.get(key)!.attr('d', reducedPath(r, xm.scale, isAccuracy(key) ? yAcc : ym.y));
    }

    ghost.draw(t0, t1, innerW, transform, xm.scale, ym.y);

    const epochTitle = logX && labels.logEpochs ? `${labels.epoch} ${labels.logEpochs}` : labels.epoch;
    const tKey = `${innerW}|${innerH}|${font}|${epochTitle}`;
    if (tKey !== textKey) {
      // Under the tick labels, at the plot's right end.
      xLabel.attr('x', innerW).attr('y', innerH + bottom - Math.round(font * 0.3)).text(epochTitle);
      textKey = tKey;
    }
    header.draw(labels, hasAcc);
  }

  /** Coalesces changes that do not come with frames (a toggle, a resize) into one draw per display frame. */
  function schedule(): void {
    dirty = true;
    if (!rafId) rafId = requestAnimationFrame(draw);
  }

  function resizeTo(nextWidth: number, observedHeight: number): void {
    const nextBoxHeight = opts.fitHeight ? observedHeight : 0;
    const font = lossChartSize(nextWidth, rootFontPx()).font;
    // The header line above the plot takes one line; the SVG gets the rest of the box.
    const svgBox = nextBoxHeight > 0 ? nextBoxHeight - (Math.round(font * 1.35) + 4) : 0;
    const next = lossChartSize(nextWidth, rootFontPx(), svgBox);
    if (nextWidth !== width || nextBoxHeight !== boxHeight || next.font !== size.font || next.height !== size.height) {
      width = nextWidth;
      boxHeight = nextBoxHeight;
      size = next;
      schedule();
    }
  }

  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    if (width === 0) {
      fontFamily = getComputedStyle(container).fontFamily || fontFamily;
      sizeKey = '';
    }
    // Layout is fresh inside a ResizeObserver callback, so reading the root font size is cheap.
    resizeTo(usableWidth(box.width), Math.floor(box.height));
  });
  observer.observe(container);

  return {
    append(p) {
      if (history.append(p)) dirty = true;
    },
    flush() {
      if (dirty && width > 0) draw();
    },
    clear() {
      history.clear();
      schedule();
    },
    keepGhost() {
      return ghost.keep(history);
    },
    dropGhost() {
      ghost.drop();
      schedule();
    },
    setLogScale(log) {
      if (log === logScale) return;
      logScale = log;
      schedule();
    },
    setLogEpochs(log) {
      if (log === logEpochs) return;
      logEpochs = log;
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
      resizeTo(usableWidth(container.clientWidth), container.clientHeight);
    },
    destroy() {
      if (rafId) cancelAnimationFrame(rafId);
      rafId = 0;
      observer.disconnect();
      root.remove();
    },
  };
}
