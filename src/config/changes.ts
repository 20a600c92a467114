/**
 * What a change of configuration asks of a running network: nothing (a view setting), a live
 * update (hyper-parameters the worker applies on its next step), or a rebuild from the seed.
 */
import type { PlaygroundConfig } from './config';

export type ChangeKind = 'none' | 'view' | 'live' | 'rebuild';

/**
 * Settings the worker changes mid-run without touching the weights: the one list the page sends
 * (liveSettings) and the worker's `set-live` message is typed by.
 */
export const LIVE_KEYS = ['learningRate', 'regularization', 'regularizationRate', 'batchSize', 'batchFull', 'optimizerSettings', 'dropout'] as const;
export type LiveSettings = Pick<PlaygroundConfig, (typeof LIVE_KEYS)[number]>;
/** Settings that only change what the page shows. */
export const VIEW_KEYS = ['showTestData', 'showTrainData', 'discretize', 'hideText', 'collectStats', 'hidden', 'lang'] as const;

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

/** The live settings of `config`, to send to a running worker. */
export function liveSettings(config: PlaygroundConfig): LiveSettings {
  const out: Partial<LiveSettings> = {};
  for (const key of LIVE_KEYS) (out as Record<string, unknown>)[key] = config[key];
  return out as LiveSettings;
}
