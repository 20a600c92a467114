import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { decodeHash, encodeHash, isValidConfig } from './index';

const roundTrip = (c: PlaygroundConfig) => decodeHash(encodeHash(c));

/** One edit per field, each away from its default. */
const EDITS: Record<string, (c: PlaygroundConfig) => void> = {
  problemRegression: (c) => {
    c.problem = 'regression';
    c.outputHead = 'linear-square';
  },
  problemMulticlass: (c) => {
    c.problem = 'multiclass';
    c.outputHead = 'softmax-xent';
  },
  dataset: (c) => void (c.dataset = 'spiral'),
  regDataset: (c) => void (c.regDataset = 'reg-gauss'),
  multiDataset: (c) => void (c.multiDataset = 'spiral3'),
  noise: (c) => void (c.noise = 35),
  percTrainData: (c) => void (c.percTrainData = 70),
  batchSize: (c) => void (c.batchSize = 250),
  batchFull: (c) => void (c.batchFull = true),
  reshuffle: (c) => void (c.reshuffle = true),
  resets: (c) => void (c.resets = 3),
  features: (c) => void (c.features = ['y', 'xSquared', 'xTimesY', 'sinX', 'cosY']),
  featuresNone: (c) => void (c.features = []),
  networkShape: (c) => {
    c.networkShape = [16, 1, 3];
    c.activations = ['tanh', 'tanh', 'tanh'];
  },
  networkShapeEmpty: (c) => {
    c.networkShape = [];
    c.activations = [];
  },
  activationsUniformTf: (c) => void (c.activations = ['relu', 'relu']),
  activationsUniformOurs: (c) => void (c.activations = ['swish', 'swish']),
  activationsMixed: (c) => void (c.activations = ['step', 'leakyrelu']),
  outputHead: (c) => void (c.outputHead = 'sigmoid-xent'),
  outputHeadAbs: (c) => {
    c.problem = 'regression';
    c.outputHead = 'linear-abs';
  },
  learningRate: (c) => void (c.learningRate = 0.00001),
  optimizer: (c) => void (c.optimizer = 'adam'),
  momentum: (c) => void (c.optimizerSettings.momentum = 0.5),
  rho: (c) => void (c.optimizerSettings.rho = 0.99),
  beta1: (c) => void (c.optimizerSettings.beta1 = 0.8),
  beta2: (c) => void (c.optimizerSettings.beta2 = 0.9999),
  epsilon: (c) => void (c.optimizerSettings.epsilon = 1e-7),
  initZeros: (c) => void (c.init = 'zeros'),
  initXavier: (c) => void (c.init = 'xavier'),
  initGlorot: (c) => void (c.init = 'glorot'),
  initHe: (c) => void (c.init = 'he'),
  regularization: (c) => void (c.regularization = 'L1'),
  regularizationRate: (c) => void (c.regularizationRate = 0.003),
  dropout: (c) => void (c.dropout = 0.5),
  batchNorm: (c) => void (c.batchNorm = true),
  seed: (c) => void (c.seed = 'my-Seed_1.0'),
  showTestData: (c) => void (c.showTestData = true),
  showTrainData: (c) => void (c.showTrainData = false),
  discretize: (c) => void (c.discretize = true),
  hideText: (c) => void (c.hideText = true),
  collectStats: (c) => void (c.collectStats = true),
  hidden: (c) => void (c.hidden = ['noise', 'playButton', 'xSquared', 'optimizer', 'dataset']),
  langJa: (c) => void (c.lang = 'ja'),
  langEn: (c) => void (c.lang = 'en'),
};

describe('encodeHash / decodeHash round trip', () => {
  it('keeps the defaults, with no issues', () => {
    expect(roundTrip(defaultConfig())).toEqual({ config: defaultConfig(), issues: [] });
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`keeps ${name}`, () => {
      const c = defaultConfig();
      edit(c);
      expect(isValidConfig(c)).toBe(true);
      expect(c).not.toEqual(defaultConfig());
      const { config, issues } = roundTrip(c);
      expect(issues).toEqual([]);
      expect(config).toEqual(c);
    });
  }

  it('keeps every edit at once', () => {
    const c = defaultConfig();
    // Edits that contradict one another (two problems, two shapes) are left to their own tests.
    const clashing = (name: string) => name.startsWith('problem') || name.startsWith('networkShape') || name === 'outputHead';
    for (const [name, edit] of Object.entries(EDITS)) if (!clashing(name)) edit(c);
    expect(isValidConfig(c)).toBe(true);
    expect(roundTrip(c)).toEqual({ config: c, issues: [] });
  });

  it('writes every TF Playground key, in TF order, before ours', () => {
    const c = defaultConfig();
    c.optimizer = 'adam';
    const keys = encodeHash(c)
      .split('&')
      .map((kv) => kv.split('=')[0]);
    expect(keys.slice(0, 26)).toEqual([
      'activation', 'regularization', 'batchSize', 'dataset', 'regDataset', 'learningRate',
      'regularizationRate', 'noise', 'networkShape', 'seed', 'showTestData', 'discretize',
      'percTrainData', 'x', 'y', 'xTimesY', 'xSquared', 'ySquared', 'cosX', 'sinX', 'cosY', 'sinY',
      'collectStats', 'problem', 'initZero', 'hideText',
    ]);
    expect(keys.slice(26)).toEqual(['optimizer']);
  });

  it('gives TF a TF activation when the layers differ', () => {
    const c = defaultConfig();
    c.activations = ['swish', 'relu'];
    expect(encodeHash(c)).toMatch(/^activation=relu&/);
    expect(encodeHash(c)).toContain('&activations=swish,relu');
  });

  it('keeps a negative zero', () => {
    const c = defaultConfig();
    c.noise = -0;
    expect(Object.is(roundTrip(c).config.noise, -0)).toBe(true);
  });

  it('writes zero init as TF initZero=true', () => {
    const c = defaultConfig();
    c.init = 'zeros';
    expect(encodeHash(c)).toContain('initZero=true');
    expect(encodeHash(c)).not.toContain('init=');
  });

  it('writes the Reset count and reshuffling only when they are not the defaults', () => {
    const c = defaultConfig();
    expect(encodeHash(c)).not.toMatch(/resets=|reshuffle=/);
    c.resets = 2;
    c.reshuffle = true;
    expect(encodeHash(c)).toContain('&reshuffle=true&resets=2');
  });
});
