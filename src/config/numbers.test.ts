import { describe, expect, it } from 'vitest';
import { parseDecimal, parseTypedDecimal } from './numbers';

describe('decimal numbers', () => {
  it('reads decimal notation and nothing Number() would coerce', () => {
    expect(parseDecimal('0.03')).toBe(0.03);
    expect(parseDecimal('-1.5e-3')).toBe(-0.0015);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('3.')).toBe(3);
    for (const bad of ['', ' 1', '1 ', '0x10', '0b1', '0o7', 'Infinity', 'NaN', '1e999', '12abc', '1,5', '+', '.', 'e5', '1'.repeat(33)]) {
      expect(parseDecimal(bad), JSON.stringify(bad)).toBeNaN();
    }
  });

  it('takes what people type: spaces around it and a decimal comma, and still no hex', () => {
    expect(parseTypedDecimal(' 0.3 ')).toBe(0.3);
    expect(parseTypedDecimal('0,5')).toBe(0.5);
    expect(parseTypedDecimal('-,25')).toBe(-0.25);
    expect(parseTypedDecimal('\u22122')).toBe(-2);
    for (const bad of ['0x10', '0X10', ' 0b11 ', 'Infinity', '1,2,3', '1.000,5', '', '   ']) {
      expect(parseTypedDecimal(bad), JSON.stringify(bad)).toBeNaN();
    }
  });
});
