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
import { createLossHeader, type LossHeader } from './lossHeader';
import type { LossHistory } from '../config/history';
import type { LossChartApi, LossChartLabels, LossChartOptions } from './lossChartTypes';
import { ACC_DASH, LossCurves, TEST_COLOR, TRAIN_COLOR } from './lossCurves';
import { LossGhostLayer } from './lossGhostLayer';
import { isAccuracy, LossRecord, SERIES_KEYS } from './lossHistory';
import { lossChartSize, niceCeiling, sideMargin } from './lossScales';

export type { LossChartApi, LossChartLabels, LossChartOptions } from './lossChartTypes';

/** Without the accuracy axis: at least this much room right of the plot. */
const MIN_RIGHT = 8;

/** The container's width as the chart uses it (it never draws narrower than 160 px). */
const usableWidth = (w: number) => Math.max(160, Math.floor(w));

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function createLossChart(container: HTMLElement, opts: LossChartOptions): LossChartApi {
  return new LossChartView(container, opts);
}

/** The chart's state and drawing; `createLossChart` hands it out as its api. */
class LossChartView implements LossChartApi {
  #labels: LossChartLabels;
  readonly #flags = { logScale: false, logEpochs: false, showAccuracy: false };
  #rafId = 0;
  #dirty = true;
  // The width and height come from the ResizeObserver, so neither creating the chart nor
  // drawing it reads layout. Until the first observation (before the first paint) nothing is drawn.
  #width = 0;
  #boxHeight = 0;
  #size = lossChartSize(usableWidth(0), 16);
  // Margins beside the plot as last drawn: the next draw reduces the curves to the plot width
  // they give, and reduces again only if they changed.
  #left = sideMargin(20);
  #right = MIN_RIGHT;
  #sizeKey = '';
  #frameKey = '';
  #textKey = '';
  #endLabel = { key: '', width: 0 };
  #accLabelWidth = 0;
  #yLabels = { key: '', width: 0 };

  readonly #history = new LossRecord();
  // Tick labels are measured on a canvas, which needs no layout, in the page's font (read with
  // the first observed size, when style is fresh).
  #fontFamily = 'sans-serif';
  readonly #measureCtx = document.createElement('canvas').getContext('2d');

  readonly #root: Selection<HTMLDivElement, unknown, null, undefined>;
  readonly #header: LossHeader;
  readonly #svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #plot: G;
  readonly #ghost: LossGhostLayer;
  readonly #axes: LossAxes;
  readonly #curves: LossCurves;
  readonly #xLabel: Selection<SVGTextElement, unknown, null, undefined>;
  readonly #yAcc = scaleLinear().domain([0, 1]).clamp(true);
  readonly #observer: ResizeObserver;
  readonly #container: HTMLElement;
  readonly #opts: LossChartOptions;

  constructor(container: HTMLElement, opts: LossChartOptions) {
    this.#container = container;
    this.#opts = opts;
    this.#labels = opts.labels;
    this.#root = select(container).append('div').attr('data-testid', 'loss-chart').attr('class', 'loss-chart');
    this.#header = createLossHeader(this.#root, TRAIN_COLOR, TEST_COLOR, ACC_DASH);
    this.#svg = this.#root.append('svg').attr('class', 'loss-svg');
    const plot = (this.#plot = this.#svg.append('g'));
    // The previous run's test loss, faint, under everything else.
    this.#ghost = new LossGhostLayer(plot);
    this.#axes = new LossAxes(plot.append('g'), plot.append('g'), plot.append('g'));
    this.#curves = new LossCurves(plot);
    this.#xLabel = plot.append('text').attr('text-anchor', 'end').attr('fill', 'currentColor');
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      if (this.#width === 0) {
        this.#fontFamily = getComputedStyle(container).fontFamily || this.#fontFamily;
        this.#sizeKey = '';
      }
      // Layout is fresh inside a ResizeObserver callback, so reading the root font size is cheap.
      this.#resizeTo(usableWidth(box.width), Math.floor(box.height));
    });
    this.#observer.observe(container);
  }

  #textWidth = (text: string): number => (this.#measureCtx ? this.#measureCtx.measureText(text).width : text.length * this.#size.font * 0.62);

  #applySize(): void {
    const size = this.#size;
    const key = `${size.font}|${size.height}`;
    if (key === this.#sizeKey) return;
    this.#sizeKey = key;
    this.#root.style('font-size', `${size.font}px`).style('line-height', `${Math.round(size.font * 1.35)}px`);
    this.#svg.attr('height', size.height).attr('font-size', size.font);
    if (this.#measureCtx) this.#measureCtx.font = `${size.font}px ${this.#fontFamily}`;
    this.#accLabelWidth = this.#textWidth(ACC_LABELS[ACC_LABELS.length - 1]);
    this.#endLabel = { key: '', width: 0 };
    this.#yLabels = { key: '', width: 0 };
    this.#axes.invalidate();
  }

  /**
   * Reduces the curves drawn at the width the last draw's margins give; true when there is an
   * accuracy curve to draw (accuracy is all NaN for regression, and then there is no right axis
   * to make room for).
   */
  #reduceAll(t0: number, t1: number, columns: number, transform: ((x: number) => number) | undefined): boolean {
    let hasAcc = false;
    for (const key of SERIES_KEYS) {
      if (isAccuracy(key) && !this.#flags.showAccuracy) continue;
      const r = this.#history.reduce(key, t0, t1, columns, transform);
      if (isAccuracy(key) && r.x.length > 0) hasAcc = true;
    }
    return hasAcc;
  }

  /** The epoch axis' ends, whether it is logarithmic, and the transformed ends the curves are reduced over. */
  #epochDomain(): { x0: number; x1: number; logX: boolean; t0: number; t1: number; transform: ((x: number) => number) | undefined } {
    const n = this.#history.length;
    const e = this.#history.epoch.data;
    const x0 = n > 0 ? Math.min(0, e[0]) : 0;
    // The axis ends at a round number past the last epoch, so its labels stay put while the
    // curve grows into it, instead of crawling every frame.
    const lastEpoch = Math.max(n > 0 ? e[n - 1] : 0, this.#ghost.lastEpoch);
    const x1 = niceCeiling(lastEpoch > x0 ? lastEpoch - x0 : 1) + x0;
    const logX = (this.#flags.logScale || this.#flags.logEpochs) && x0 >= 0;
    const transform = logX ? Math.log1p : undefined;
    const t0 = logX ? Math.log1p(x0) : x0;
    const t1 = logX ? Math.log1p(x1) : x1;
    return { x0, x1, logX, t0, t1, transform };
  }

  #draw = (): void => {
    if (this.#rafId) cancelAnimationFrame(this.#rafId);
    this.#rafId = 0;
    const width = this.#width;
    const history = this.#history;
    const ghost = this.#ghost;
    const axes = this.#axes;
    const labels = this.#labels;
    if (width === 0) return;
    this.#dirty = false;
    this.#applySize();
    const { font, height, top, bottom } = this.#size;
    const innerH = height - top - bottom;
    const { x0, x1, logX, t0, t1, transform } = this.#epochDomain();

    const provisionalW = Math.max(1, width - this.#left - this.#right);
    const hasAcc = this.#reduceAll(t0, t1, provisionalW, transform);
    const { trainLoss, testLoss } = history.reduced;
    const ym = yModel({
      log: this.#flags.logScale,
      lo: Math.min(trainLoss.yMin, testLoss.yMin, ghost.lo),
      hi: Math.max(trainLoss.yMax, testLoss.yMax, ghost.hi),
      minPositive: history.minPositiveLoss,
      firstLoss: history.firstLoss,
      innerH,
      font,
    });
    if (ym.key !== this.#yLabels.key) this.#yLabels = { key: ym.key, width: Math.max(0, ...ym.labels.map(this.#textWidth)) };

    // Margins from the widest labels: the loss ticks on the left, the percentages on the right,
    // or (without accuracy) half the last epoch label, which is centred on the plot's end.
    this.#left = sideMargin(this.#yLabels.width);
    if (!hasAcc && this.#endLabel.key !== `${x1}`) this.#endLabel = { key: `${x1}`, width: this.#textWidth(formatEpoch(x1)) };
    this.#right = hasAcc ? sideMargin(this.#accLabelWidth) : Math.max(MIN_RIGHT, Math.ceil(this.#endLabel.width / 2) + 2);
    const innerW = Math.max(1, width - this.#left - this.#right);

    const fKey = `${width}|${this.#left}|${top}`;
    if (fKey !== this.#frameKey) {
      this.#frameKey = fKey;
      this.#svg.attr('width', width);
      this.#plot.attr('transform', `translate(${this.#left},${top})`);
    }
    axes.drawY(ym);
    const xm = xModel(logX, x0, x1, innerW, font);
    axes.drawX(xm, innerH);
    this.#yAcc.range([innerH, 0]);
    axes.drawAccuracy(hasAcc, this.#yAcc, innerW, innerH, font);

    this.#curves.draw(history, hasAcc, provisionalW, innerW, t0, t1, transform, xm.scale, ym.y, this.#yAcc);

    ghost.draw(t0, t1, innerW, transform, xm.scale, ym.y);

    const epochTitle = logX && labels.logEpochs ? `${labels.epoch} ${labels.logEpochs}` : labels.epoch;
    const tKey = `${innerW}|${innerH}|${font}|${epochTitle}`;
    if (tKey !== this.#textKey) {
      // Under the tick labels, at the plot's right end.
      this.#xLabel.attr('x', innerW).attr('y', innerH + bottom - Math.round(font * 0.3)).text(epochTitle);
      this.#textKey = tKey;
    }
    this.#header.draw(labels, hasAcc);
  };

  /** Coalesces changes that do not come with frames (a toggle, a resize) into one draw per display frame. */
  #schedule(): void {
    this.#dirty = true;
    if (!this.#rafId) this.#rafId = requestAnimationFrame(this.#draw);
  }

  #resizeTo(nextWidth: number, observedHeight: number): void {
    const nextBoxHeight = this.#opts.fitHeight ? observedHeight : 0;
    const font = lossChartSize(nextWidth, rootFontPx()).font;
    // The header line above the plot takes one line; the SVG gets the rest of the box.
    const svgBox = nextBoxHeight > 0 ? nextBoxHeight - (Math.round(font * 1.35) + 4) : 0;
    const next = lossChartSize(nextWidth, rootFontPx(), svgBox);
    if (nextWidth !== this.#width || nextBoxHeight !== this.#boxHeight || next.font !== this.#size.font || next.height !== this.#size.height) {
      this.#width = nextWidth;
      this.#boxHeight = nextBoxHeight;
      this.#size = next;
      this.#schedule();
    }
  }

  #setFlag(flag: 'logScale' | 'logEpochs' | 'showAccuracy', on: boolean): void {
    if (on === this.#flags[flag]) return;
    this.#flags[flag] = on;
    this.#schedule();
  }

  append(p: LossHistory): void {
    if (this.#history.append(p)) this.#dirty = true;
  }

  flush(): void {
    if (this.#dirty && this.#width > 0) this.#draw();
  }

  clear(): void {
    this.#history.clear();
    this.#schedule();
  }

  keepGhost(): boolean {
    return this.#ghost.keep(this.#history);
  }

  dropGhost(): void {
    this.#ghost.drop();
    this.#schedule();
  }

  setLogScale(log: boolean): void {
    this.#setFlag('logScale', log);
  }

  setLogEpochs(log: boolean): void {
    this.#setFlag('logEpochs', log);
  }

  setShowAccuracy(show: boolean): void {
    this.#setFlag('showAccuracy', show);
  }

  setLabels(next: LossChartLabels): void {
    this.#labels = next;
    this.#schedule();
  }

  resize(): void {
    this.#resizeTo(usableWidth(this.#container.clientWidth), this.#container.clientHeight);
  }

  destroy(): void {
    if (this.#rafId) cancelAnimationFrame(this.#rafId);
    this.#rafId = 0;
    this.#observer.disconnect();
    this.#root.remove();
  }
}
