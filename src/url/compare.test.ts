import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { Run } from '../worker/run';
import { compareRuns, parseCompare } from './compare';
import { decodeUnchecked } from './decode';
import { decodeHash, encodeHash, isValidConfig } from './index';

const decoded = (hash: string) => decodeHash(hash);

describe('compare= and seeds= in the link', () => {
  it('reads a comparison and writes it back as it came', () => {
    const { config, issues } = decoded('#dataset=circle&compare=activation:linear,relu');
    expect(issues).toEqual([]);
    expect(config.compare).toEqual({ key: 'activation', values: ['linear', 'relu'] });
    expect(encodeHash(config)).toContain('&compare=activation:linear,relu');
  });

  const ROUND_TRIPS = [
    'activation:linear,tanh,relu',
    'optimizer:sgd,momentum,adam',
    'learningRate:0.003,0.03,3',
    'batchSize:1,10,full',
    'init:zeros,tfp,he',
    'batchNorm:false,true',
    'regularization:none,L1,L2,dropout',
    'networkShape:4_2,8_8_8,1',
    'features:x_y,xSquared_ySquared_xTimesY',
    'activations:relu_tanh,sigmoid',
    'momentum:0.5,0.9,0.99',
    'outputHead:tanh-square,sigmoid-xent',
    'reshuffle:false,true',
  ];
  for (const value of ROUND_TRIPS) {
    it(`round-trips compare=${value}`, () => {
      const first = decoded(`#compare=${value}`);
      expect(first.issues).toEqual([]);
      expect(first.config.compare).not.toBeNull();
      expect(isValidConfig(first.config)).toBe(true);
      const again = decoded(encodeHash(first.config));
      expect(again).toEqual(first);
      expect(encodeHash(first.config)).toContain(`compare=${value}`);
    });
  }

  it('writes one spelling of each value', () => {
    expect(decoded('#compare=learningRate:0.030,3e0').config.compare?.values).toEqual(['0.03', '3']);
    expect(decoded('#compare=features:y_x,x_y_xSquared').config.compare?.values).toEqual(['x_y', 'x_y_xSquared']);
  });

  it('round-trips the seeds view', () => {
    const { config, issues } = decoded('#seeds=5');
    expect(issues).toEqual([]);
    expect(config.seeds).toBe(5);
    expect(decoded(encodeHash(config)).config).toEqual(config);
  });

  const BAD: [string, string][] = [
    ['compare=activation:linear', 'out-of-range'],
    ['compare=activation:linear,relu,tanh,sigmoid,elu', 'out-of-range'],
    ['compare=activation:linear,banana', 'unknown-value'],
    ['compare=colour:red,blue', 'unknown-value'],
    ['compare=activation', 'malformed'],
    ['compare=activation:relu,relu', 'malformed'],
    ['compare=learningRate:0.03,1000', 'out-of-range'],
    ['compare=learningRate:0.03,0x10', 'malformed'],
    ['compare=networkShape:4_2,17', 'out-of-range'],
    ['compare=outputHead:softmax-xent,tanh-square', 'unknown-value'],
    ['compare=', 'malformed'],
    ['seeds=1', 'out-of-range'],
    ['seeds=11', 'out-of-range'],
    ['seeds=2.5', 'malformed'],
  ];
  for (const [hash, reason] of BAD) {
    it(`refuses ${hash} with the notice (${reason}) and opens the single view`, () => {
      const { config, issues } = decoded(`#dataset=spiral&${hash}`);
      expect(issues).toEqual([{ key: hash.split('=')[0], value: hash.slice(hash.indexOf('=') + 1), reason }]);
      expect(config.compare).toBeNull();
      expect(config.seeds).toBeNull();
      expect(config.dataset).toBe('spiral');
    });
  }

  it('keeps one view: a comparison wins over seeds, and the notice says seeds was left out', () => {
    const { config, issues } = decoded('#compare=init:he,tfp&seeds=3');
    expect(config.compare).toEqual({ key: 'init', values: ['he', 'tfp'] });
    expect(config.seeds).toBeNull();
    expect(issues).toEqual([{ key: 'seeds', value: '3', reason: 'unknown-value' }]);
  });

  const compareish = fc.oneof(
    fc.string(),
    fc.tuple(fc.constantFrom('activation', 'learningRate', 'batchSize', 'networkShape', 'features', 'outputHead', 'x'), fc.array(fc.string(), { maxLength: 6 })).map(
      ([k, vs]) => `${k}:${vs.join(',')}`,
    ),
  );
  it('decodes any compare= or seeds= value without throwing, to a valid config', () =>
    fc.assert(
      fc.property(compareish, fc.string(), (c, s) => {
        const hash = `#compare=${c}&seeds=${s}`;
        const result = decodeUnchecked(hash);
        expect(isValidConfig(result.config)).toBe(true);
        expect(decodeHash(hash)).toEqual(result);
      }),
      { numRuns: 1000 },
    ));
});

const paramsOf = (c: PlaygroundConfig) => Array.from(new Run(c).net.params);

describe('compareRuns', () => {
  it('makes one run per value, labelled by it, with the rest shared and no comparison left in it', () => {
    const shared = decoded('#dataset=spiral&noise=20&compare=optimizer:sgd,momentum,adam').config;
    const runs = compareRuns(shared);
    expect(runs.map((r) => r.label)).toEqual(['sgd', 'momentum', 'adam']);
    expect(runs.map((r) => r.config.optimizer)).toEqual(['sgd', 'momentum', 'adam']);
    for (const r of runs) {
      expect(r.config.dataset).toBe('spiral');
      expect(r.config.noise).toBe(20);
      expect(r.config.compare).toBeNull();
      expect(isValidConfig(r.config)).toBe(true);
    }
  });

  it('runs that differ only in activation start from identical weights', () => {
    const shared = decoded('#networkShape=6,6,3&compare=activation:linear,tanh,relu,sigmoid').config;
    const runs = compareRuns(shared);
    expect(runs.map((r) => r.config.activations)).toEqual([
      ['linear', 'linear', 'linear'],
      ['tanh', 'tanh', 'tanh'],
      ['relu', 'relu', 'relu'],
      ['sigmoid', 'sigmoid', 'sigmoid'],
    ]);
    const first = paramsOf(runs[0].config);
    expect(first.length).toBe(2 * 6 + 6 + 6 * 6 + 6 + 6 * 3 + 3 + 3 + 1);
    expect(new Set(first).size).toBeGreaterThan(40);
    for (const r of runs.slice(1)) expect(paramsOf(r.config)).toEqual(first);
  });

  it('gives the same initial weights across optimizers, learning rates and batch sizes too', () => {
    for (const hash of ['compare=optimizer:sgd,adam', 'compare=learningRate:0.003,3', 'compare=batchSize:1,full', 'compare=regularization:none,L2']) {
      const runs = compareRuns(decoded(`#networkShape=5,3&${hash}`).config);
      expect(paramsOf(runs[1].config)).toEqual(paramsOf(runs[0].config));
    }
  });

  it('gives different initial weights to different initialisers', () => {
    const runs = compareRuns(decoded('#compare=init:tfp,he').config);
    expect(paramsOf(runs[1].config)).not.toEqual(paramsOf(runs[0].config));
  });

  it('fits per-layer activations and a new shape to each other', () => {
    const shape = compareRuns(decoded('#networkShape=4,2&activations=relu,tanh&compare=networkShape:3,5_5_5').config);
    expect(shape.map((r) => [r.config.networkShape, r.config.activations])).toEqual([
      [[3], ['relu']],
      [[5, 5, 5], ['relu', 'tanh', 'tanh']],
    ]);
    const acts = compareRuns(decoded('#networkShape=4,2,2&compare=activations:relu,sigmoid_tanh').config);
    expect(acts.map((r) => r.config.activations)).toEqual([
      ['relu', 'relu', 'relu'],
      ['sigmoid', 'tanh', 'tanh'],
    ]);
    for (const r of [...shape, ...acts]) expect(isValidConfig(r.config)).toBe(true);
  });

  it('reads batchSize:full as the whole set, and caps a batch larger than the training set', () => {
    const runs = compareRuns(decoded('#percTrainData=10&compare=batchSize:1,full,400').config);
    expect(runs.map((r) => [r.config.batchFull, r.config.batchSize])).toEqual([
      [false, 1],
      [true, 10],
      [false, 50],
    ]);
  });

  it('compares dropout with L1 and L2, with dropout off in the other runs', () => {
    const runs = compareRuns(decoded('#regularizationRate=0.03&dropout=0.2&compare=regularization:none,L1,dropout').config);
    expect(runs.map((r) => [r.config.regularization, r.config.dropout])).toEqual([
      ['none', 0],
      ['L1', 0],
      ['none', 0.2],
    ]);
    const noShared = compareRuns(decoded('#compare=regularization:L2,dropout').config);
    expect(noShared[1].config.dropout).toBe(0.5);
  });

  it('gives the seeds view the same data and the next draws of weights', () => {
    const shared = decoded('#resets=2&seeds=3').config;
    const runs = compareRuns(shared);
    expect(runs.map((r) => [r.label, r.config.resets])).toEqual([
      ['1', 2],
      ['2', 3],
      ['3', 4],
    ]);
    const built = runs.map((r) => new Run(r.config));
    expect(Array.from(built[1].data.train.x)).toEqual(Array.from(built[0].data.train.x));
    expect(Array.from(built[1].net.params)).not.toEqual(Array.from(built[0].net.params));
    expect(Array.from(built[2].net.params)).not.toEqual(Array.from(built[1].net.params));
  });

  it('parses against the configuration it varies', () => {
    const regression = defaultConfig();
    regression.problem = 'regression';
    regression.outputHead = 'linear-square';
    expect(parseCompare('outputHead:linear-square,linear-abs', regression).ok).toBe(true);
    expect(parseCompare('outputHead:tanh-square,sigmoid-xent', regression).ok).toBe(false);
  });
});
