/**
 * The comparison in a link, and the runs it stands for.
 *
 * `compare=<key>:<v1>,<v2>[,<v3>[,<v4>]]`: the setting that differs, under its own URL key, and
 * one value per run. A value is written as that key writes it alone, except that a list inside a
 * value (networkShape, activations, features) joins its items with `_`, since `,` separates the
 * runs: `compare=networkShape:4_2,8_8_8`. Two extra words: `batchSize:full` is the whole training
 * set, and `regularization:dropout` is no L1/L2 with dropout (at the shared rate, or 0.5 when that
 * is 0), so "none vs L1 vs L2 vs dropout" is one comparison.
 * `seeds=N` (2–10): the seeds view, N runs of the same settings, each with the next draw of
 * initial weights on the same data (what N presses of Reset would give).
 *
 * Each value is checked like its key (a refused one refuses the whole comparison: the notice
 * says so and the single view opens), and kept in one canonical spelling, so a link round-trips.
 */
import {
  ACTIVATIONS,
  COMPARE_KEYS,
  FEATURES,
  HEADS_BY_PROBLEM,
  INITIALIZERS,
  MAX_COMPARE_RUNS,
  MAX_HIDDEN_LAYERS,
  MIN_COMPARE_RUNS,
  NUM_SAMPLES_REGRESS,
  OPTIMIZERS,
  REGULARIZATIONS,
  trainSetSize,
  type ActivationId,
  type CompareKey,
  type CompareSpec,
  type FeatureId,
  type OptimizerSettingKey,
  type PlaygroundConfig,
} from '../config/config';
import { RANGES, type NumberRange } from '../config/ranges';
import { formatNumber, parseBoolean, parseEnum, parseNumber, type Parsed, type UrlIssueReason } from './parse';

/** Joins the items of a list inside one compared value. */
export const COMPARE_LIST_SEPARATOR = '_';
/** Dropout's rate in `regularization:dropout` when the shared configuration has none. */
export const COMPARE_DROPOUT_RATE = 0.5;

type Patch = Partial<PlaygroundConfig>;

interface CompareRule {
  /** The value in its canonical spelling, or why it was refused. */
  parse(raw: string, config: PlaygroundConfig): Parsed<string>;
  /** What the (canonical) value changes in the shared configuration. */
  apply(value: string, shared: PlaygroundConfig): Patch;
}

const ok = (value: string): Parsed<string> => ({ ok: true, value });
const fail = (reason: UrlIssueReason): Parsed<string> => ({ ok: false, reason });
const canonical = <T>(p: Parsed<T>, show: (v: T) => string): Parsed<string> => (p.ok ? ok(show(p.value)) : fail(p.reason));

const numberRule = (range: NumberRange, apply: (n: number, shared: PlaygroundConfig) => Patch): CompareRule => ({
  parse: (raw) => canonical(parseNumber(raw, range), formatNumber),
  apply: (v, shared) => apply(Number(v), shared),
});

const enumRule = <T extends string>(allowed: readonly T[], apply: (v: T, shared: PlaygroundConfig) => Patch): CompareRule => ({
  parse: (raw) => canonical(parseEnum(raw, allowed), String),
  apply: (v, shared) => apply(v as T, shared),
});

const booleanRule = (apply: (v: boolean) => Patch): CompareRule => ({
  parse: (raw) => canonical(parseBoolean(raw), String),
  apply: (v) => apply(v === 'true'),
});

/** 1–`max` items joined by `_`, each parsed by `item`. */
function parseItems<T>(raw: string, max: number, item: (s: string) => Parsed<T>): Parsed<T[]> {
  if (raw === '') return { ok: false, reason: 'malformed' };
  const parts = raw.split(COMPARE_LIST_SEPARATOR, max + 1);
  if (parts.length > max) return { ok: false, reason: 'out-of-range' };
  const out: T[] = [];
  for (const part of parts) {
    const p = item(part);
    if (!p.ok) return { ok: false, reason: p.reason };
    out.push(p.value);
  }
  return { ok: true, value: out };
}

const splitItems = (v: string) => v.split(COMPARE_LIST_SEPARATOR);

/** Per-layer activations fitted to `layers`: the list as given, its last one repeated, or cut. */
function fitActivations(list: readonly ActivationId[], layers: number): ActivationId[] {
  return Array.from({ length: layers }, (_, l) => list[Math.min(l, list.length - 1)] ?? 'tanh');
}

const optimizerSettingRule = (k: OptimizerSettingKey): CompareRule =>
  numberRule(RANGES[k], (n, shared) => ({ optimizerSettings: { ...shared.optimizerSettings, [k]: n } }));

const RULES: Record<CompareKey, CompareRule> = {
  activation: enumRule(ACTIVATIONS, (a, shared) => ({ activations: shared.networkShape.map(() => a) })),
  activations: {
    parse: (raw) => canonical(parseItems(raw, MAX_HIDDEN_LAYERS, (s) => parseEnum(s, ACTIVATIONS)), (l) => l.join(COMPARE_LIST_SEPARATOR)),
    apply: (v, shared) => ({ activations: fitActivations(splitItems(v) as ActivationId[], shared.networkShape.length) }),
  },
  networkShape: {
    parse: (raw) => canonical(parseItems(raw, MAX_HIDDEN_LAYERS, (s) => parseNumber(s, RANGES.neurons)), (l) => l.join(COMPARE_LIST_SEPARATOR)),
    apply: (v, shared) => {
      const networkShape = splitItems(v).map(Number);
      return { networkShape, activations: fitActivations(shared.activations, networkShape.length) };
    },
  },
  features: {
    parse: (raw) => {
      const p = parseItems(raw, FEATURES.length, (s) => parseEnum(s, FEATURES));
      if (!p.ok) return fail(p.reason);
      if (new Set(p.value).size !== p.value.length) return fail('malformed');
      // In FEATURES order, as the decoder keeps `features`, so one set has one spelling.
      return ok(FEATURES.filter((f) => p.value.includes(f)).join(COMPARE_LIST_SEPARATOR));
    },
    apply: (v) => ({ features: splitItems(v) as FeatureId[] }),
  },
  optimizer: enumRule(OPTIMIZERS, (optimizer) => ({ optimizer })),
  momentum: optimizerSettingRule('momentum'),
  rho: optimizerSettingRule('rho'),
  beta1: optimizerSettingRule('beta1'),
  beta2: optimizerSettingRule('beta2'),
  epsilon: optimizerSettingRule('epsilon'),
  learningRate: numberRule(RANGES.learningRate, (learningRate) => ({ learningRate })),
  batchSize: {
    // The bound is the largest training set; a smaller one (fewer points, another problem) caps it when the runs are made.
    parse: (raw) => (raw === 'full' ? ok('full') : canonical(parseNumber(raw, { ...RANGES.batchSize, max: NUM_SAMPLES_REGRESS }), formatNumber)),
    apply: (v, shared) => (v === 'full' ? { batchFull: true } : { batchFull: false, batchSize: Math.min(Number(v), Math.max(1, trainSetSize(shared))) }),
  },
  batchFull: booleanRule((batchFull) => ({ batchFull })),
  init: enumRule(INITIALIZERS, (init) => ({ init })),
  regularization: {
    parse: (raw) => (raw === 'dropout' ? ok('dropout') : canonical(parseEnum(raw, REGULARIZATIONS), String)),
    apply: (v, shared) =>
      v === 'dropout'
        ? { regularization: 'none', dropout: shared.dropout > 0 ? shared.dropout : COMPARE_DROPOUT_RATE }
        : { regularization: v as PlaygroundConfig['regularization'], dropout: 0 },
  },
  regularizationRate: numberRule(RANGES.regularizationRate, (regularizationRate) => ({ regularizationRate })),
  dropout: numberRule(RANGES.dropout, (dropout) => ({ dropout })),
  batchNorm: booleanRule((batchNorm) => ({ batchNorm })),
  outputHead: {
    parse: (raw, config) => canonical(parseEnum(raw, HEADS_BY_PROBLEM[config.problem]), String),
    apply: (v, shared) => (HEADS_BY_PROBLEM[shared.problem].includes(v as PlaygroundConfig['outputHead']) ? { outputHead: v as PlaygroundConfig['outputHead'] } : {}),
  },
  reshuffle: booleanRule((reshuffle) => ({ reshuffle })),
};

export const isCompareKey = (k: string): k is CompareKey => (COMPARE_KEYS as readonly string[]).includes(k);

/**
 * A `compare=` value read against the configuration it will vary (its problem fixes the output
 * heads allowed). Never throws.
 */
export function parseCompare(raw: string, config: PlaygroundConfig): Parsed<CompareSpec> {
  const colon = raw.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'malformed' };
  const key = raw.slice(0, colon);
  if (!isCompareKey(key)) return { ok: false, reason: 'unknown-value' };
  const parts = raw.slice(colon + 1).split(',', MAX_COMPARE_RUNS + 1);
  if (parts.length < MIN_COMPARE_RUNS || parts.length > MAX_COMPARE_RUNS) return { ok: false, reason: 'out-of-range' };
  const values: string[] = [];
  for (const part of parts) {
    const p = RULES[key].parse(part, config);
    if (!p.ok) return { ok: false, reason: p.reason };
    // The same run twice compares nothing, and two runs could not be told apart by their labels.
    if (values.includes(p.value)) return { ok: false, reason: 'malformed' };
    values.push(p.value);
  }
  return { ok: true, value: { key, values } };
}

/** The link's form of a comparison. */
export function formatCompare(spec: CompareSpec): string {
  return `${spec.key}:${spec.values.join(',')}`;
}

/** Whether `spec` is one the decoder could have produced for `config`. Defensive about types, never throws. */
export function isValidCompare(spec: unknown, config: PlaygroundConfig): boolean {
  if (typeof spec !== 'object' || spec === null) return false;
  const { key, values } = spec as Partial<CompareSpec>;
  if (typeof key !== 'string' || !Array.isArray(values) || !values.every((v) => typeof v === 'string')) return false;
  const parsed = parseCompare(`${key}:${values.join(',')}`, config);
  return parsed.ok && parsed.value.values.every((v, i) => v === values[i]);
}

/** One run of a comparison or of the seeds view. */
export interface CompareRun {
  /** What differs, as the link writes it (`relu`, `0.003`, `8_8_8`), or the seed's number (1…N). */
  label: string;
  config: PlaygroundConfig;
}

/**
 * The runs a comparison stands for: the shared configuration with each value applied, and
 * neither `compare` nor `seeds` left in it (each run is a single view's configuration). Every run
 * keeps the shared seed and Reset count, so runs with the same network and initialiser draw the
 * same initial weights from the same stream: only the chosen difference differs.
 */
export function compareRuns(shared: PlaygroundConfig): CompareRun[] {
  const base: PlaygroundConfig = { ...shared, compare: null, seeds: null };
  if (shared.compare !== null) {
    const rule = RULES[shared.compare.key];
    return shared.compare.values.map((value) => ({ label: value, config: { ...base, ...rule.apply(value, base) } }));
  }
  if (shared.seeds !== null) {
    // The next draws after the shared one; past the largest count a link may carry, the last ones before it.
    const first = Math.max(0, Math.min(shared.resets, RANGES.resets.max - shared.seeds + 1));
    return Array.from({ length: shared.seeds }, (_, k) => ({ label: String(k + 1), config: { ...base, resets: first + k } }));
  }
  return [{ label: '', config: base }];
}
