/**
 * Strict parsers for single hash values. Each returns the value or the reason it was refused,
 * never throws, and never accepts what `Number()` or `parseInt` would quietly coerce
 * ('', ' 1', '0x10', '1e999', 'NaN', '12abc'): numbers are read by config/numbers.ts, the same
 * reading the typed fields use.
 */
import { SEED_PATTERN } from '../config/config';
import { parseDecimal } from '../config/numbers';
import { inRange, type NumberRange } from '../config/ranges';

export type UrlIssueReason = 'unknown-key' | 'malformed' | 'out-of-range' | 'unknown-value';

/** One thing in a link we could not use. Plain strings, to be rendered as text, never as HTML. */
export interface UrlIssue {
  key: string;
  value: string;
  reason: UrlIssueReason;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: UrlIssueReason };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: UrlIssueReason): Parsed<T> => ({ ok: false, reason });

export function parseNumber(raw: string, range: NumberRange): Parsed<number> {
  const n = parseDecimal(raw);
  if (Number.isNaN(n)) return fail('malformed');
  if (range.integer && !Number.isInteger(n)) return fail('malformed');
  return inRange(n, range) ? ok(n) : fail('out-of-range');
}

/** TF writes exactly 'true' and 'false'; anything else was typed by hand and is refused. */
export function parseBoolean(raw: string): Parsed<boolean> {
  if (raw === 'true') return ok(true);
  if (raw === 'false') return ok(false);
  return fail('malformed');
}

export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  const found = allowed.find((a) => a === raw);
  return found === undefined ? fail('unknown-value') : ok(found);
}

/** TF's rule: an empty value is an empty list (`networkShape=` means no hidden layers). */
export function splitList(raw: string): string[] {
  return raw === '' ? [] : raw.split(',');
}

/**
 * A list of at most `maxLength` items, each parsed by `item`. Refused whole when any item
 * is, so a half-read list never reaches the network.
 */
export function parseList<T>(raw: string, maxLength: number, item: (s: string) => Parsed<T>): Parsed<T[]> {
  // Counting commas first keeps a 1000-item value from being split and parsed at all.
  let commas = 0;
  for (let i = 0; i < raw.length && commas < maxLength; i++) if (raw.charCodeAt(i) === 44) commas++;
  if (commas >= maxLength) return fail('out-of-range');
  const out: T[] = [];
  for (const part of splitList(raw)) {
    const p = item(part);
    if (!p.ok) return fail(p.reason);
    out.push(p.value);
  }
  return ok(out);
}

export function parseSeed(raw: string): Parsed<string> {
  return SEED_PATTERN.test(raw) ? ok(raw) : fail('malformed');
}

/** decodeURIComponent throws on bad escapes such as '%E0%A4%A'; this reports them instead. */
export function safeDecode(raw: string): string | null {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

const MAX_SHOWN = 60;

/**
 * Bidirectional controls (embeddings, overrides, isolates and marks: U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C). Invisible, and inside the notice's sentence one would
 * turn the rest of it around (`#%E2%80%AEataSted=xor`).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * A key or value as the notice may show it: bidirectional controls stripped, and shortened by
 * code points, so an emoji is never cut in half.
 */
export function truncateForIssue(raw: string): string {
  const s = raw.replace(BIDI_CONTROLS, '');
  if (s.length <= MAX_SHOWN) return s;
  // 2·MAX + 1 code units always hold more than MAX code points, so a long value is always cut.
  const points = Array.from(s.slice(0, MAX_SHOWN * 2 + 1));
  if (points.length <= MAX_SHOWN && s.length <= MAX_SHOWN * 2) return s;
  return points.slice(0, MAX_SHOWN - 1).join('') + '…';
}

/** Numbers as the encoder writes them: String() round-trips every double; −0 is kept. */
export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}
