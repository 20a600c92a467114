/**
 * The loss chart's scales and axes: which domain and ticks each axis gets, and drawing them only
 * when they change (d3-axis rewrites every tick's text node on each call, which costs the
 * browser a layout).
 */
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear, scaleLog, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { decadeTicks, epochTicks, formatDecadeTick, formatLinearTicks, logDomain, logEpochTicks } from './lossScales';

type G = Selection<SVGGElement, unknown, null, undefined>;
export type Scale = ScaleContinuousNumeric<number, number>;

const fmtSmall = format('~g');
const fmtBig = format('~s');
export const formatEpoch = (v: number): string => (Math.abs(v) >= 1000 ? fmtBig(v) : fmtSmall(v));
const formatPercent = format('.0%');
export const ACC_TICKS = [0, 0.5, 1];
export const ACC_LABELS = ACC_TICKS.map(formatPercent);

/**
 * A linear loss axis ends at most this many times the run's first loss: a run that blows up to
 * 1e288 before it is caught would otherwise flatten everything it did before (the curve runs
 * off the top instead).
 */
export const LINEAR_CAP = 10;

export interface YModel {
  /** Maps a loss to a y pixel; values past the ends sit on them. */
  y: (v: number) => number;
  scale: Scale;
  ticks: number[];
  labels: string[];
  /** Changes whenever the drawn axis would. */
  key: string;
}

export interface YInputs {
  log: boolean;
  /** Extremes of the finite losses drawn; lo > hi when there are none. */
  lo: number;
  hi: number;
  minPositive: number;
  firstLoss: number;
  innerH: number;
  font: number;
}

export function yModel(o: YInputs): YModel {
  const hasLoss = o.hi >= o.lo;
  if (o.log) {
    const [dLo, dHi] = logDomain(o.minPositive, hasLoss ? o.hi : 1);
    const scale = scaleLog().clamp(true).domain([dLo, dHi]).range([o.innerH, 0]);
    const ticks = decadeTicks(dLo, dHi, Math.max(2, Math.floor(o.innerH / (o.font * 1.5))));
    // Exact zeros sit on the bottom edge.
    return { y: (v) => scale(v > dLo ? v : dLo), scale, ticks, labels: ticks.map(formatDecadeTick), key: `log|${dLo}|${dHi}|${o.innerH}|${o.font}` };
  }
  const count = Math.max(3, Math.min(6, Math.floor(o.innerH / (o.font * 2.6))));
  const cap = Number.isFinite(o.firstLoss) && o.firstLoss > 0 ? LINEAR_CAP * Math.max(o.firstLoss, 0.1) : Infinity;
  const top = hasLoss && o.hi > 0 ? Math.min(o.hi * 1.05, cap) : 1;
  const scale = scaleLinear().clamp(true).domain([Math.min(0, hasLoss ? o.lo : 0), top]).range([o.innerH, 0]).nice(count);
  const ticks = scale.ticks(count);
  return { y: scale, scale, ticks, labels: formatLinearTicks(ticks), key: `lin|${scale.domain().join()}|${o.innerH}|${o.font}|${count}` };
}

export interface XModel {
  scale: Scale;
  ticks: number[];
  key: string;
}

const xLin = scaleLinear();
// log(1 + epoch): epoch 0 has a place, and 1, 10, 100… are evenly spaced.
const xLog = scaleSymlog().constant(1);

export function xModel(log: boolean, x0: number, x1: number, innerW: number, font: number): XModel {
  const scale = (log ? xLog.copy() : xLin.copy()).domain([x0, x1]).range([0, innerW]);
  // Room for a label: about five digits' width.
  const ticks = log ? logEpochTicks(x1, innerW, font * 3.5) : epochTicks(x0, x1, Math.max(2, Math.floor(innerW / (font * 6))));
  return { scale, ticks, key: `${log}|${x0}|${x1}|${innerW}|${font}` };
}

/** d3-axis sets font-size 10 and sans-serif on its group: the ticks inherit the chart's instead. */
const inheritFont = (g: G) => g.attr('font-size', null).attr('font-family', null);

/** The three axis groups, each redrawn only when its key changes. */
export class LossAxes {
  #yKey = '';
  #xKey = '';
  #accKey = '';
  readonly #yG: G;
  readonly #xG: G;
  readonly #accG: G;

  constructor(yG: G, xG: G, accG: G) {
    this.#yG = yG;
    this.#xG = xG;
    this.#accG = accG;
  }

  drawY(m: YModel): void {
    if (m.key === this.#yKey) return;
    this.#yKey = m.key;
    this.#yG.call(
      axisLeft(m.scale)
        .tickValues(m.ticks)
        .tickFormat((_, i) => m.labels[i])
        .tickSizeOuter(0),
    );
    inheritFont(this.#yG);
  }

  drawX(m: XModel, innerH: number): void {
    const key = `${m.key}|${innerH}`;
    if (key === this.#xKey) return;
    this.#xKey = key;
    this.#xG
      .attr('transform', `translate(0,${innerH})`)
      .call(
        axisBottom(m.scale)
          .tickValues(m.ticks)
          .tickFormat((v) => formatEpoch(+v))
          .tickSizeOuter(0),
      );
    inheritFont(this.#xG);
  }

  drawAccuracy(show: boolean, scale: Scale, innerW: number, innerH: number, font: number): void {
    const key = `${show}|${innerW}|${innerH}|${font}`;
    if (key === this.#accKey) return;
    this.#accKey = key;
    this.#accG
      .attr('transform', `translate(${innerW},0)`)
      .style('display', show ? '' : 'none')
      .call(
        axisRight(scale)
          .tickValues(ACC_TICKS)
          .tickFormat((_, i) => ACC_LABELS[i])
          .tickSizeOuter(0),
      );
    inheritFont(this.#accG);
  }

  /** Forget what was drawn: the next draw rewrites every axis (after a font change). */
  invalidate(): void {
    this.#yKey = this.#xKey = this.#accKey = '';
  }
}
