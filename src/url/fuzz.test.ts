/** Property tests: any string decodes to a valid config; every valid config survives the trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  CLASSIFY_DATASETS,
  EMBED_PARTS,
  LESSON_IDS,
  FEATURES,
  HEADS_BY_PROBLEM,
  INITIALIZERS,
  MAX_HIDDEN_LAYERS,
  MAX_NEURONS,
  MAX_RESETS,
  MULTICLASS_DATASETS,
  OPTIMIZERS,
  PROBLEMS,
  REGRESS_DATASETS,
  REGULARIZATIONS,
  trainSetSize,
  type PlaygroundConfig,
} from '../config/config';
import { snapCustomData } from '../config/customData';
import { decodeHash, encodeHash, HIDEABLE_CONTROLS, isValidConfig } from './index';
import { decodeUnchecked } from './decode';
import { DEEP_INSIDER_KEYS, EXTRA_KEYS, HIDE_ALIASES, TF_KEYS } from './keys';
import { parseCompare } from './compare';

const RUNS = { numRuns: 500 };

const decodesValid = (hash: string) => {
  // The unchecked decoder, so a throw is caught here rather than by decodeHash's safety net.
  const { config, issues } = decodeUnchecked(hash);
  expect(decodeHash(hash)).toEqual({ config, issues });
  expect(isValidConfig(config)).toBe(true);
  for (const i of issues) {
    expect(typeof i.key).toBe('string');
    expect(typeof i.value).toBe('string');
    expect(Array.from(i.value).length).toBeLessThanOrEqual(60);
  }
};

const REAL_KEYS = [
  ...TF_KEYS, ...DEEP_INSIDER_KEYS, ...EXTRA_KEYS, 'tutorial',
  ...HIDEABLE_CONTROLS.map((h) => h + '_hide'), ...[...HIDE_ALIASES.keys()].map((h) => h + '_hide'),
];
const REAL_VALUES = [
  'true', 'false', '0', '1', '-1', '0.5', '1e-8', '1e999', 'NaN', '', '4,2', '16,16,16', '1,,2', 'relu', 'tanh,relu',
  'circle', 'reg-gauss', 'blobs4', 'regression', 'multiclass', 'softmax-xent', 'linear-abs', 'adam', 'he', 'L1',
  'mae', 'ja', '%E0%A4%A', '%2C', '<script>', '0.12345',
  'activation:linear,relu', 'learningRate:0.003,0.03,3', 'batchSize:1,10,full', 'networkShape:4_2,8_8', 'optimizer:sgd',
  'features:x_y,xSquared_x', 'regularization:none,L1,L2,dropout', 'outputHead:tanh-square,sigmoid-xent', 'activation:', ':',
];
/** Comparisons a valid config may carry (those that do not fit its problem are dropped). */
const COMPARES = [
  'activation:linear,tanh,relu', 'activations:relu_tanh,sigmoid', 'networkShape:4_2,8_8_8,1', 'features:x_y,xSquared_ySquared',
  'optimizer:sgd,momentum,adam', 'momentum:0.5,0.9', 'epsilon:1e-8,0.1', 'learningRate:0.003,0.03,3,10', 'batchSize:1,10,full',
  'batchFull:false,true', 'init:zeros,tfp,he', 'regularization:none,L1,L2,dropout', 'regularizationRate:0,0.1',
  'dropout:0,0.5', 'batchNorm:false,true', 'outputHead:tanh-square,sigmoid-xent', 'reshuffle:true,false',
];
const value = fc.oneof(fc.constantFrom(...REAL_VALUES), fc.string(), fc.double().map(String), fc.integer().map(String));
const pair = fc.tuple(fc.oneof(fc.constantFrom(...REAL_KEYS), fc.string()), value).map(([k, v]) => `${k}=${v}`);
const hashOfPairs = fc.array(pair, { maxLength: 40 }).map((ps) => '#' + ps.join('&'));

describe('decodeHash never throws and always yields a valid config', () => {
  it('for any string', () => fc.assert(fc.property(fc.string(), decodesValid), RUNS));
  it('for any full-unicode string', () =>
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), decodesValid), RUNS));
  it('for any binary-ish string', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), decodesValid), RUNS));
  it('for real keys with random values', () => fc.assert(fc.property(hashOfPairs, decodesValid), { numRuns: 2000 }));
});

/** Any config isValidConfig accepts, built field by field within the ranges. */
const validConfig: fc.Arbitrary<PlaygroundConfig> = fc
  .record({
    problem: fc.constantFrom(...PROBLEMS),
    headPick: fc.nat(),
    dataset: fc.constantFrom(...CLASSIFY_DATASETS),
    regDataset: fc.constantFrom(...REGRESS_DATASETS),
    multiDataset: fc.constantFrom(...MULTICLASS_DATASETS),
    noise: fc.double({ min: 0, max: 50, noNaN: true }),
    percTrainData: fc.double({ min: 10, max: 90, noNaN: true }),
    batchPick: fc.double({ min: 0, max: 1, noNaN: true }),
    batchFull: fc.boolean(),
    reshuffle: fc.boolean(),
    features: fc.subarray([...FEATURES]),
    layers: fc.array(fc.tuple(fc.integer({ min: 1, max: MAX_NEURONS }), fc.constantFrom(...ACTIVATIONS)), { maxLength: MAX_HIDDEN_LAYERS }),
    learningRate: fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
    optimizer: fc.constantFrom(...OPTIMIZERS),
    optimizerSettings: fc.record({
      momentum: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      rho: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      beta1: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      beta2: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      epsilon: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
    }),
    init: fc.constantFrom(...INITIALIZERS),
    regularization: fc.constantFrom(...REGULARIZATIONS),
    regularizationRate: fc.double({ min: 0, max: 10, noNaN: true }),
    dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
    batchNorm: fc.boolean(),
    seed: fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/),
    resets: fc.integer({ min: 0, max: MAX_RESETS }),
    showTestData: fc.boolean(),
    showTrainData: fc.boolean(),
    discretize: fc.boolean(),
    hideText: fc.boolean(),
    collectStats: fc.boolean(),
    hidden: fc.shuffledSubarray([...HIDEABLE_CONTROLS]),
    lang: fc.constantFrom('en' as const, 'ja' as const, null),
    speed: fc.oneof(fc.constant('max' as const), fc.double({ min: 0.1, max: 100000, noNaN: true })),
    stopAt: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 1e9 })),
    // A step travels with its lesson: without one it stays at 1.
    lessonAndStep: fc.oneof(
      fc.constant({ lesson: null, lessonStep: 1 }),
      fc.record({ lesson: fc.constantFrom(...LESSON_IDS), lessonStep: fc.integer({ min: 1, max: 12 }) }),
    ),
    classroom: fc.boolean(),
    embed: fc.subarray([...EMBED_PARTS]),
    compareRaw: fc.oneof(fc.constant(null), fc.constantFrom(...COMPARES)),
    seedsPick: fc.oneof(fc.constant(null), fc.integer({ min: 2, max: 10 })),
    // Raw points and a class count; snapped below as drawing and import snap them.
    custom: fc.option(
      fc.record({
        k: fc.integer({ min: 3, max: 4 }),
        points: fc.array(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })), { maxLength: 60 }),
      }),
    ),
  })
  .map(({ headPick, batchPick, layers, lessonAndStep, compareRaw, seedsPick, custom, ...rest }) => {
    const classes = rest.problem === 'regression' ? 0 : rest.problem === 'multiclass' ? (custom?.k ?? 3) : 2;
    const customData =
      custom === null
        ? null
        : snapCustomData(
            classes,
            custom.points.map((p) => p[0]),
            custom.points.map((p) => p[1]),
            custom.points.map((p) => (classes === 0 ? p[2] : Math.abs(Math.trunc(p[2] * 100)) % classes)),
          );
    const heads = HEADS_BY_PROBLEM[rest.problem];
    const partial = { ...rest, ...lessonAndStep, outputHead: heads[headPick % heads.length], batchSize: 1, compare: null, seeds: null };
    const max = trainSetSize(partial as PlaygroundConfig);
    const config = {
      ...partial,
      batchSize: 1 + Math.floor(batchPick * (max - 1)),
      networkShape: layers.map(([n]) => n),
      activations: layers.map(([, a]) => a),
      customData,
    } satisfies PlaygroundConfig;
    const parsed = compareRaw === null ? null : parseCompare(compareRaw, config);
    const compare = parsed?.ok ? parsed.value : null;
    return { ...config, compare, seeds: compare === null ? seedsPick : null } satisfies PlaygroundConfig;
  });

describe('encodeHash / decodeHash', () => {
  it('round-trips every valid config exactly, with no issues', () =>
    fc.assert(
      fc.property(validConfig, (c) => {
        expect(isValidConfig(c)).toBe(true);
        expect(decodeHash(encodeHash(c))).toEqual({ config: c, issues: [] });
      }),
      { numRuns: 1000 },
    ));

  it('writes only URL-safe characters', () =>
    fc.assert(
      fc.property(validConfig, (c) => {
        expect(encodeHash(c)).toMatch(/^[A-Za-z0-9._,:=&-]*$/);
      }),
      RUNS,
    ));
});
