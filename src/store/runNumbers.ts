/**
 * What a run's frame tells the store: the numbers on screen, taken from the frame the display
 * draws. The single view's run and each compared run read them the same way.
 */
import type { Frame, RunProgress } from '../worker/protocol';
import type { RunStatus, RunView } from './store';

/**
 * While training, the views other than the decision boundary (numbers, diagram, curves) redraw
 * together at most this often. Each redraw costs the browser a layout, a paint and a commit of
 * its own; at 10 a second they read as live and leave the main thread mostly idle.
 */
export const DETAIL_INTERVAL_MS = 100;

/** A diverged loss is shown as missing, never as NaN or Infinity. */
export const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export const progressOf = (f: Frame): RunProgress => ({
  epoch: f.epoch,
  updates: f.updates,
  batchInEpoch: f.batchInEpoch,
  batchesPerEpoch: f.batchesPerEpoch,
  trainAccuracy: f.trainAccuracy,
  testAccuracy: f.testAccuracy,
  epochsPerSecond: f.epochsPerSecond,
  lossRising: f.lossRising,
});

/** The single view's numbers from a frame; a diverged or failed run keeps saying so. */
export function frameNumbers(frame: Frame, current: RunStatus): Partial<RunView> {
  return {
    ...progressOf(frame),
    trainLoss: finiteOrNull(frame.trainLoss),
    testLoss: finiteOrNull(frame.testLoss),
    gradNorms: Array.from(frame.gradNorms),
    zeroWeights: frame.zeroWeights.reduce((sum, n) => sum + n, 0),
    status: current === 'diverged' || current === 'error' ? current : frame.running ? 'running' : frame.epoch > 0 || frame.updates > 0 ? 'paused' : 'idle',
  };
}
