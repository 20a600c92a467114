/**
 * Drawn or imported points in the link (`data=`): base64url of a small binary record, so 500
 * points take about 3,300 characters.
 *
 *   byte 0      format version (1)
 *   byte 1      classes: 0 regression, 2 two classes (±1), K classes (0..K−1)
 *   bytes 2–3   point count n, big-endian
 *   then n × (x: uint16, y: uint16) on the grid of config/customData.ts, big-endian
 *   then the labels: two classes 1 bit each (1 = +1), K classes 1 byte each, regression uint16 each
 *
 * Pure and strict: any byte out of place refuses the whole blob.
 */
import type { Problem } from '../config/config';
import {
  coordFromLevel,
  coordLevel,
  MAX_CUSTOM_CLASSES,
  MAX_LINK_POINTS,
  problemForClasses,
  valueFromLevel,
  valueLevel,
  type CustomData,
} from '../config/customData';
import type { Parsed } from './parse';

const VERSION = 1;
const HEADER = 4;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

/** null for a character outside the alphabet or a length no encoder writes. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (const ch of text) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 255;
    }
  }
  // Leftover bits must be zero, or two strings would mean the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

function labelBytes(classes: number, n: number): number {
  return classes === 0 ? 2 * n : classes === 2 ? Math.ceil(n / 8) : n;
}

/** null when the data is too large for a link (the copy-link button offers the CSV instead). */
export function encodeCustomData(d: CustomData): string | null {
  const n = d.x.length;
  if (n > MAX_LINK_POINTS) return null;
  const bytes = new Uint8Array(HEADER + 4 * n + labelBytes(d.classes, n));
  const view = new DataView(bytes.buffer);
  bytes[0] = VERSION;
  bytes[1] = d.classes;
  view.setUint16(2, n);
  for (let i = 0; i < n; i++) {
    view.setUint16(HEADER + 4 * i, coordLevel(d.x[i]));
    view.setUint16(HEADER + 4 * i + 2, coordLevel(d.y[i]));
  }
  const at = HEADER + 4 * n;
  for (let i = 0; i < n; i++) {
    if (d.classes === 0) view.setUint16(at + 2 * i, valueLevel(d.label[i]));
    else if (d.classes === 2) bytes[at + (i >> 3)] |= d.label[i] > 0 ? 1 << (i & 7) : 0;
    else bytes[at + i] = d.label[i];
  }
  return toBase64Url(bytes);
}

/** The points of a `data=` value, for a link whose problem is `problem`. */
export function decodeCustomData(raw: string, problem: Problem): Parsed<CustomData> {
  const bytes = fromBase64Url(raw);
  if (bytes === null || bytes.length < HEADER || bytes[0] !== VERSION) return { ok: false, reason: 'malformed' };
  const classes = bytes[1];
  if (classes === 1 || classes > MAX_CUSTOM_CLASSES) return { ok: false, reason: 'malformed' };
  const view = new DataView(bytes.buffer);
  const n = view.getUint16(2);
  if (n > MAX_LINK_POINTS || bytes.length !== HEADER + 4 * n + labelBytes(classes, n)) return { ok: false, reason: 'malformed' };
  // The problem keys decide what the points mean; data for another problem is refused, not bent.
  if (problemForClasses(classes) !== problem) return { ok: false, reason: 'out-of-range' };
  const d: CustomData = { classes, x: new Array<number>(n), y: new Array<number>(n), label: new Array<number>(n) };
  const at = HEADER + 4 * n;
  for (let i = 0; i < n; i++) {
    d.x[i] = coordFromLevel(view.getUint16(HEADER + 4 * i));
    d.y[i] = coordFromLevel(view.getUint16(HEADER + 4 * i + 2));
    if (classes === 0) {
      d.label[i] = valueFromLevel(view.getUint16(at + 2 * i));
    } else if (classes === 2) {
      d.label[i] = (bytes[at + (i >> 3)] >> (i & 7)) & 1 ? 1 : -1;
    } else {
      const k = bytes[at + i];
      if (k >= classes) return { ok: false, reason: 'malformed' };
      d.label[i] = k;
    }
  }
  // Unused bits of the last label byte must be zero, so each set of points has one spelling.
  if (classes === 2 && n % 8 !== 0 && bytes[at + (n >> 3)] >> (n & 7) !== 0) return { ok: false, reason: 'malformed' };
  return { ok: true, value: d };
}
