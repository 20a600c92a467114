/**
 * The learner's CSV in and out: `x1,x2,label` rows, a header line optional, separated by
 * commas, semicolons or tabs. Pure and total: any text gives either points or messages, each
 * naming the line it is about, and never throws.
 *
 * - Decimal commas (`1,5`) are read where the separator is not a comma, so they cannot be
 *   mistaken for one.
 * - Labels: a third column headed `value` or `target` → regression values; else all numbers in {−1, 1} or {0, 1} → two classes; whole numbers 0…K−1 (K ≤ 4) → K
 *   classes; other numbers → regression values; any other word → class names (two names → two
 *   classes, the first seen being class 1).
 * - Coordinates already in the plane are used as they are; otherwise each axis is mapped onto
 *   [−5, 5], and the mapping is reported. Regression values beyond ±VALUE_LIMIT are mapped onto
 *   [−1, 1] the same way.
 * - A row with a missing value (empty, NA, NaN) is skipped, and so are rows past the 5,000th
 *   point; both are counted and reported. Anything else wrong refuses the whole file.
 *
 * Messages are i18n keys with their parameters; the page words them.
 */
import { PLANE_EXTENT, type Problem } from '../config/config';
import { MAX_CSV_BYTES } from './csvLimits';
import { MAX_CUSTOM_CLASSES, MAX_CUSTOM_POINTS, problemForClasses, snapCustomData, VALUE_LIMIT, type CustomData } from '../config/customData';

/** Errors listed before the rest are only counted. */
const MAX_LISTED = 5;
/** Where scaled coordinates land: inside the plane with a margin, as the generated sets do. */
const SCALED_EXTENT = 5;

export { MAX_CSV_BYTES };

export type CsvMessageKey =
  | 'csv.tooLarge'
  | 'csv.noRows'
  | 'csv.columns'
  | 'csv.notNumber'
  | 'csv.notSplit'
  | 'csv.tooManyClasses'
  | 'csv.moreErrors'
  | 'csv.skippedMissing'
  | 'csv.skippedLimit'
  | 'csv.scaled'
  | 'csv.scaledValues'
  | 'csv.read';

export interface CsvMessage {
  key: CsvMessageKey;
  /** The line (from 1) the message is about; absent for a summary. */
  line?: number;
  params: Record<string, string | number>;
}

export type CsvResult =
  | { ok: true; data: CustomData; problem: Problem; notes: CsvMessage[] }
  | { ok: false; errors: CsvMessage[] };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const MISSING = new Set(['', 'na', 'nan', 'null', 'n/a', '?']);
/** A third column headed so holds regression values, whatever numbers it has (the exporter writes `value`). */
const VALUE_HEADERS = new Set(['value', 'target']);

/** A number, or null. `decimalComma`: "1,5" is 1.5. */
export function readNumber(field: string, decimalComma: boolean): number | null {
  const s = decimalComma && DECIMAL_COMMA.test(field) ? field.replace(',', '.') : field;
  if (!NUMBER.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Splits on `sep` outside double quotes; a doubled quote inside quotes is a quote. */
function splitRow(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

function separatorOf(line: string): string {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  return ',';
}

/** A value as a message shows it: short, one line. */
const shown = (s: string): string => (s.length > 24 ? s.slice(0, 23) + '…' : s);

interface Row {
  line: number;
  x: number;
  y: number;
  label: string;
}

/** Maps [lo, hi] onto [−to, to]: v' = (v − centre) · factor. */
function fit(lo: number, hi: number, to: number): { centre: number; factor: number } {
  const centre = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  return { centre, factor: half > 0 ? to / half : 1 };
}

const range = (v: number[]): [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of v) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return [lo, hi];
};

const round = (n: number): number => Number(n.toPrecision(4));

/** The labels' meaning, or the line of the class too many. */
function readLabels(rows: Row[], decimalComma: boolean, valuesHeader: boolean): { classes: number; label: number[] } | CsvMessage {
  const numbers = rows.map((r) => readNumber(r.label, decimalComma));
  if (numbers.every((n) => n !== null)) {
    const values = numbers as number[];
    if (valuesHeader) return { classes: 0, label: values };
    const distinct = new Set(values);
    const all = (allowed: number[]) => [...distinct].every((v) => allowed.includes(v));
    if (all([-1, 1])) return { classes: 2, label: values };
    if (all([0, 1])) return { classes: 2, label: values.map((v) => (v > 0 ? 1 : -1)) };
    const k = Math.max(...distinct) + 1;
    if (k <= MAX_CUSTOM_CLASSES && [...distinct].every((v) => Number.isInteger(v) && v >= 0)) return { classes: k, label: values };
    return { classes: 0, label: values };
  }
  // Words: class names, in the order they first appear.
  const names = new Map<string, number>();
  const label: number[] = [];
  for (const r of rows) {
    let k = names.get(r.label);
    if (k === undefined) {
      k = names.size;
      if (k >= MAX_CUSTOM_CLASSES) return { key: 'csv.tooManyClasses', line: r.line, params: { line: r.line, value: shown(r.label), max: MAX_CUSTOM_CLASSES } };
      names.set(r.label, k);
    }
    label.push(k);
  }
  if (names.size <= 2) return { classes: 2, label: label.map((k) => (k === 0 ? 1 : -1)) };
  return { classes: names.size, label };
}

/**
 * The rows' points, scaled onto the plane when some lie past it, and their values (regression
 * values past VALUE_LIMIT scaled onto ±1), with a note for each scaling.
 */
function fitToPlane(rows: Row[], classes: number, label: number[]): { xs: number[]; ys: number[]; values: number[]; notes: CsvMessage[] } {
  const notes: CsvMessage[] = [];
  let xs = rows.map((r) => r.x);
  let ys = rows.map((r) => r.y);
  let values = label;
  const [x0, x1] = range(xs);
  const [y0, y1] = range(ys);
  if (Math.max(-x0, x1, -y0, y1) > PLANE_EXTENT) {
    const fx = fit(x0, x1, SCALED_EXTENT);
    const fy = fit(y0, y1, SCALED_EXTENT);
    xs = xs.map((v) => (v - fx.centre) * fx.factor);
    ys = ys.map((v) => (v - fy.centre) * fy.factor);
    notes.push({ key: 'csv.scaled', params: { x0: round(x0), x1: round(x1), y0: round(y0), y1: round(y1), to: SCALED_EXTENT } });
  }
  if (classes === 0) {
    const [v0, v1] = range(values);
    if (Math.max(-v0, v1) > VALUE_LIMIT) {
      const fv = fit(v0, v1, 1);
      values = values.map((v) => (v - fv.centre) * fv.factor);
      notes.push({ key: 'csv.scaledValues', params: { v0: round(v0), v1: round(v1) } });
    }
  }
  return { xs, ys, values, notes };
}

/**
 * Reads a CSV. `byteSize` is the file's size when it came from a file (a pasted text is measured
 * by its length); past MAX_CSV_BYTES nothing is read.
 */
export function parseCsv(text: string, byteSize: number = text.length): CsvResult {
  if (byteSize > MAX_CSV_BYTES) {
    const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
    return { ok: false, errors: [{ key: 'csv.tooLarge', line: 1, params: { line: 1, size: mb(byteSize), limit: mb(MAX_CSV_BYTES) } }] };
  }
  const lines = text.split(/\r\n|\n|\r/);
  const errors: CsvMessage[] = [];
  let errorCount = 0;
  const fail = (m: CsvMessage) => {
    errorCount++;
    if (errors.length < MAX_LISTED) errors.push(m);
  };
  const rows: Row[] = [];
  const missing: number[] = [];
  let overLimit = 0;
  let firstOverLimit = 0;
  let sep: string | null = null;
  let seenFirst = false;
  let valuesHeader = false;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i].replace(/^\uFEFF/, '');
    if (raw.trim() === '') continue;
    sep ??= separatorOf(raw);
    const decimalComma = sep !== ',';
    const fields = splitRow(raw, sep);
    const first = !seenFirst;
    seenFirst = true;
    // A header: the first line whose coordinates are not both numbers.
    if (first && (readNumber(fields[0], decimalComma) === null || readNumber(fields[1] ?? '', decimalComma) === null)) {
      if (fields.length !== 3 && fields.length !== 4) fail({ key: 'csv.columns', line: lineNo, params: { line: lineNo, found: fields.length } });
      valuesHeader = VALUE_HEADERS.has((fields[2] ?? '').toLowerCase());
      continue;
    }
    if (fields.length !== 3 && fields.length !== 4) {
      fail({ key: 'csv.columns', line: lineNo, params: { line: lineNo, found: fields.length } });
      continue;
    }
    if (fields.slice(0, 3).some((f) => MISSING.has(f.toLowerCase()))) {
      missing.push(lineNo);
      continue;
    }
    const x = readNumber(fields[0], decimalComma);
    const y = readNumber(fields[1], decimalComma);
    const bad = x === null ? fields[0] : y === null ? fields[1] : null;
    if (bad !== null) {
      fail({ key: 'csv.notNumber', line: lineNo, params: { line: lineNo, value: shown(bad) } });
      continue;
    }
    // The exporter's train/test column is read and checked; the split follows the train share.
    if (fields.length === 4 && !['train', 'test'].includes(fields[3].toLowerCase())) {
      fail({ key: 'csv.notSplit', line: lineNo, params: { line: lineNo, value: shown(fields[3]) } });
      continue;
    }
    if (rows.length >= MAX_CUSTOM_POINTS) {
      if (overLimit === 0) firstOverLimit = lineNo;
      overLimit++;
      continue;
    }
    rows.push({ line: lineNo, x: x!, y: y!, label: fields[2] });
  }

  if (errorCount > MAX_LISTED) errors.push({ key: 'csv.moreErrors', line: errors[errors.length - 1].line, params: { count: errorCount - MAX_LISTED } });
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) {
    const last = Math.max(1, lines.length);
    return { ok: false, errors: [{ key: 'csv.noRows', line: last, params: { line: last, skipped: missing.length } }] };
  }

  const labels = readLabels(rows, sep !== ',', valuesHeader);
  if ('key' in labels) return { ok: false, errors: [labels] };

  const { xs, ys, values, notes } = fitToPlane(rows, labels.classes, labels.label);
  const data = snapCustomData(labels.classes, xs, ys, values);
  notes.unshift({ key: 'csv.read', params: { count: data.x.length } });
  if (missing.length > 0) notes.push({ key: 'csv.skippedMissing', params: { count: missing.length, lines: missing.slice(0, MAX_LISTED).join(', ') } });
  if (overLimit > 0) notes.push({ key: 'csv.skippedLimit', params: { count: overLimit, line: firstOverLimit, limit: MAX_CUSTOM_POINTS } });
  return { ok: true, data, problem: problemForClasses(labels.classes), notes };
}

/** The data as CSV, with a column saying which points train and which test. */
export function toCsv(d: CustomData, isTest: readonly boolean[]): string {
  const out = [d.classes === 0 ? 'x1,x2,value,split' : 'x1,x2,label,split'];
  for (let i = 0; i < d.x.length; i++) out.push(`${d.x[i]},${d.y[i]},${d.label[i]},${isTest[i] ? 'test' : 'train'}`);
  return out.join('\n') + '\n';
}
