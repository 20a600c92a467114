/**
 * The invariants of a PlaygroundConfig: the decoder only ever produces configs that pass
 * isValidConfig, which the codec's tests (and fuzzing) hold it to. The ranges themselves live in
 * config/ranges.ts, where the controls read them too.
 */
import {
  ACTIVATIONS,
  CLASSIFY_DATASETS,
  FEATURES,
  HEADS_BY_PROBLEM,
  INITIALIZERS,
  LANGS,
  LESSON_IDS,
  EMBED_PARTS,
  MAX_HIDDEN_LAYERS,
  MULTICLASS_DATASETS,
  OPTIMIZER_SETTING_KEYS,
  OPTIMIZERS,
  PROBLEMS,
  REGRESS_DATASETS,
  REGULARIZATIONS,
  SEED_PATTERN,
  trainSetSize,
  type PlaygroundConfig,
} from '../config/config';
import { isValidCustomData } from '../config/customData';
import { inRange, RANGES, type NumberRange } from '../config/ranges';
import { isValidCompare } from './compare';
import { isHideableControl } from './keys';

const oneOf = (allowed: readonly unknown[], v: unknown): boolean => allowed.includes(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown, range: NumberRange): boolean => typeof v === 'number' && inRange(v, range);

function uniqueIn(list: unknown, allowed: (v: unknown) => boolean): boolean {
  return Array.isArray(list) && list.every(allowed) && new Set(list).size === list.length;
}

/** Features in FEATURES order, each once: the order the decoder rebuilds them in. */
function validFeatures(features: unknown): boolean {
  if (!Array.isArray(features)) return false;
  let last = -1;
  for (const f of features) {
    const i = FEATURES.indexOf(f);
    if (i <= last) return false;
    last = i;
  }
  return true;
}

function validNetwork(c: PlaygroundConfig): boolean {
  const { networkShape, activations } = c;
  if (!Array.isArray(networkShape) || !Array.isArray(activations)) return false;
  if (networkShape.length > MAX_HIDDEN_LAYERS || activations.length !== networkShape.length) return false;
  return networkShape.every((n) => isNum(n, RANGES.neurons)) && activations.every((a) => oneOf(ACTIVATIONS, a));
}

function validOptimizer(c: PlaygroundConfig): boolean {
  const s: unknown = c.optimizerSettings;
  if (typeof s !== 'object' || s === null) return false;
  const settings = s as Record<string, unknown>;
  return oneOf(OPTIMIZERS, c.optimizer) && OPTIMIZER_SETTING_KEYS.every((k) => isNum(settings[k], RANGES[k]));
}

/** Every invariant the engine, the worker and the UI rely on. Defensive about types, never throws. */
export function isValidConfig(c: PlaygroundConfig): boolean {
  if (typeof c !== 'object' || c === null) return false;
  if (!oneOf(PROBLEMS, c.problem)) return false;
  if (!oneOf(CLASSIFY_DATASETS, c.dataset) || !oneOf(REGRESS_DATASETS, c.regDataset) || !oneOf(MULTICLASS_DATASETS, c.multiDataset)) return false;
  if (!isNum(c.noise, RANGES.noise) || !isNum(c.percTrainData, RANGES.percTrainData)) return false;
  if (!isNum(c.batchSize, { ...RANGES.batchSize, max: trainSetSize(c) })) return false;
  if (!validFeatures(c.features) || !validNetwork(c)) return false;
  if (!oneOf(HEADS_BY_PROBLEM[c.problem], c.outputHead)) return false;
  if (!isNum(c.learningRate, RANGES.learningRate) || !validOptimizer(c)) return false;
  if (!oneOf(INITIALIZERS, c.init) || !oneOf(REGULARIZATIONS, c.regularization)) return false;
  if (!isNum(c.regularizationRate, RANGES.regularizationRate) || !isNum(c.dropout, RANGES.dropout)) return false;
  if (typeof c.seed !== 'string' || !SEED_PATTERN.test(c.seed) || !isNum(c.resets, RANGES.resets)) return false;
  const flags = [c.batchFull, c.reshuffle, c.batchNorm, c.showTestData, c.showTrainData, c.discretize, c.hideText, c.collectStats];
  if (!flags.every(isBool)) return false;
  if (!uniqueIn(c.hidden, (h) => typeof h === 'string' && isHideableControl(h))) return false;
  if (!(c.speed === 'max' || isNum(c.speed, RANGES.speed))) return false;
  if (!(c.stopAt === null || isNum(c.stopAt, RANGES.stopAt))) return false;
  if (!(c.lesson === null || oneOf(LESSON_IDS, c.lesson)) || !isNum(c.lessonStep, RANGES.lessonStep) || !isBool(c.classroom)) return false;
  if (!uniqueIn(c.embed, (p) => oneOf(EMBED_PARTS, p))) return false;
  if (!(c.compare === null || isValidCompare(c.compare, c))) return false;
  if (!(c.seeds === null || (isNum(c.seeds, RANGES.seeds) && c.compare === null))) return false;
  if (!(c.customData === null || isValidCustomData(c.customData, c.problem))) return false;
  return c.lang === null || oneOf(LANGS, c.lang);
}
