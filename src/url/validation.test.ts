/** Every value is checked: a bad one keeps the field's default and becomes one issue. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { parseTypedDecimal } from '../config/numbers';
import { decodeHash, isValidConfig, MAX_ISSUES } from './index';

const BAD: Array<[string, string, 'unknown-key' | 'malformed' | 'out-of-range' | 'unknown-value']> = [
  ['noise', 'abc', 'malformed'],
  ['noise', '1e999', 'malformed'],
  ['noise', 'NaN', 'malformed'],
  ['noise', 'Infinity', 'malformed'],
  ['noise', '', 'malformed'],
  ['noise', ' 5', 'malformed'],
  ['noise', '0x10', 'malformed'],
  ['noise', '51', 'out-of-range'],
  ['noise', '-1', 'out-of-range'],
  ['percTrainData', '9', 'out-of-range'],
  ['percTrainData', '91', 'out-of-range'],
  ['learningRate', '0', 'out-of-range'],
  ['learningRate', '-0.1', 'out-of-range'],
  ['learningRate', '100.5', 'out-of-range'],
  ['regularizationRate', '-0.001', 'out-of-range'],
  ['regularizationRate', '11', 'out-of-range'],
  ['batchSize', '0', 'out-of-range'],
  ['batchSize', '251', 'out-of-range'],
  ['batchSize', '2.5', 'malformed'],
  ['resets', '-1', 'out-of-range'],
  ['resets', '10000', 'out-of-range'],
  ['resets', '1.5', 'malformed'],
  ['resets', 'many', 'malformed'],
  ['reshuffle', 'sometimes', 'malformed'],
  ['networkShape', '1,2,3,4,5,6,7,8,9', 'out-of-range'],
  ['networkShape', '17', 'out-of-range'],
  ['networkShape', '0', 'out-of-range'],
  ['networkShape', '4,,2', 'malformed'],
  ['networkShape', '4;2', 'malformed'],
  ['activation', 'softmax', 'unknown-value'],
  ['activations', 'relu,bogus', 'unknown-value'],
  ['activations', 'relu', 'malformed'],
  ['regularization', 'L3', 'unknown-value'],
  ['dataset', 'moons', 'unknown-value'],
  ['regDataset', 'circle', 'unknown-value'],
  ['mcDataset', 'xor', 'unknown-value'],
  ['problem', 'clustering', 'unknown-value'],
  ['outputHead', 'softmax-xent', 'out-of-range'],
  ['outputHead', 'hinge', 'unknown-value'],
  ['optimizer', 'lbfgs', 'unknown-value'],
  ['momentum', '1', 'out-of-range'],
  ['beta2', '-0.5', 'out-of-range'],
  ['epsilon', '0', 'out-of-range'],
  ['init', 'lecun', 'unknown-value'],
  ['dropout', '0.95', 'out-of-range'],
  ['seed', '', 'malformed'],
  ['seed', 'a b', 'malformed'],
  ['seed', 'x'.repeat(41), 'malformed'],
  ['x', 'yes', 'malformed'],
  ['showTestData', '1', 'malformed'],
  ['lang', 'fr', 'unknown-value'],
  ['loss', 'huber', 'unknown-value'],
  ['activspacer', 'maybe', 'malformed'],
  ['nonsense', '1', 'unknown-key'],
  ['__proto__', '1', 'unknown-key'],
  ['constructor', '1', 'unknown-key'],
];

describe('decodeHash validation', () => {
  for (const [key, value, reason] of BAD) {
    it(`${key}=${JSON.stringify(value)} → ${reason}`, () => {
      const { config, issues } = decodeHash(`${key}=${value}`);
      expect(config).toEqual(defaultConfig());
      expect(issues).toEqual([{ key, value, reason }]);
    });
  }

  it('batchSize is bounded by the training-set size of the link', () => {
    expect(decodeHash('percTrainData=90&batchSize=450').config.batchSize).toBe(450);
    expect(decodeHash('percTrainData=10&batchSize=51').issues[0]?.reason).toBe('out-of-range');
    expect(decodeHash('problem=regression&percTrainData=90&batchSize=1080').config.batchSize).toBe(1080);
  });

  it('a bad field does not spoil the good ones', () => {
    const { config, issues } = decodeHash('noise=99&dataset=xor&learningRate=abc&networkShape=3');
    expect(config).toEqual({ ...defaultConfig(), dataset: 'xor', networkShape: [3], activations: ['tanh'] });
    expect(issues.map((i) => i.key)).toEqual(['noise', 'learningRate']);
  });

  it('percent-encoding is decoded; bad escapes are reported, not thrown', () => {
    expect(decodeHash('networkShape=3%2C5').config.networkShape).toEqual([3, 5]);
    const { config, issues } = decodeHash('seed=%E0%A4%A&dataset=xor');
    expect(config.dataset).toBe('xor');
    expect(issues).toEqual([{ key: 'seed', value: '%E0%A4%A', reason: 'malformed' }]);
  });

  it('the last of duplicate keys wins', () => {
    expect(decodeHash('noise=5&noise=10').config.noise).toBe(10);
  });

  it('shortens long values in issues', () => {
    const { issues } = decodeHash('seed=' + 'é'.repeat(500));
    expect(Array.from(issues[0].value).length).toBeLessThanOrEqual(60);
    expect(issues[0].value.endsWith('…')).toBe(true);
  });

  it('caps the number of issues', () => {
    const hash = Array.from({ length: 10_000 }, (_, i) => `k${i}=${i}`).join('&');
    const { config, issues } = decodeHash(hash);
    expect(config).toEqual(defaultConfig());
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues[0]).toEqual({ key: 'k0', value: '0', reason: 'unknown-key' });
    // The notice says how many more there were.
    expect(decodeHash(hash).issuesLeftOut).toBe(10_000 - MAX_ISSUES);
    expect(decodeHash('#a=1&b=2').issuesLeftOut).toBeUndefined();
  });

  it('strips bidirectional controls from what the notice shows, so they cannot turn its sentence around', () => {
    const { issues } = decodeHash('#%E2%80%AEataSted=xor&seed=%E2%81%A7abc%E2%80%8F%D8%9C');
    expect(issues).toEqual([
      { key: 'ataSted', value: 'xor', reason: 'unknown-key' },
      { key: 'seed', value: 'abc', reason: 'malformed' },
    ]);
  });

  it('a typed field and a link refuse the same hexadecimal learning rate', () => {
    expect(parseTypedDecimal('0x10')).toBeNaN();
    const { config, issues } = decodeHash('#learningRate=0x10');
    expect(config.learningRate).toBe(defaultConfig().learningRate);
    expect(issues).toEqual([{ key: 'learningRate', value: '0x10', reason: 'malformed' }]);
  });

  it('hostile hashes', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '#seed=<script>alert(1)</script>',
      '%E0%A4%A',
      '%',
      '=',
      '==&==',
      '#networkShape=' + Array(1000).fill(4).join(','),
      '#activations=' + Array(1000).fill('relu').join(','),
      '#' + 'a'.repeat(1_000_000),
      '#hasOwnProperty=1&toString=2&__proto__[x]=1&valueOf=3',
      '\u0000\uD800\uDFFF\uFFFF',
    ];
    for (const h of hostile) {
      const { config } = decodeHash(h);
      expect(isValidConfig(config)).toBe(true);
    }
    expect(decodeHash('#networkShape=' + Array(1000).fill(4).join(',')).issues[0].reason).toBe('out-of-range');
  });
});

describe('isValidConfig', () => {
  const broken: Record<string, (c: PlaygroundConfig) => void> = {
    problem: (c) => void ((c as { problem: string }).problem = 'x'),
    noise: (c) => void (c.noise = NaN),
    percTrainData: (c) => void (c.percTrainData = 95),
    batchSizeTooBig: (c) => void (c.batchSize = 251),
    batchSizeFraction: (c) => void (c.batchSize = 1.5),
    featuresOrder: (c) => void (c.features = ['y', 'x']),
    featuresTwice: (c) => void (c.features = ['x', 'x']),
    activationsLength: (c) => void (c.activations = ['tanh']),
    tooManyLayers: (c) => {
      c.networkShape = Array(9).fill(2);
      c.activations = Array(9).fill('tanh');
    },
    tooManyNeurons: (c) => void (c.networkShape = [17, 2]),
    headForProblem: (c) => void (c.outputHead = 'linear-square'),
    learningRate: (c) => void (c.learningRate = Infinity),
    momentum: (c) => void (c.optimizerSettings.momentum = 1),
    dropout: (c) => void (c.dropout = 1),
    seed: (c) => void (c.seed = 'a b'),
    hiddenUnknown: (c) => void (c.hidden = ['bogus']),
    hiddenTwice: (c) => void (c.hidden = ['noise', 'noise']),
    flag: (c) => void ((c as { discretize: unknown }).discretize = 'true'),
    lang: (c) => void ((c as { lang: unknown }).lang = 'fr'),
  };
  it('accepts the defaults', () => expect(isValidConfig(defaultConfig())).toBe(true));
  for (const [name, breakIt] of Object.entries(broken)) {
    it(`refuses a broken ${name}`, () => {
      const c = defaultConfig();
      breakIt(c);
      expect(isValidConfig(c)).toBe(false);
    });
  }
});
