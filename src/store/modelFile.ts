/**
 * Model files: the configuration (with the seed, or the learner's own points), the epoch, and
 * every parameter in full precision, as JSON. Reading one checks everything before anything
 * changes: a broken, cut-short, foreign or mismatched file gives one clear message.
 */
import { activeDataset, defaultConfig, type PlaygroundConfig } from '../config/config';
import { numClassesOf } from '../data/datasets';
import { networkSpec, specSizes } from '../engine/networkSpec';
import type { OwnDataWordKey } from '../i18n/ownDataWords';
import { isValidConfig } from '../url/validate';
import type { ModelMessage } from '../worker/protocol';

export const MODEL_FORMAT = 'neural-network-playground-model';
export const MODEL_VERSION = 1;

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  epoch: number;
  config: PlaygroundConfig;
  /** The network's parameters in its own order: per layer the weights W[to · fanIn + from], the biases, then γ and β with batch norm. */
  parameters: number[];
  /** Per batch-norm layer, its running mean then its running variance. */
  batchNormStats: number[];
}

export interface ModelError {
  key: OwnDataWordKey;
  params: Record<string, string | number>;
}

export type ModelRead = { ok: true; config: PlaygroundConfig; params: Float64Array; stats: Float64Array } | { ok: false; error: ModelError };

/** How many parameters and running statistics the configuration's network has. */
export function parameterCounts(config: PlaygroundConfig): { params: number; stats: number } {
  const classes = config.customData ? config.customData.classes : numClassesOf(activeDataset(config));
  const spec = networkSpec(config, classes);
  const sizes = specSizes(spec);
  let params = 0;
  let stats = 0;
  for (let l = 1; l < sizes.length; l++) {
    const bn = l < sizes.length - 1 && spec.hidden[l - 1].batchNorm;
    params += sizes[l - 1] * sizes[l] + sizes[l] + (bn ? 2 * sizes[l] : 0);
    if (bn) stats += 2 * sizes[l];
  }
  return { params, stats };
}

export function modelFileText(config: PlaygroundConfig, model: ModelMessage): string {
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    epoch: model.epoch,
    config,
    parameters: Array.from(model.params),
    batchNormStats: Array.from(model.stats),
  };
  return JSON.stringify(file, null, 1);
}

const fail = (key: OwnDataWordKey, params: Record<string, string | number> = {}): ModelRead => ({ ok: false, error: { key, params } });

/** JSON.parse's complaint about a text that stops in the middle, in V8's, SpiderMonkey's and JavaScriptCore's words. */
const CUT_SHORT = /end of (JSON )?(input|data)|unterminated|unexpected EOF/i;

function numbers(list: unknown[]): Float64Array | number {
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) return i;
    out[i] = v;
  }
  return out;
}

export function parseModelFile(text: string): ModelRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const trimmed = text.trim();
    const at = /position (\d+)/.exec(message);
    const atEnd = at !== null && Number(at[1]) >= text.trimEnd().length;
    // An object or a list that was begun and never closed: the file was cut short.
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && (CUT_SHORT.test(message) || atEnd)) return fail('model.error.truncated');
    return fail('model.error.notJson');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== MODEL_FORMAT) return fail('model.error.foreign');
  const file = data as Partial<Record<keyof ModelFile, unknown>>;
  if (file.version !== MODEL_VERSION || typeof file.config !== 'object' || file.config === null) return fail('model.error.foreign');
  // Only the fields a configuration has, over the defaults, so an older file's missing field has its default.
  const base = defaultConfig();
  const given = file.config as Record<string, unknown>;
  const config = { ...base };
  for (const key of Object.keys(base) as (keyof PlaygroundConfig)[]) if (key in given) (config as Record<string, unknown>)[key] = given[key];
  if (!isValidConfig(config)) return fail('model.error.config');
  if (!Array.isArray(file.parameters) || !Array.isArray(file.batchNormStats)) return fail('model.error.foreign');
  const expected = parameterCounts(config);
  if (file.parameters.length !== expected.params) return fail('model.error.shape', { expected: expected.params, found: file.parameters.length });
  if (file.batchNormStats.length !== expected.stats) return fail('model.error.shape', { expected: expected.stats, found: file.batchNormStats.length });
  const params = numbers(file.parameters);
  if (typeof params === 'number') return fail('model.error.notFinite', { index: params + 1 });
  const stats = numbers(file.batchNormStats);
  if (typeof stats === 'number') return fail('model.error.notFinite', { index: expected.params + stats + 1 });
  return { ok: true, config, params, stats };
}
