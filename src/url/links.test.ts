/** Links as TF Playground and Deep Insider write them. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { decodeHash, isValidConfig } from './index';

const TF_XOR =
  '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0' +
  '&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false' +
  '&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false' +
  '&problem=classification&initZero=false&hideText=false';

describe('TF Playground links', () => {
  it('an empty hash is the defaults with no issues', () => {
    for (const h of ['', '#', '#&', '&&&']) expect(decodeHash(h)).toEqual({ config: defaultConfig(), issues: [] });
  });

  it('a full classification link', () => {
    const { config, issues } = decodeHash(TF_XOR);
    expect(issues).toEqual([]);
    expect(config).toEqual({ ...defaultConfig(), dataset: 'xor', activations: ['relu', 'relu'] });
  });

  it('reads the hash with or without #', () => {
    expect(decodeHash(TF_XOR.slice(1))).toEqual(decodeHash(TF_XOR));
  });

  it('a regression link gets identity + squared error', () => {
    const link =
      '#activation=sigmoid&batchSize=3&dataset=circle&regDataset=reg-gauss&learningRate=0.1&regularizationRate=0.003' +
      '&noise=15&networkShape=8,6,3&seed=0.61722&showTestData=true&discretize=true&percTrainData=30&x=true&y=false' +
      '&xTimesY=true&xSquared=true&ySquared=true&cosX=false&sinX=true&cosY=false&sinY=true&collectStats=false' +
      '&problem=regression&initZero=true&hideText=true&regularization=L2';
    const { config, issues } = decodeHash(link);
    expect(issues).toEqual([]);
    expect(config).toEqual({
      ...defaultConfig(),
      problem: 'regression',
      regDataset: 'reg-gauss',
      outputHead: 'linear-square',
      activations: ['sigmoid', 'sigmoid', 'sigmoid'],
      networkShape: [8, 6, 3],
      batchSize: 3,
      learningRate: 0.1,
      regularization: 'L2',
      regularizationRate: 0.003,
      noise: 15,
      seed: '0.61722',
      showTestData: true,
      discretize: true,
      percTrainData: 30,
      features: ['x', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
      init: 'zeros',
      hideText: true,
    });
  });

  it('an empty networkShape means no hidden layers', () => {
    const { config, issues } = decodeHash('networkShape=&activation=linear');
    expect(issues).toEqual([]);
    expect(config.networkShape).toEqual([]);
    expect(config.activations).toEqual([]);
  });

  it('activation applies to every layer of the shape given', () => {
    expect(decodeHash('networkShape=1,2,3,4&activation=relu').config.activations).toEqual(['relu', 'relu', 'relu', 'relu']);
    expect(decodeHash('networkShape=5').config.activations).toEqual(['tanh']);
  });

  it('hide keys, TF and ours, and their aliases', () => {
    const { config, issues } = decodeHash(
      'dataset_hide=true&noise_hide=true&learningRate_hide=true&activation_hide=true&problem_hide=true' +
        '&batchSize_hide=true&percTrainData_hide=true&regularization_hide=true&regularizationRate_hide=true' +
        '&networkShape_hide=true&numHiddenLayers_hide=true&xSquared_hide=true&showTestData_hide=false' +
        '&optimizer_hide=true&dropout_hide=true&regDataset_hide=true&collectStats_hide=true',
    );
    expect(issues).toEqual([]);
    expect(config.hidden).toEqual([
      'dataset', 'noise', 'learningRate', 'activation', 'problem', 'batchSize', 'percTrainData',
      'regularization', 'regularizationRate', 'numHiddenLayers', 'xSquared', 'optimizer', 'dropout',
    ]);
  });

  it('reports an unknown hide key and a bad hide value', () => {
    const { config, issues } = decodeHash('bogus_hide=true&noise_hide=yes');
    expect(config.hidden).toEqual([]);
    expect(issues).toEqual([
      { key: 'bogus_hide', value: 'true', reason: 'unknown-key' },
      { key: 'noise_hide', value: 'yes', reason: 'malformed' },
    ]);
  });

  it('accepts the tutorial key without an issue', () => {
    expect(decodeHash('tutorial=dp-reducing-loss').issues).toEqual([]);
  });
});

describe('Deep Insider links', () => {
  // As published on the web (Qiita / GitHub notes linking to deepinsider.github.io/playground).
  const DI_LINEAR =
    '#activation=linear&activspacer=false&loss=mse&batchSize=10&batchFull=false&dataset=gauss&regDataset=reg-plane' +
    '&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.34347&showTrainData=true' +
    '&showValidationData=false&showTestData=true&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false' +
    '&xSquared=false&ySquared=false&sinX=false&sinY=false&problem=classification&initOrigin=false&hideText=false';

  it('a full link', () => {
    const { config, issues } = decodeHash(DI_LINEAR);
    expect(issues).toEqual([]);
    expect(config).toEqual({
      ...defaultConfig(),
      dataset: 'gauss',
      activations: ['linear', 'linear'],
      seed: '0.34347',
      // initOrigin=false is Deep Insider's Glorot-uniform initialisation.
      init: 'glorot',
      // showValidationData is TF's test split; Deep Insider's showTestData (probe points) is ignored.
      showTestData: false,
      showTrainData: true,
    });
  });

  it('an empty network with hidden features', () => {
    const link =
      '#activation=tanh&activspacer=false&loss=mse&batchSize=10&batchFull=false&dataset=gauss&regDataset=reg-plane' +
      '&learningRate=0.03&regularizationRate=0&noise=0&networkShape=&seed=0.17900&showTrainData=true' +
      '&showValidationData=false&showTestData=true&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false' +
      '&xSquared=false&ySquared=false&sinX=false&sinY=false&problem=classification&initOrigin=false&hideText=true' +
      '&xSquared_hide=true&ySquared_hide=true&xTimesY_hide=true&sinX_hide=true&sinY_hide=true';
    const { config, issues } = decodeHash(link);
    expect(issues).toEqual([]);
    expect(config.networkShape).toEqual([]);
    expect(config.hideText).toBe(true);
    expect(config.hidden).toEqual(['xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']);
  });

  it('loss=mae on regression is identity + absolute error', () => {
    const { config, issues } = decodeHash('problem=regression&loss=mae');
    expect(issues).toEqual([]);
    expect(config.outputHead).toBe('linear-abs');
  });

  it('loss=mae on classification is reported (no tanh + absolute head)', () => {
    const { config, issues } = decodeHash('problem=classification&loss=mae');
    expect(config.outputHead).toBe('tanh-square');
    expect(issues).toEqual([{ key: 'loss', value: 'mae', reason: 'out-of-range' }]);
  });

  it('batchFull, showValidationData, initOrigin=true, elu', () => {
    const { config, issues } = decodeHash('batchFull=true&showValidationData=true&initOrigin=true&activation=elu');
    expect(issues).toEqual([]);
    expect(config).toMatchObject({ batchFull: true, showTestData: true, init: 'tfp', activations: ['elu', 'elu'] });
  });

  it('its activations we lack are reported', () => {
    const { config, issues } = decodeHash('activation=selu');
    expect(config.activations).toEqual(['tanh', 'tanh']);
    expect(issues).toEqual([{ key: 'activation', value: 'selu', reason: 'unknown-value' }]);
  });

  it('initZero beats initOrigin, init beats both', () => {
    expect(decodeHash('initOrigin=true&initZero=true').config.init).toBe('zeros');
    expect(decodeHash('initOrigin=true&initZero=true&init=he').config.init).toBe('he');
  });

  it('all decode to valid configs', () => {
    expect(isValidConfig(decodeHash(DI_LINEAR).config)).toBe(true);
  });
});
