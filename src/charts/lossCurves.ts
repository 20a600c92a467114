/**
 * The loss chart's four curves, one SVG path each: dark is training, blue is test; solid is loss,
 * dashed is accuracy (the header's legend uses the same colours and dash).
 */
import type { Selection } from 'd3-selection';
import { reducedPath } from './lossGhostLayer';
import { isAccuracy, type LossRecord, SERIES_KEYS, type SeriesKey } from './lossHistory';

export const TRAIN_COLOR = '#333';
export const TEST_COLOR = '#3d8fd1';
export const ACC_DASH = '4 3';

const STYLE: Record<SeriesKey, { color: string; dash: string | null }> = {
  trainLoss: { color: TRAIN_COLOR, dash: null },
  testLoss: { color: TEST_COLOR, dash: null },
  trainAccuracy: { color: TRAIN_COLOR, dash: ACC_DASH },
  testAccuracy: { color: TEST_COLOR, dash: ACC_DASH },
};

type Path = Selection<SVGPathElement, unknown, null, undefined>;
type Scale = (v: number) => number;

export class LossCurves {
  readonly #paths: Map<SeriesKey, Path>;

  constructor(plot: Selection<SVGGElement, unknown, null, undefined>) {
    this.#paths = new Map(
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
  }

  /**
   * Draws the curves `history` last reduced (at `reducedW` columns), reducing again over
   * [t0, t1] when the plot's width `innerW` differs; accuracy curves only with `hasAcc`.
   */
  draw(history: LossRecord, hasAcc: boolean, reducedW: number, innerW: number, t0: number, t1: number, transform: Scale | undefined, x: Scale, yLoss: Scale, yAcc: Scale): void {
    for (const key of SERIES_KEYS) {
      const r = history.reduced[key];
      if ((isAccuracy(key) && !hasAcc) || r.x.length === 0) {
        this.#paths.get(key)!.attr('d', null);
        continue;
      }
      // Re-run at the final width only when the margins changed since the last reduction.
      if (innerW !== reducedW) history.reduce(key, t0, t1, innerW, transform);
      this.#paths.get(key)!.attr('d', reducedPath(r, x, isAccuracy(key) ? yAcc : yLoss));
    }
  }
}
