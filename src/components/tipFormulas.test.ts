import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, OPTIMIZERS, OUTPUT_HEADS } from '../config/config';
import { formulaTex, type FormulaKey } from './tipFormulas';

const keys: FormulaKey[] = [
  ...ACTIVATIONS.map((a) => `activation.${a}` as const),
  ...OUTPUT_HEADS.map((h) => `head.${h}` as const),
  ...OPTIMIZERS.map((o) => `optimizer.${o}` as const),
];

describe('tooltip formulas', () => {
  it.each(keys)('%s is TeX that KaTeX typesets without an error', (key) => {
    const tex = formulaTex(key);
    expect(tex.length).toBeGreaterThan(4);
    expect(() => katex.renderToString(tex, { output: 'mathml', throwOnError: true })).not.toThrow();
  });

  it('writes the book\'s update rule and the activations\' defining expressions', () => {
    expect(formulaTex('optimizer.sgd')).toContain('\\eta');
    expect(formulaTex('activation.relu')).toContain('\\max(0, z)');
    expect(formulaTex('activation.sigmoid')).toContain('0.25');
    expect(formulaTex('head.softmax-xent')).toContain('\\max z');
  });
});
