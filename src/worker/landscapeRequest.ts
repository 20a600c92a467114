/**
 * Answers the page's request for the loss landscape of the run as it stands: two directions
 * drawn from the request's seed, the path projected on them, the loss over the grid.
 */
import { createRng } from '../engine';
import { landscapeExtent, lossLandscape, normalizedDirection, projectPath } from '../engine/landscape';
import type { ParamPath } from './paramPath';
import type { LossLandscapeMessage } from './protocol';
import type { Run } from './run';

/** Cells per side the page may ask for: odd, so that the current weights sit on a cell. */
export const LANDSCAPE_SIZES = [21, 41, 61] as const;

export function landscapeFor(run: Run, path: ParamPath, size: number, seed: number, now: () => number): LossLandscapeMessage {
  const t0 = now();
  const net = run.net;
  const cells = LANDSCAPE_SIZES.includes(size as (typeof LANDSCAPE_SIZES)[number]) ? size : 41;
  const rng = createRng(`landscape|${seed}`);
  const d1 = normalizedDirection(net, rng);
  const d2 = normalizedDirection(net, rng);
  const xy = projectPath(path.upTo(net.params), net.params, d1, d2);
  const grid = lossLandscape(net, run.data.trainTable, d1, d2, cells, landscapeExtent(xy));
  return {
    type: 'loss-landscape',
    seed,
    epoch: run.trainer.epoch,
    size: grid.size,
    extent: grid.extent,
    losses: grid.losses,
    path: xy,
    ms: now() - t0,
  };
}
