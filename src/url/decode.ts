/**
 * Hash → config. Starts from defaultConfig() (TF Playground's behaviour when a key is absent)
 * and lets each key change one field; a value that fails its check leaves the field at its
 * default and becomes an issue. The key table is in keys.ts.
 */
import {
  ACTIVATIONS,
  CLASSIFY_DATASETS,
  defaultConfig,
  FEATURES,
  HEADS_BY_PROBLEM,
  INITIALIZERS,
  LANGS,
  MAX_HIDDEN_LAYERS,
  MULTICLASS_DATASETS,
  OPTIMIZER_SETTING_KEYS,
  OPTIMIZERS,
  OUTPUT_HEADS,
  PROBLEMS,
  REGRESS_DATASETS,
  REGULARIZATIONS,
  trainSetSize,
  type ActivationId,
  type FeatureId,
  type PlaygroundConfig,
  type Speed,
  EMBED_PARTS,
  LESSON_IDS,
} from '../config/config';
import { RANGES } from '../config/ranges';
import { decodeCustomData } from './customBlob';
import { lessonForTutorial } from './tutorials';
import { parseCompare } from './compare';
import { HIDE_ALIASES, HIDE_SUFFIX, IGNORED_HIDE_NAMES, isHideableControl, type HideableControl } from './keys';
import { parseBoolean, parseEnum, parseList, parseNumber, parseSeed, truncateForIssue, type Parsed, type UrlIssue } from './parse';
import { HashReader } from './reader';

export interface DecodedHash {
  config: PlaygroundConfig;
  /** At most MAX_ISSUES of them; `issuesLeftOut` counts the rest (absent: none). */
  issues: UrlIssue[];
  issuesLeftOut?: number;
}

const DEEP_INSIDER_LOSSES = ['mse', 'mae'] as const;

function readData(r: HashReader, c: PlaygroundConfig): void {
  c.problem = r.read('problem', (s) => parseEnum(s, PROBLEMS)) ?? c.problem;
  c.dataset = r.read('dataset', (s) => parseEnum(s, CLASSIFY_DATASETS)) ?? c.dataset;
  c.regDataset = r.read('regDataset', (s) => parseEnum(s, REGRESS_DATASETS)) ?? c.regDataset;
  c.multiDataset = r.read('mcDataset', (s) => parseEnum(s, MULTICLASS_DATASETS)) ?? c.multiDataset;
  c.noise = r.read('noise', (s) => parseNumber(s, RANGES.noise)) ?? c.noise;
  c.percTrainData = r.read('percTrainData', (s) => parseNumber(s, RANGES.percTrainData)) ?? c.percTrainData;
  const on = new Set<FeatureId>(c.features);
  for (const f of FEATURES) {
    const v = r.read(f, parseBoolean);
    if (v === true) on.add(f);
    if (v === false) on.delete(f);
  }
  c.features = FEATURES.filter((f) => on.has(f));
  // Drawn or imported points; a broken blob leaves the dataset in force, and the notice says so.
  c.customData = r.read('data', (s) => decodeCustomData(s, c.problem)) ?? null;
}

function readNetwork(r: HashReader, c: PlaygroundConfig): void {
  const neuron = (s: string) => parseNumber(s, RANGES.neurons);
  c.networkShape = r.read('networkShape', (s) => parseList(s, MAX_HIDDEN_LAYERS, neuron), true) ?? c.networkShape;
  // TF's single `activation` sets every hidden layer; absent, TF's default tanh does.
  const all: ActivationId = r.read('activation', (s) => parseEnum(s, ACTIVATIONS)) ?? 'tanh';
  c.activations = c.networkShape.map(() => all);
  const perLayer = r.read('activations', (s) => parseList(s, MAX_HIDDEN_LAYERS, (a) => parseEnum(a, ACTIVATIONS)), true);
  if (perLayer !== undefined) {
    if (perLayer.length === c.networkShape.length) c.activations = perLayer;
    else r.report('activations', r.take('activations') ?? '', 'malformed');
  }
}

function readOutput(r: HashReader, c: PlaygroundConfig): void {
  // The problem fixes the default head: TF's tanh + squared error, its regression's identity.
  c.outputHead = HEADS_BY_PROBLEM[c.problem][0];
  const loss = r.read('loss', (s) => parseEnum(s, DEEP_INSIDER_LOSSES));
  if (loss === 'mae') {
    // Deep Insider keeps tanh for classification with |o − t|; we have no such head.
    if (c.problem === 'regression') c.outputHead = 'linear-abs';
    else r.report('loss', loss, 'out-of-range');
  }
  const head = r.read('outputHead', (s) => parseEnum(s, OUTPUT_HEADS));
  if (head !== undefined) {
    if (HEADS_BY_PROBLEM[c.problem].includes(head)) c.outputHead = head;
    else r.report('outputHead', head, 'out-of-range');
  }
}

function readTraining(r: HashReader, c: PlaygroundConfig): void {
  c.learningRate = r.read('learningRate', (s) => parseNumber(s, RANGES.learningRate)) ?? c.learningRate;
  c.optimizer = r.read('optimizer', (s) => parseEnum(s, OPTIMIZERS)) ?? c.optimizer;
  for (const k of OPTIMIZER_SETTING_KEYS) {
    c.optimizerSettings[k] = r.read(k, (s) => parseNumber(s, RANGES[k])) ?? c.optimizerSettings[k];
  }
  // Most specific wins: our `init`, then TF's initZero, then Deep Insider's initOrigin.
  const origin = r.read('initOrigin', parseBoolean);
  if (origin !== undefined) c.init = origin ? 'tfp' : 'glorot';
  if (r.read('initZero', parseBoolean) === true) c.init = 'zeros';
  c.init = r.read('init', (s) => parseEnum(s, INITIALIZERS)) ?? c.init;
  c.regularization = r.read('regularization', (s) => parseEnum(s, REGULARIZATIONS)) ?? c.regularization;
  c.regularizationRate = r.read('regularizationRate', (s) => parseNumber(s, RANGES.regularizationRate)) ?? c.regularizationRate;
  c.dropout = r.read('dropout', (s) => parseNumber(s, RANGES.dropout)) ?? c.dropout;
  c.batchNorm = r.read('batchNorm', parseBoolean) ?? c.batchNorm;
  c.batchFull = r.read('batchFull', parseBoolean) ?? c.batchFull;
  c.reshuffle = r.read('reshuffle', parseBoolean) ?? c.reshuffle;
  c.seed = r.read('seed', parseSeed) ?? c.seed;
  c.resets = r.read('resets', (s) => parseNumber(s, RANGES.resets)) ?? c.resets;
  // Last: its upper bound is the training-set size, which problem and percTrainData set.
  c.batchSize = r.read('batchSize', (s) => parseNumber(s, { ...RANGES.batchSize, max: trainSetSize(c) })) ?? c.batchSize;
}

function readDisplay(r: HashReader, c: PlaygroundConfig): void {
  // In a Deep Insider link showValidationData is TF's held-out split, and showTestData names
  // its click-to-probe points, which we do not have; read both so a bad value is still reported.
  const validation = r.read('showValidationData', parseBoolean);
  const test = r.read('showTestData', parseBoolean);
  c.showTestData = validation ?? test ?? c.showTestData;
  c.showTrainData = r.read('showTrainData', parseBoolean) ?? c.showTrainData;
  c.discretize = r.read('discretize', parseBoolean) ?? c.discretize;
  c.hideText = r.read('hideText', parseBoolean) ?? c.hideText;
  c.collectStats = r.read('collectStats', parseBoolean) ?? c.collectStats;
  c.lang = r.read('lang', (s) => parseEnum(s, LANGS)) ?? c.lang;
  c.speed = r.read('speed', parseSpeed) ?? c.speed;
  c.stopAt = r.read('stopAt', (s) => parseNumber(s, RANGES.stopAt)) ?? c.stopAt;
  c.lesson = r.read('lesson', (s) => parseEnum(s, LESSON_IDS)) ?? c.lesson;
  c.lessonStep = r.read('step', (s) => parseNumber(s, RANGES.lessonStep)) ?? c.lessonStep;
  c.classroom = r.read('classroom', parseBoolean) ?? c.classroom;
  c.embed = r.read('embed', (s) => parseList(s, EMBED_PARTS.length, (p) => parseEnum(p, EMBED_PARTS)), true) ?? c.embed;
  c.embed = EMBED_PARTS.filter((p) => c.embed.includes(p));
  // TF Playground's articles: the lesson on the same idea, where there is one; otherwise nothing to apply.
  const tutorial = r.take('tutorial');
  if (tutorial !== undefined && c.lesson === null) c.lesson = lessonForTutorial(tutorial);
  // Layout-only (Deep Insider): understood, nothing to apply.
  r.read('activspacer', parseBoolean);
}

/** After the settings it varies (its values are read against them). One view at a time: a comparison wins over seeds. */
function readCompare(r: HashReader, c: PlaygroundConfig): void {
  c.compare = r.read('compare', (s) => parseCompare(s, c)) ?? c.compare;
  const seeds = r.read('seeds', (s) => parseNumber(s, RANGES.seeds));
  if (seeds !== undefined && c.compare !== null) r.report('seeds', String(seeds), 'unknown-value');
  else c.seeds = seeds ?? c.seeds;
}

function parseSpeed(raw: string): Parsed<Speed> {
  return raw === 'max' ? { ok: true, value: 'max' } : parseNumber(raw, RANGES.speed);
}

function readHidden(r: HashReader, c: PlaygroundConfig): void {
  const hidden = new Set<HideableControl>(c.hidden.filter(isHideableControl));
  for (const key of r.untaken()) {
    if (!key.endsWith(HIDE_SUFFIX)) continue;
    const name = key.slice(0, -HIDE_SUFFIX.length);
    const control = isHideableControl(name) ? name : HIDE_ALIASES.get(name);
    if (control === undefined && !IGNORED_HIDE_NAMES.has(name)) continue;
    const hide = r.read(key, parseBoolean);
    if (hide === true && control !== undefined) hidden.add(control);
  }
  c.hidden = [...hidden];
}

/** The decoder without its safety net; exported so the tests prove the net is never needed. */
export function decodeUnchecked(hash: string): DecodedHash {
  const r = new HashReader(hash);
  const c = defaultConfig();
  readData(r, c);
  readNetwork(r, c);
  readOutput(r, c);
  readTraining(r, c);
  readDisplay(r, c);
  readCompare(r, c);
  readHidden(r, c);
  for (const key of r.untaken()) r.report(key, r.take(key) ?? '', 'unknown-key');
  const leftOut = r.issuesLeftOut();
  return { config: c, issues: r.issues(), ...(leftOut > 0 ? { issuesLeftOut: leftOut } : {}) };
}

/**
 * Never throws, for any string. The rules above are written not to; this net is here so that a
 * mistake in them costs the learner their link, not the page.
 */
export function decodeHash(hash: string): DecodedHash {
  if (typeof hash !== 'string') return { config: defaultConfig(), issues: [] };
  try {
    return decodeUnchecked(hash);
  } catch {
    return { config: defaultConfig(), issues: [{ key: '', value: truncateForIssue(hash), reason: 'malformed' }] };
  }
}
