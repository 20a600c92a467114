/**
 * The accepted range of every numeric setting, read by the URL codec (a value outside is
 * refused), by the controls (what they offer and accept) and by isValidConfig.
 */
import { MAX_NEURONS, MAX_RESETS, type OptimizerSettingKey } from './config';

export interface NumberRange {
  min: number;
  max: number;
  /** The bound itself is outside the range (learning rate > 0, momentum < 1). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
}

/** batchSize's upper bound here is only a cap: the real one is the training-set size (trainSetSize). */
export const RANGES = {
  noise: { min: 0, max: 50 },
  percTrainData: { min: 10, max: 90 },
  batchSize: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  neurons: { min: 1, max: MAX_NEURONS, integer: true },
  // Above 100 nothing but divergence can be seen; TF's own menu stops at 10.
  learningRate: { min: 0, max: 100, minExclusive: true },
  regularizationRate: { min: 0, max: 10 },
  momentum: { min: 0, max: 1, maxExclusive: true },
  rho: { min: 0, max: 1, maxExclusive: true },
  beta1: { min: 0, max: 1, maxExclusive: true },
  beta2: { min: 0, max: 1, maxExclusive: true },
  epsilon: { min: 0, max: 1, minExclusive: true },
  // p = 1 would drop every unit; 0.9 is already more than any lesson needs.
  dropout: { min: 0, max: 0.9 },
  // Epochs per second: one every ten seconds at the slowest, and anything faster is 'max' in effect.
  speed: { min: 0.1, max: 100000 },
  stopAt: { min: 1, max: 1e9, integer: true },
  // Each Reset of a link is replayed at load: 999 of the largest network take about a second.
  resets: { min: 0, max: MAX_RESETS, integer: true },
  // No lesson has more steps; a larger number is a broken link.
  lessonStep: { min: 1, max: 12, integer: true },
  // Enough runs to see a spread, few enough that they still train together on two cores.
  seeds: { min: 2, max: 10, integer: true },
} as const satisfies Record<OptimizerSettingKey, NumberRange> & Record<string, NumberRange>;

export function inRange(n: number, range: NumberRange): boolean {
  if (!Number.isFinite(n)) return false;
  if (range.integer && !Number.isInteger(n)) return false;
  if (range.minExclusive ? n <= range.min : n < range.min) return false;
  if (range.maxExclusive ? n >= range.max : n > range.max) return false;
  return true;
}
