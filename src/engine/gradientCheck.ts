/**
 * Checks backpropagation against the definition of the derivative: for every parameter,
 * (f(w + h) − f(w − h)) / 2h beside the gradient backward() computed.
 */
import type { RegularizationId } from '../config/config';
import type { Network } from './network';
import { objectiveAndGradient, type DataTable } from './training';

export interface GradientCheckResult {
  /** Largest |analytic − numeric| / max(|analytic|, |numeric|) over the checked parameters. */
  maxRelativeError: number;
  /** Largest |analytic − numeric| over every parameter. */
  maxAbsoluteError: number;
  /** Parameters compared by relative error. */
  checked: number;
  /** Parameters whose gradients were both below `tinyGradient`: too small for a relative error, judged by the absolute one. */
  tiny: number;
}

/**
 * Compares every parameter's gradient with a central difference. Restores the parameters
 * afterwards (they are nudged and put back). Batch norm runs in training mode, so the
 * objective is a fixed function of the parameters over `data`; dropout must be 0.
 */
export function gradientCheck(
  net: Network,
  data: DataTable,
  regularization: RegularizationId = 'none',
  rate = 0,
  h = 1e-5,
  tinyGradient = 1e-7,
): GradientCheckResult {
  const params = net.params;
  objectiveAndGradient(net, data, regularization, rate);
  const analytic = Float64Array.from(net.grads);
  // Running batch-norm statistics move with each forward pass; keep them as they were.
  const running = net.layers.map((l) => [Float64Array.from(l.runningMean), Float64Array.from(l.runningVar)] as const);
  let maxRelativeError = 0;
  let maxAbsoluteError = 0;
  let checked = 0;
  let tiny = 0;
  for (let k = 0; k < params.length; k++) {
    const saved = params[k];
    params[k] = saved + h;
    const plus = objectiveAndGradient(net, data, regularization, rate);
    params[k] = saved - h;
    const minus = objectiveAndGradient(net, data, regularization, rate);
    params[k] = saved;
    const numeric = (plus - minus) / (2 * h);
    const diff = Math.abs(analytic[k] - numeric);
    maxAbsoluteError = Math.max(maxAbsoluteError, diff);
    const scale = Math.max(Math.abs(analytic[k]), Math.abs(numeric));
    if (scale < tinyGradient) {
      tiny++;
      continue;
    }
    checked++;
    maxRelativeError = Math.max(maxRelativeError, diff / scale);
  }
  net.layers.forEach((l, i) => {
    l.runningMean.set(running[i][0]);
    l.runningVar.set(running[i][1]);
  });
  net.grads.set(analytic);
  return { maxRelativeError, maxAbsoluteError, checked, tiny };
}
