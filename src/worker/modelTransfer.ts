/**
 * The answers about a run's parameters themselves: in full precision, out (for a model file) and
 * in (from one), every weight, bias, γ and β in the network's own order and each batch-norm
 * layer's running statistics; and their gradients checked against finite differences.
 */
import { gradientCheck } from '../engine';
import type { Outgoing } from './frames';
import type { GradientCheckMessage, ModelMessage } from './protocol';
import type { Run } from './run';

export function modelMessage(run: Run): Outgoing<ModelMessage> {
  const params = run.net.params.slice();
  const stats = Float64Array.from(run.net.layers.flatMap((l) => [...l.runningMean, ...l.runningVar]));
  return { message: { type: 'model', epoch: run.trainer.epoch, params, stats }, transfer: [params.buffer, stats.buffer] };
}

/** Puts a model file's numbers in place (and measures the run again); false, and nothing changed, when the counts do not fit. */
export function loadModel(run: Run, params: Float64Array, stats: Float64Array): boolean {
  const net = run.net;
  const statCount = net.layers.reduce((n, l) => n + 2 * l.runningMean.length, 0);
  if (params.length !== net.params.length || stats.length !== statCount) return false;
  net.params.set(params);
  let k = 0;
  for (const l of net.layers) {
    l.runningMean.set(stats.subarray(k, k + l.runningMean.length));
    k += l.runningMean.length;
    l.runningVar.set(stats.subarray(k, k + l.runningVar.length));
    k += l.runningVar.length;
  }
  run.divergence = null;
  run.evaluate();
  return true;
}

/** Samples the gradient check uses: enough to be representative, few enough to be instant. */
const GRADIENT_CHECK_SAMPLES = 20;

export function gradientCheckMessage(run: Run): GradientCheckMessage {
  const table = run.data.trainTable;
  const count = Math.min(GRADIENT_CHECK_SAMPLES, table.count);
  const sample = { ...table, inputs: table.inputs.slice(0, count * table.width), targets: table.targets.slice(0, count), count };
  // Dropout draws a new mask on every pass, which would make the objective random: check without it.
  const dropout = run.config.dropout;
  run.net.setDropout(0);
  const penalty = run.config.regularization === 'none' ? 0 : run.config.regularizationRate;
  const result = gradientCheck(run.net, sample, run.config.regularization, penalty);
  run.net.setDropout(dropout);
  return { type: 'gradient-check', maxRelativeError: result.maxRelativeError, parameterCount: run.net.params.length };
}
