/**
 * A stretch of a run's loss history: what the worker gathers between two frames and the loss
 * chart draws. One point per measured epoch, the five series side by side.
 */
export interface LossHistory {
  /** Epoch (possibly fractional, counted in updates / updatesPerEpoch) of each point. */
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** NaN where the problem has no accuracy (regression). */
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}
