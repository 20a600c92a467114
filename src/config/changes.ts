/**
 * What a change of configuration asks of a running network: nothing (a view setting), a live
 * update (hyper-parameters the worker applies on its next step), or a rebuild from the seed.
 */
import type { PlaygroundConfig } from './config';

export type ChangeKind = 'none' | 'view' | 'live' | 'rebuild';

/** Settings the worker changes mid-run without touching the weights. */
export const LIVE_KEYS = ['learningRate', 'regularization', 'regularizationRate', 'batchSize', 'batchFull', 'optimizerSettings', 'dropout'] as const;
/** Settings that only change what the page shows, or how fast the run goes: the network is untouched. */
export const VIEW_KEYS = ['showTestData', 'showTrainData', 'discretize', 'hideText', 'collectStats', 'hidden', 'lang', 'speed', 'stopAt'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function classifyChange(prev: PlaygroundConfig, next: PlaygroundConfig): ChangeKind {
  let kind: ChangeKind = 'none';
  for (const key of Object.keys(next) as (keyof PlaygroundConfig)[]) {
    if (same(prev[key], next[key])) continue;
    if ((VIEW_KEYS as readonly string[]).includes(key)) {
      if (kind === 'none') kind = 'view';
    } else if ((LIVE_KEYS as readonly string[]).includes(key)) {
      kind = 'live';
    } else {
      return 'rebuild';
    }
  }
  return kind;
}
