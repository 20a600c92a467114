import { describe, expect, it } from 'vitest';
import { translate } from './index';

describe('feature labels', () => {
  it('name the inputs as TF Playground does, X₁ for x and X₂ for y, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(translate(lang, 'feature.xSquared')).toBe('X₁²');
      expect(translate(lang, 'feature.sinY')).toBe('sin(X₂)');
    }
  });
});
