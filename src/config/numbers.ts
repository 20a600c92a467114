/**
 * One reading of a decimal number, for the link and for what a person types: decimal notation
 * only, never what `Number()` would quietly coerce ('', ' 1', '0x10', '0b1', 'Infinity', '12abc').
 */

/** What String(number) writes, and what a person types. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Long enough for any double String() writes; longer is an attack or an accident. */
const MAX_DECIMAL_LENGTH = 32;

/** The number `text` writes in decimal notation, or NaN (also for one too large to be finite). */
export function parseDecimal(text: string): number {
  if (text.length > MAX_DECIMAL_LENGTH || !DECIMAL.test(text)) return NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A number as a person types it into a field: surrounding spaces are fine, and so are one
 * decimal comma ("0,5") and the true minus sign the charts write (U+2212, as in "−2", copied
 * back from a label); otherwise exactly parseDecimal, so a field accepts what a link does.
 */
export function parseTypedDecimal(text: string): number {
  const t = text.trim().replace(/\u2212/g, '-');
  return parseDecimal(/^[+-]?\d*,\d+$/.test(t) ? t.replace(',', '.') : t);
}
