/**
 * The answers that look into a run without changing its course: the gradient check and the loss
 * landscape. The learner asks for them from the drawer, seldom, so the session loads this module
 * with the first request rather than with the worker (it would ride the first load otherwise).
 */
import { gradientCheck } from '../engine/gradientCheck';
import { landscapeFor } from './landscapeRequest';
import type { ParamPath } from './paramPath';
import type { PageToWorker, WorkerToPage } from './protocol';
import type { Run } from './run';

type Post = (message: WorkerToPage, transfer: Transferable[]) => void;

export type Inspection = Extract<PageToWorker, { type: 'gradient-check' | 'loss-landscape' }>;

/** Samples the gradient check uses: enough to be representative, few enough to be instant. */
const GRADIENT_CHECK_SAMPLES = 20;

export function inspect(request: Inspection, post: Post, run: Run, path: ParamPath, now: () => number): void {
  if (request.type === 'gradient-check') postGradientCheck(post, run);
  else postLandscape(post, run, path, request.size, request.seed, now);
}

function postLandscape(post: Post, run: Run, path: ParamPath, size: number, seed: number, now: () => number): void {
  const reply = landscapeFor(run, path, size, seed, now);
  post(reply, [reply.losses.buffer, reply.path.buffer] as ArrayBuffer[]);
}

function postGradientCheck(post: Post, run: Run): void {
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
