/**
 * The ghost of the last run: the test-loss curve drawn so far, kept when a change of setting
 * clears the chart and drawn faint under the new run's curves until it is dropped. Its extent
 * widens the axes, so the new run is read against the whole of the old one.
 */
import type { Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { LossRecord } from './lossHistory';
import { createDownsampled, type Downsampled, downsampleMinMax } from './lossSeries';

type G = Selection<SVGGElement, unknown, null, undefined>;

const GHOST_COLOR = '#9aa5b1';

// One index array for every curve drawn: d3's line walks indices into the reduced arrays.
const indices: number[] = [];

/** The SVG path through a reduced curve's points. */
export function reducedPath(r: Downsampled, x: (v: number) => number, y: (v: number) => number): string | null {
  const xs = r.x.data;
  const ys = r.y.data;
  indices.length = r.x.length;
  for (let i = 0; i < indices.length; i++) indices[i] = i;
  return line<number>()
    .x((i) => x(xs[i]))
    .y((i) => y(ys[i]))(indices);
}

export class LossGhostLayer {
  #curve: { x: Float64Array; y: Float64Array; lo: number; hi: number } | null = null;
  readonly #reduced = createDownsampled();
  readonly #path: Selection<SVGPathElement, unknown, null, undefined>;

  /** Appends the ghost's path to `plot`: call it before the other curves, so it lies under them. */
  constructor(plot: G) {
    this.#path = plot.append('path').attr('data-testid', 'loss-ghost').attr('fill', 'none').attr('stroke', GHOST_COLOR).attr('stroke-width', 2).attr('stroke-opacity', 0.45);
  }

  /** Keeps the test loss of `history`; false when there was too little of it to keep. */
  keep(history: LossRecord): boolean {
    const n = history.length;
    if (n < 2) return false;
    const y = history.values.testLoss.view().slice();
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of y) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    this.#curve = { x: history.epoch.view().slice(), y, lo, hi };
    return true;
  }

  drop(): void {
    this.#curve = null;
  }

  /** The ghost's last epoch (0 without one): the epoch axis reaches at least that far. */
  get lastEpoch(): number {
    return this.#curve ? this.#curve.x[this.#curve.x.length - 1] : 0;
  }

  /** The ghost's smallest and largest finite loss (Infinity and -Infinity without one). */
  get lo(): number {
    return this.#curve ? this.#curve.lo : Infinity;
  }

  get hi(): number {
    return this.#curve ? this.#curve.hi : -Infinity;
  }

  /** Reduces the ghost to `columns` pixel columns over [t0, t1] of the (possibly transformed) epochs and draws it. */
  draw(t0: number, t1: number, columns: number, transform: ((x: number) => number) | undefined, x: (v: number) => number, y: (v: number) => number): void {
    const c = this.#curve;
    if (!c) {
      this.#path.attr('d', null);
      return;
    }
    const r = downsampleMinMax(c.x, c.y, c.x.length, t0, t1, columns, this.#reduced, undefined, transform);
    this.#path.attr('d', reducedPath(r, x, y));
  }
}
