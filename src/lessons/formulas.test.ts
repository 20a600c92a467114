/**
 * Every lesson formula typesets: the page renders them with throwOnError off, so a TeX mistake
 * would reach the learner as red source text instead of failing anywhere else.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../config/config';
import { CATALOG } from './catalog';

const present = LESSON_IDS.flatMap((id) => (CATALOG[id] ? [[id, CATALOG[id]] as const] : []));

describe.each(present)('lesson %s', (_id, mod) => {
  it('has formulas KaTeX parses in strict mode, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      mod[lang].steps.forEach((step, k) => {
        if (!step.formula) return;
        const tex = step.formula;
        expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error' }), `${lang} step ${k + 1}`).not.toThrow();
      });
    }
  });
});
