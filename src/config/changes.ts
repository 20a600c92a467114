/**
 * What a change of configuration asks of a running network: nothing (a view setting), a live
 * update (hyper-parameters the worker applies on its next step), new weights on the same data
 * (the Reset count), or a rebuild from the seed.
 */
import type { PlaygroundConfig } from './config';

export type ChangeKind = 'none' | 'view' | 'live' | 'reset' | 'data' | 'rebuild';

/**
 * Settings the worker changes mid-run without touching the weights: the one list the page sends
 * (liveSettings) and the worker's `set-live` message is typed by.
 */
export const LIVE_KEYS = ['learningRate', 'regularization', 'regularizationRate', 'batchSize', 'batchFull', 'optimizerSettings', 'dropout'] as const;
export type LiveSettings = Pick<PlaygroundConfig, (typeof LIVE_KEYS)[number]>;
/** Settings that only change what the page shows, or how fast the run goes: the network is untouched. */
export const VIEW_KEYS = ['showTestData', 'showTrainData', 'discretize', 'hideText', 'collectStats', 'hidden', 'lang', 'speed', 'stopAt', 'lesson', 'lessonStep', 'classroom', 'embed', 'compare', 'seeds'] as const;
/** Changes the initial weights only: the worker draws them again and keeps its data. */
export const RESET_KEYS = ['resets'] as const;
/** Changes the points only: the worker keeps the network and trains on (drawing, importing). */
export const DATA_KEYS = ['customData'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The strongest kind among the changed keys: rebuild > data > reset > live > view > none. */
export function classifyChange(prev: PlaygroundConfig, next: PlaygroundConfig): ChangeKind {
  const order: ChangeKind[] = ['none', 'view', 'live', 'reset', 'data', 'rebuild'];
  let kind: ChangeKind = 'none';
  for (const key of Object.keys(next) as (keyof PlaygroundConfig)[]) {
    if (same(prev[key], next[key])) continue;
    let keyKind: ChangeKind = 'rebuild';
    if ((VIEW_KEYS as readonly string[]).includes(key)) keyKind = 'view';
    else if ((LIVE_KEYS as readonly string[]).includes(key)) keyKind = 'live';
    else if ((RESET_KEYS as readonly string[]).includes(key)) keyKind = 'reset';
    else if ((DATA_KEYS as readonly string[]).includes(key)) keyKind = 'data';
    if (keyKind === 'rebuild') return 'rebuild';
    if (order.indexOf(keyKind) > order.indexOf(kind)) kind = keyKind;
  }
  return kind;
}

/** The live settings of `config`, to send to a running worker. */
export function liveSettings(config: PlaygroundConfig): LiveSettings {
  const out: Partial<LiveSettings> = {};
  for (const key of LIVE_KEYS) (out as Record<string, unknown>)[key] = config[key];
  return out as LiveSettings;
}
