import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { changedSetting } from './lossGhost';

describe('changedSetting', () => {
  it('names the setting that changed and its value before, one activation for all layers as one', () => {
    const prev = defaultConfig();
    expect(changedSetting(prev, { ...prev, activations: ['relu', 'relu'] })).toEqual({ key: 'activations', before: 'tanh' });
    expect(changedSetting({ ...prev, activations: ['relu', 'tanh'] }, prev)).toEqual({ key: 'activations', before: 'relu,tanh' });
    expect(changedSetting(prev, { ...prev, learningRate: 3 })).toEqual({ key: 'learningRate', before: '0.03' });
  });

  it('leaves view settings out', () => {
    const prev = defaultConfig();
    expect(changedSetting(prev, { ...prev, speed: 'max', showTestData: true })).toBeNull();
  });
});
