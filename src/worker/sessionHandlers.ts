/**
 * The session's answers that read or replace a run without touching its pacing: the loss
 * landscape, the model file (send the parameters and batch-norm statistics, or load them) and the
 * gradient check. The session decides when they run and what follows (a new generation, a frame).
 */
import { gradientCheck } from '../engine';
import { landscapeFor } from './landscapeRequest';
import type { ParamPath } from './paramPath';
import type { WorkerToPage } from './protocol';
import type { Run } from './run';

type Post = (message: WorkerToPage, transfer: Transferable[]) => void;

/** Samples the gradient check uses: enough to be representative, few enough to be instant. */
const GRADIENT_CHECK_SAMPLES = 20;

export function postLandscape(post: Post, run: Run, path: ParamPath, size: number, seed: number, now: () => number): void {
  const reply = landscapeFor(run, path, size, seed, now);
  post(reply, [reply.losses.buffer, reply.path.buffer] as ArrayBuffer[]);
}

export function postModel(post: Post, run: Run): void {
  const params = run.net.params.slice();
  const stats = Float64Array.from(run.net.layers.flatMap((l) => [...l.runningMean, ...l.runningVar]));
  post({ type: 'model', epoch: run.trainer.epoch, params, stats }, [params.buffer, stats.buffer]);
}

/**
 * Loads a model file's parameters and statistics into the run (mutates it) and evaluates it;
 * false, changing nothing, when they do not fit the run's network.
 */
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

export function postGradientCheck(post: Post, run: Run): void {
  const table = run.data.trainTable;
  const count = Math.min(GRADIENT_CHECK_SAMPLES, table.count);
  const sample = { ...table, inputs: table.inputs.slice(0, count * table.width), targets: table.targets.slice(0, count), count };
  // Dropout draws a new mask on every pass, which would make the objective random: check without it.
  const dropout = run.config.dropout;
  run.net.setDropout(0);
  const penalty = run.config.regularization === 'none' ? 0 : run.config.regularizationRate;
  const result = gradientCheck(run.net, sample, run.config.regularization, penalty);
  run.net.setDropout(dropout);
  post({ type: 'gradient-check', maxRelativeError: result.maxRelativeError, parameterCount: run.net.params.length }, []);
}
