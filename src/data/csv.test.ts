import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapCustomData, type CustomData } from '../config/customData';
import { OWN_DATA_WORDS } from '../i18n/ownDataWords';
import { viewWord } from '../i18n/viewWords';
import { customTestMask } from './custom';
import { parseCsv, toCsv, type CsvMessage, type CsvResult } from './csv';

const words = (ms: CsvMessage[]) => ms.map((m) => viewWord(OWN_DATA_WORDS, 'en', m.key, m.params));
const errorsOf = (r: CsvResult): string[] => (r.ok ? [] : words(r.errors));
const notesOf = (r: CsvResult): string[] => (r.ok ? words(r.notes) : []);

const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

describe('parseCsv: bad input names the line and what is wrong, and imports nothing', () => {
  it("line 17: 'abc' is not a number", () => {
    const text = 'x1,x2,label\n' + rows(15, (i) => `${i * 0.1},1,1`) + '\nabc,2,-1\n3,3,1';
    expect(errorsOf(parseCsv(text))).toEqual(["line 17: 'abc' is not a number"]);
  });

  it('3 columns expected, found 2', () => {
    expect(errorsOf(parseCsv('1,2,1\n3,4\n5,6,-1'))).toEqual(['line 2: 3 columns expected, found 2']);
  });

  it('file is 40 MB; the limit is 5 MB', () => {
    expect(errorsOf(parseCsv('1,2,1', 40 * 1024 * 1024))).toEqual(['file is 40 MB; the limit is 5 MB']);
  });

  it('a fifth class name is refused at the line it appears', () => {
    const text = ['0,0,cat', '1,1,dog', '2,2,cow', '3,3,owl', '4,4,cat', '5,5,bee'].join('\n');
    expect(errorsOf(parseCsv(text))).toEqual(["line 6: 'bee' would be one class too many (at most 4)"]);
  });

  it('a fourth column other than train or test is refused', () => {
    expect(errorsOf(parseCsv('1,2,1,train\n1,2,1,maybe'))).toEqual(["line 2: 'maybe' in the fourth column should be train or test"]);
  });

  it('an empty file says where it ended', () => {
    expect(errorsOf(parseCsv(''))).toEqual(['line 1: the file ends without a row of data (x1, x2, label)']);
    expect(errorsOf(parseCsv('x1,x2,label\n\n'))).toEqual(['line 3: the file ends without a row of data (x1, x2, label)']);
  });

  it('lists five errors and counts the rest', () => {
    const r = parseCsv(rows(9, (i) => `a${i},1,1`).replace('a0,1,1', '0,1,1'));
    expect(errorsOf(r)).toEqual([
      "line 2: 'a1' is not a number",
      "line 3: 'a2' is not a number",
      "line 4: 'a3' is not a number",
      "line 5: 'a4' is not a number",
      "line 6: 'a5' is not a number",
      'and 3 more errors',
    ]);
  });

  it('a decimal comma is not read where the comma separates', () => {
    expect(parseCsv('1,5,2,1').ok).toBe(false);
  });
});

describe('parseCsv: what it reads', () => {
  it('a header, semicolons and decimal commas', () => {
    const r = parseCsv('x1;x2;y\n1,5;-2,25;1\n0,5;3;-1\n');
    expect(r.ok && r.problem).toBe('classification');
    expect(r.ok && r.data.x).toEqual([1.5, 0.5].map((v) => snapCustomData(2, [v], [0], [1]).x[0]));
    expect(r.ok && r.data.label).toEqual([1, -1]);
  });

  it('tabs, quotes and a byte-order mark', () => {
    const r = parseCsv('\uFEFF"x1"\t"x2"\t"class"\n1\t2\t"red"\n-1\t-2\tblue\n');
    expect(r.ok && r.data.label).toEqual([1, -1]);
  });

  it('0/1 labels become ±1; 0…K−1 become K classes; other numbers are regression values', () => {
    const two = parseCsv('0,0,0\n1,1,1');
    expect(two.ok && [two.problem, two.data.label]).toEqual(['classification', [-1, 1]]);
    const three = parseCsv('0,0,0\n1,1,1\n2,2,2');
    expect(three.ok && [three.problem, three.data.classes, three.data.label]).toEqual(['multiclass', 3, [0, 1, 2]]);
    const reg = parseCsv('0,0,0.25\n1,1,-0.5');
    expect(reg.ok && reg.problem).toBe('regression');
    expect(reg.ok && reg.data.label.map((v) => Math.abs(v - (v > 0 ? 0.25 : -0.5)) < 1e-4)).toEqual([true, true]);
  });

  it('class names: three names are three classes, in the order they appear', () => {
    const r = parseCsv('0,0,owl\n1,1,cat\n2,2,owl\n3,3,dog');
    expect(r.ok && [r.problem, r.data.label]).toEqual(['multiclass', [0, 1, 0, 2]]);
  });

  it('coordinates outside the plane are scaled onto −5…5 and the scaling is said', () => {
    const r = parseCsv('0,100,1\n1000,300,-1');
    expect(r.ok && r.data.x.map((v) => Math.round(v * 1000) / 1000)).toEqual([-5, 5]);
    expect(r.ok && r.data.y.map((v) => Math.round(v * 1000) / 1000)).toEqual([-5, 5]);
    expect(notesOf(r)).toContain('Scaled into the plane: x₁ 0 … 1000 and x₂ 100 … 300, each onto −5 … 5.');
  });

  it('coordinates already in the plane are used as they are', () => {
    const r = parseCsv('-6,6,1\n2,3,-1');
    expect(notesOf(r)).toEqual(['2 points read.']);
  });

  it('says how many rows were skipped and why', () => {
    const r = parseCsv('1,1,1\n2,NA,1\n3,3,-1\n,4,1');
    expect(r.ok && r.data.x.length).toBe(2);
    expect(notesOf(r)).toContain('2 rows skipped for a missing value (lines 2, 4)');
    const big = parseCsv(rows(5003, (i) => `${(i % 10) - 5},1,${i % 2 ? 1 : -1}`));
    expect(big.ok && big.data.x.length).toBe(5000);
    expect(notesOf(big)).toContain('3 rows skipped from line 5001 on: the limit is 5000 points');
  });
});

/** Custom data as drawing makes it: any raw numbers, snapped. */
const customData = (classes: number): fc.Arbitrary<CustomData> =>
  fc
    .array(fc.tuple(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }), fc.nat(1000), fc.double({ min: -2, max: 2, noNaN: true })), {
      minLength: 1,
      maxLength: 80,
    })
    .map((ps) =>
      snapCustomData(
        classes,
        ps.map((p) => p[0]),
        ps.map((p) => p[1]),
        ps.map((p) => (classes === 0 ? p[3] : classes === 2 ? (p[2] % 2 ? 1 : -1) : p[2] % classes)),
      ),
    )
    // K is read from the labels: a class with no point would read back as fewer classes.
    .filter((d) => classes <= 2 || new Set(d.label).size === classes);

describe('CSV round trip: export, then import, gives the same points', () => {
  for (const classes of [2, 3, 4, 0]) {
    it(`with ${classes === 0 ? 'regression values' : `${classes} classes`}`, () =>
      fc.assert(
        fc.property(customData(classes), fc.integer({ min: 10, max: 90 }), (d, perc) => {
          const text = toCsv(d, customTestMask(d, perc, 'seed'));
          const r = parseCsv(text);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.data).toEqual(d);
          expect(text.split('\n').filter((l) => l.endsWith(',test')).length).toBe(customTestMask(d, perc, 'seed').filter(Boolean).length);
        }),
        { numRuns: 150 },
      ));
  }
});

describe('parseCsv never throws', () => {
  const check = (text: string) => {
    const r = parseCsv(text);
    if (r.ok) {
      expect(r.data.x.length).toBeGreaterThan(0);
      for (const v of [...r.data.x, ...r.data.y, ...r.data.label]) expect(Number.isFinite(v)).toBe(true);
      return;
    }
    expect(r.errors.length).toBeGreaterThan(0);
    const first = r.errors[0];
    expect(Number.isInteger(first.line) && first.line! >= 1).toBe(true);
    expect(viewWord(OWN_DATA_WORDS, 'en', first.key, first.params)).toContain(`line ${first.line}`);
  };
  it('for any string: it reads points or names a line', () => fc.assert(fc.property(fc.string(), check), { numRuns: 2000 }));
  it('for CSV-like strings', () => {
    const field = fc.oneof(fc.constantFrom('1', '-2.5', '1,5', 'abc', '', 'NA', '"x"', 'train', '1e3', '0', 'cat'), fc.string({ maxLength: 4 }));
    const line = fc.array(field, { maxLength: 5 }).chain((fs) => fc.constantFrom(',', ';', '\t').map((sep) => fs.join(sep)));
    const text = fc.array(line, { maxLength: 20 }).chain((ls) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => ls.join(nl)));
    fc.assert(fc.property(text, check), { numRuns: 3000 });
  });
});
