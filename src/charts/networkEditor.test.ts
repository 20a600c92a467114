import { describe, expect, it } from 'vitest';
import { parseParamInput } from './networkEditor';

describe('parseParamInput', () => {
  it('accepts plain, signed, exponent, comma-decimal and typographic-minus numbers', () => {
    expect(parseParamInput('0.25')).toBe(0.25);
    expect(parseParamInput(' -3 ')).toBe(-3);
    expect(parseParamInput('+.5')).toBe(0.5);
    expect(parseParamInput('1e-3')).toBe(0.001);
    expect(parseParamInput('0,75')).toBe(0.75);
    expect(parseParamInput('\u22122')).toBe(-2);
  });

  it('rejects empty, non-numeric and non-finite input', () => {
    for (const bad of ['', '  ', 'abc', '1.2.3', 'Infinity', 'NaN', '1e999', '0x10', '1,2,3']) expect(parseParamInput(bad), bad).toBeNull();
  });
});
