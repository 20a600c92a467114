import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { decodeHash, isValidConfig } from '../url';
import { compareRuns } from '../url/compare';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { PRESET_IDS, PRESETS, presetConfig } from './comparePresets';

describe('compare presets', () => {
  it('are the eight comparisons the issue names, each with its words in both languages', () => {
    expect(PRESET_IDS).toEqual(['activation', 'deep', 'optimizer', 'learningRate', 'batchSize', 'init', 'batchNorm', 'regularization']);
    for (const id of PRESET_IDS) {
      expect(COMPARE_WORDS.en[`compare.preset.${id}`]).toBeTruthy();
      expect(COMPARE_WORDS.ja[`compare.preset.${id}`]).toBeTruthy();
    }
  });

  for (const id of PRESET_IDS) {
    it(`${id} opens with no notice, 2–4 valid runs, and keeps the language and pace`, () => {
      expect(decodeHash(PRESETS[id]).issues).toEqual([]);
      const current = { ...defaultConfig(), lang: 'ja' as const, speed: 'max' as const };
      const config = presetConfig(id, current);
      expect(config.compare).not.toBeNull();
      expect(config.lang).toBe('ja');
      expect(config.speed).toBe('max');
      const runs = compareRuns(config);
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.length).toBeLessThanOrEqual(4);
      for (const r of runs) expect(isValidConfig(r.config)).toBe(true);
    });
  }

  it('runs each on the data and network the lesson needs', () => {
    const deep = compareRuns(presetConfig('deep', defaultConfig()));
    expect(deep.map((r) => r.config.activations)).toEqual([Array(6).fill('sigmoid'), Array(6).fill('relu')]);
    const optimizer = compareRuns(presetConfig('optimizer', defaultConfig()));
    expect(optimizer.map((r) => [r.config.dataset, r.config.optimizer])).toEqual([
      ['spiral', 'sgd'],
      ['spiral', 'momentum'],
      ['spiral', 'adam'],
    ]);
    const reg = compareRuns(presetConfig('regularization', defaultConfig()));
    expect(reg.map((r) => [r.config.regularization, r.config.dropout])).toEqual([
      ['none', 0],
      ['L1', 0],
      ['L2', 0],
      ['none', 0.3],
    ]);
    expect(reg[0].config.noise).toBeGreaterThan(0);
    expect(reg[0].config.percTrainData).toBeLessThan(50);
  });
});
