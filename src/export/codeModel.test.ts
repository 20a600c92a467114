/**
 * Which initial weights a script embeds: the seed's draw, or, after a model file was loaded, the
 * file's, and the header says which.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { codeModel } from './codeModel';
import { numpyScript } from './numpyScript';
import { pytorchScript } from './pytorchScript';

// The default network: 2 inputs, hidden layers of 4 and 2, one output.
const config: PlaygroundConfig = { ...defaultConfig(), features: ['x', 'y'], networkShape: [4, 2], activations: ['tanh', 'tanh'] };
const SIZES = [2, 4, 2, 1];
const COUNT = SIZES.slice(1).reduce((n, size, l) => n + SIZES[l] * size + size, 0);

/** Parameters no seed draws: distinct, and far from the ±0.5 of an initialiser. */
const fileParams = Float64Array.from({ length: COUNT }, (_, i) => 1.25 + i / 64);

describe('the initial weights a script starts from', () => {
  it('after a model file, are the file’s, layer by layer in the model file’s layout', () => {
    const model = codeModel(config, { params: fileParams });
    expect(model.start).toEqual({ from: 'file' });
    // The file's layout: per layer, W[to · fanIn + from], then the biases.
    let k = 0;
    model.layers.forEach((layer, l) => {
      const fanIn = SIZES[l];
      const fanOut = SIZES[l + 1];
      for (let to = 0; to < fanOut; to++) for (let from = 0; from < fanIn; from++) expect(layer.weights[to][from]).toBe(1.25 + (k + to * fanIn + from) / 64);
      k += fanIn * fanOut;
      expect(layer.biases).toEqual(Array.from({ length: fanOut }, (_, i) => 1.25 + (k + i) / 64));
      k += fanOut;
    });
    expect(k).toBe(COUNT);
  });

  it('without one, are the seed’s draw, the same as a second build of the same config', () => {
    const a = codeModel(config);
    const b = codeModel(config);
    expect(a.start).toEqual({ from: 'seed', seed: config.seed, resets: 0 });
    expect(a.layers).toEqual(b.layers);
    expect(a.layers[0].weights.flat().every((w) => Math.abs(w) <= 0.5)).toBe(true);
  });

  it('a file for another network is not taken for this one', () => {
    const model = codeModel(config, { params: fileParams.subarray(1) });
    expect(model.start.from).toBe('seed');
    expect(model.layers[0].weights[0][0]).not.toBe(1.25);
  });

  for (const [lang, file, seed] of [
    ['en', "the loaded model file's, not the seed's", 'those the seed 0.12345 draws'],
    ['ja', '読み込んだモデルファイルのもの', 'シード 0.12345 から生成'],
  ] as const) {
    it(`the header says which, in ${lang}, in both scripts`, () => {
      const loaded = codeModel(config, { params: fileParams });
      const seeded = codeModel({ ...config, seed: '0.12345' });
      for (const script of [numpyScript, pytorchScript]) {
        const head = (text: string) => text.split('\n').filter((line) => line.startsWith('# ')).slice(0, 5).join('\n');
        expect(head(script(loaded, lang))).toContain(file);
        expect(head(script(loaded, lang))).not.toContain(seed);
        expect(head(script(seeded, lang))).toContain(seed);
        // The embedded weights are the file's: its first weight is in the script, the seed's is not.
        expect(script(loaded, lang)).toContain(String(fileParams[0]));
      }
    });
  }

  it('after Reset, the header names the count of presses with the seed', () => {
    const model = codeModel({ ...config, seed: 'abc', resets: 2 });
    expect(numpyScript(model, 'en')).toContain('the seed abc draws after 2 presses of Reset');
  });
});
