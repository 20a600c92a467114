/**
 * The session's answers about the model file: send the parameters and batch-norm statistics, or
 * load them. The session decides when they run and what follows (a new generation, a frame).
 */
import type { WorkerToPage } from './protocol';
import type { Run } from './run';

type Post = (message: WorkerToPage, transfer: Transferable[]) => void;

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
