import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { snapCustomData } from '../config/customData';
import { OWN_DATA_WORDS } from '../i18n/ownDataWords';
import { viewWord } from '../i18n/viewWords';
import { fakeHost } from '../worker/fakeHost';
import type { Frame, ModelMessage } from '../worker/protocol';
import { TrainingSession } from '../worker/session';
import { modelFileText, parseModelFile } from './modelFile';

/** A session trained `epochs` epochs, its model and its last frame (with pictures). */
function trained(config: PlaygroundConfig, epochs: number) {
  const h = fakeHost();
  const s = new TrainingSession(h.host);
  s.handle({ type: 'configure', config });
  for (let e = 0; e < epochs; e++) s.handle({ type: 'step', unit: 'epoch' });
  s.handle({ type: 'request-frame' });
  s.handle({ type: 'get-model' });
  const model = h.messages.find((m): m is ModelMessage => m.type === 'model')!;
  return { frame: h.frames().at(-1)!, model };
}

/** A fresh session given the file, as the page loads it: configure, then the parameters. */
function loaded(text: string): Frame {
  const read = parseModelFile(text);
  if (!read.ok) throw new Error(read.error.key);
  const h = fakeHost();
  const s = new TrainingSession(h.host);
  s.handle({ type: 'configure', config: read.config });
  s.handle({ type: 'request-frame' });
  s.handle({ type: 'set-model', params: read.params, stats: read.stats });
  s.handle({ type: 'request-frame' });
  return h.frames().at(-1)!;
}

const CONFIGS: Record<string, PlaygroundConfig> = {
  'the default run': defaultConfig(),
  'batch norm, ReLU, three classes': { ...defaultConfig(), problem: 'multiclass', outputHead: 'softmax-xent', batchNorm: true, activations: ['relu', 'relu'], optimizer: 'adam', learningRate: 0.01 },
  'drawn points': { ...defaultConfig(), customData: snapCustomData(2, [1, -2, 3, 4, -5], [2, 2, -1, 4, -3], [1, -1, 1, -1, 1]) },
};

describe('a model file', () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    it(`saved and loaded gives the same predictions on the grid, exactly (${name})`, () => {
      const before = trained(config, 7);
      const after = loaded(modelFileText(config, before.model));
      expect(after.grids).not.toBeNull();
      expect(Array.from(after.grids!.outputGrid)).toEqual(Array.from(before.frame.grids!.outputGrid));
      expect(after.trainLoss).toBe(before.frame.trainLoss);
      expect(after.testLoss).toBe(before.frame.testLoss);
      expect(Array.from(after.weights)).toEqual(Array.from(before.frame.weights));
      // And it is not the untrained network the configuration alone would give.
      expect(after.trainLoss).not.toBe(trained(config, 0).frame.trainLoss);
    });
  }
});

describe('five broken model files each say what is wrong', () => {
  const config = defaultConfig();
  const good = modelFileText(config, trained(config, 2).model);
  const file = JSON.parse(good) as { parameters: unknown[] };
  const words = (text: string) => {
    const read = parseModelFile(text);
    return read.ok ? 'loaded' : viewWord(OWN_DATA_WORDS, 'en', read.error.key, read.error.params);
  };

  it('truncated', () => {
    expect(words(good.slice(0, Math.floor(good.length / 2)))).toBe('The model file ends too early: it was cut short. Nothing changed.');
    expect(words(good.slice(0, good.length - 2))).toBe('The model file ends too early: it was cut short. Nothing changed.');
  });
  it('not JSON', () => {
    expect(words('x1,x2,label\n1,2,1\n')).toBe('The file is not JSON, so not a model file. Nothing changed.');
    expect(words('')).toBe('The file is not JSON, so not a model file. Nothing changed.');
  });
  it('foreign JSON', () => {
    expect(words('{"name": "my-app", "version": "1.0.0"}')).toBe('This JSON is not a model file of this playground. Nothing changed.');
    expect(words('[1, 2, 3]')).toBe('This JSON is not a model file of this playground. Nothing changed.');
  });
  it('wrong shapes', () => {
    expect(words(JSON.stringify({ ...file, parameters: file.parameters.slice(1) }))).toBe('The weights do not fit the network: 25 numbers expected, 24 found. Nothing changed.');
    expect(words(JSON.stringify({ ...file, config: { ...config, networkShape: [5], activations: ['tanh'] } }))).toMatch(/^The weights do not fit the network: 21 numbers expected, 25 found/);
  });
  it('NaN weights', () => {
    const nan = good.replace(/("parameters": \[\n\s*)[^,\n]+/, '$1NaN');
    expect(words(nan)).toBe('The file is not JSON, so not a model file. Nothing changed.');
    const withNull = { ...file, parameters: file.parameters.map((v, i) => (i === 3 ? null : v)) };
    expect(words(JSON.stringify(withNull))).toBe('Weight number 4 in the file is not a finite number. Nothing changed.');
    expect(words(JSON.stringify({ ...file, parameters: file.parameters.map((v, i) => (i === 0 ? 'NaN' : v)) }))).toBe('Weight number 1 in the file is not a finite number. Nothing changed.');
    expect(words(good.replace(/("parameters": \[\n\s*)[^,\n]+/, '$11e999'))).toBe('Weight number 1 in the file is not a finite number. Nothing changed.');
  });
  it('and settings that are not valid', () => {
    expect(words(JSON.stringify({ ...file, config: { ...config, learningRate: -1 } }))).toBe('The settings in the model file are not valid. Nothing changed.');
  });
});
