/**
 * A Japanese page exports scripts whose every comment and docstring is Japanese: generated over
 * a matrix of configurations (every optimizer, head, penalty, activation, feature set and the
 * left-out settings), each comment is pulled out of the Python text and must hold a Japanese
 * character.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultConfig, FEATURES, HEADS_BY_PROBLEM, OPTIMIZERS, PROBLEMS, REGULARIZATIONS, type PlaygroundConfig } from '../config/config';
import { codeModel } from './codeModel';
import { numpyScript } from './numpyScript';
import { pytorchScript } from './pytorchScript';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;

const DATASET_OF = { classification: { dataset: 'circle' }, regression: { regDataset: 'reg-gauss' }, multiclass: { multiDataset: 'blobs3' } } as const;

const FEATURE_SETS: PlaygroundConfig['features'][] = [['x', 'y'], [...FEATURES], ['xTimesY'], []];

/** Every problem's every head × every optimizer × every penalty, the activations and feature sets cycling through. */
function matrix(): { name: string; config: PlaygroundConfig }[] {
  const out: { name: string; config: PlaygroundConfig }[] = [];
  let k = 0;
  for (const problem of PROBLEMS) {
    for (const outputHead of HEADS_BY_PROBLEM[problem]) {
      for (const optimizer of OPTIMIZERS) {
        for (const regularization of REGULARIZATIONS) {
          const a = ACTIVATIONS[k % ACTIVATIONS.length];
          const b = ACTIVATIONS[(k + 4) % ACTIVATIONS.length];
          const config: PlaygroundConfig = {
            ...defaultConfig(),
            ...DATASET_OF[problem],
            problem,
            outputHead,
            optimizer,
            regularization,
            regularizationRate: regularization === 'none' ? 0 : 0.01,
            activations: [a, b],
            features: FEATURE_SETS[k % FEATURE_SETS.length],
            // Every few, the settings the scripts leave out, so the header's note about them shows.
            dropout: k % 5 === 0 ? 0.2 : 0,
            batchNorm: k % 7 === 0,
            reshuffle: k % 3 === 0,
          };
          out.push({ name: `${outputHead} ${optimizer} ${regularization} ${a}/${b}`, config });
          k++;
        }
      }
    }
  }
  return out;
}

/**
 * The comments of a Python text: `#` outside a string literal to the end of the line, and the
 * text of each docstring. The shebang is left out: it is the interpreter's path for the system to
 * read, not a comment for the learner.
 */
function pythonComments(script: string): string[] {
  const comments: string[] = [];
  const lines = script.split('\n');
  let docstring: string[] | null = null;
  lines.forEach((line, index) => {
    if (docstring !== null) {
      const end = line.indexOf('"""');
      docstring.push(end < 0 ? line : line.slice(0, end));
      if (end >= 0) {
        comments.push(docstring.join('\n').trim());
        docstring = null;
      }
      return;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('"""')) {
      const rest = trimmed.slice(3);
      const end = rest.indexOf('"""');
      if (end >= 0) comments.push(rest.slice(0, end).trim());
      else docstring = [rest];
      return;
    }
    if (index === 0 && line.startsWith('#!')) return;
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote !== null) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '#') {
        comments.push(line.slice(i + 1).trim());
        break;
      }
    }
  });
  expect(docstring, 'a docstring left open').toBeNull();
  return comments;
}

describe('the comment finder', () => {
  it('finds line comments, inline comments and docstrings, and not a # inside a string', () => {
    const text = ['#!/usr/bin/env python3', '# top', "x = '#not'  # inline", 'def f():', '    """doc"""', '    """multi', '    line"""', '    return "#"'].join('\n');
    expect(pythonComments(text)).toEqual(['top', 'inline', 'doc', 'multi\n    line']);
  });
});

describe('a Japanese page exports scripts commented in Japanese', () => {
  const configs = matrix();

  it('covers every optimizer, head, penalty and activation', () => {
    expect(new Set(configs.map((c) => c.config.optimizer)).size).toBe(OPTIMIZERS.length);
    expect(new Set(configs.map((c) => c.config.outputHead)).size).toBe(Object.values(HEADS_BY_PROBLEM).flat().length);
    expect(new Set(configs.map((c) => c.config.regularization)).size).toBe(REGULARIZATIONS.length);
    expect(new Set(configs.flatMap((c) => c.config.activations)).size).toBe(ACTIVATIONS.length);
  });

  for (const flavour of ['numpy', 'pytorch'] as const) {
    it(`${flavour}: every comment and docstring holds Japanese, and none is dropped`, () => {
      const script = flavour === 'numpy' ? numpyScript : pytorchScript;
      const english: string[] = [];
      for (const { name, config } of configs) {
        const model = codeModel(config);
        const ja = pythonComments(script(model, 'ja'));
        const en = pythonComments(script(model, 'en'));
        // The same comments in both languages: a Japanese one was not bought by leaving one out.
        expect(ja.length, name).toBe(en.length);
        expect(ja.length, name).toBeGreaterThanOrEqual(flavour === 'numpy' ? 20 : 12);
        for (const c of ja) if (!JAPANESE.test(c)) english.push(`${name}: ${c}`);
        // The finder is not blind: the English script's comments are English.
        expect(en.filter((c) => JAPANESE.test(c)), name).toEqual([]);
      }
      expect([...new Set(english)]).toEqual([]);
    }, 60_000);
  }
});
