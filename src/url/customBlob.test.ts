import { describe, expect, it } from 'vitest';
import { defaultConfig, PLANE_EXTENT } from '../config/config';
import { coordFromLevel, coordLevel, isValidCustomData, snapCustomData, valueFromLevel, valueLevel, VALUE_LIMIT } from '../config/customData';
import { decodeCustomData, encodeCustomData, fromBase64Url, toBase64Url } from './customBlob';
import { decodeHash, encodeHash, isValidConfig } from './index';

/** 500 points spread over the plane, from a fixed formula (no rng needed). */
const drawn = (n: number, classes: number) =>
  snapCustomData(
    classes,
    Array.from({ length: n }, (_, i) => 5.9 * Math.sin(i * 1.7)),
    Array.from({ length: n }, (_, i) => 5.9 * Math.cos(i * 0.9)),
    Array.from({ length: n }, (_, i) => (classes === 0 ? Math.sin(i) * 1.5 : classes === 2 ? (i % 3 ? 1 : -1) : i % classes)),
  );

describe('the grid the link carries', () => {
  it('every level of a coordinate and of a value survives the round trip', () => {
    const lost: number[] = [];
    for (let u = 0; u <= 65535; u++) if (coordLevel(coordFromLevel(u)) !== u || valueLevel(valueFromLevel(u)) !== u) lost.push(u);
    expect(lost).toEqual([]);
    expect(coordFromLevel(0)).toBe(-PLANE_EXTENT);
    expect(coordFromLevel(65535)).toBe(PLANE_EXTENT);
    expect(valueFromLevel(65535)).toBe(VALUE_LIMIT);
  });

  it('base64url round-trips any bytes and refuses foreign characters', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('custom data in the link', () => {
  for (const [problem, classes] of [['classification', 2], ['multiclass', 3], ['multiclass', 4], ['regression', 0]] as const) {
    it(`500 points (${problem}, ${classes}) come back exactly, in under 4,100 characters of link`, () => {
      const config = { ...defaultConfig(), problem, outputHead: problem === 'regression' ? 'linear-square' : problem === 'multiclass' ? 'softmax-xent' : 'tanh-square', customData: drawn(500, classes) } as const;
      expect(isValidConfig(config)).toBe(true);
      const hash = encodeHash(config);
      const blob = /(?:^|&)data=([^&]*)/.exec(hash)?.[1] ?? '';
      expect(blob.length).toBeGreaterThan(2000);
      expect(blob.length).toBeLessThan(4100);
      expect(decodeHash(hash)).toEqual({ config, issues: [] });
    });
  }

  it('more than 1,000 points are left out of the link', () => {
    expect(encodeCustomData(drawn(1001, 2))).toBeNull();
    expect(encodeCustomData(drawn(1000, 2))).not.toBeNull();
  });

  it('a malformed blob: the notice, and the default dataset', () => {
    const good = encodeCustomData(drawn(20, 2))!;
    const broken = [good.slice(0, -3), good + 'AAAA', 'zzzz', '!!', 'AQIAAQ', good.replace(/^./, 'B')];
    for (const raw of broken) {
      const { config, issues } = decodeHash(`#dataset=xor&data=${raw}`);
      expect(config.customData).toBeNull();
      expect(config.dataset).toBe('xor');
      expect(issues.map((i) => [i.key, i.reason])).toEqual([['data', 'malformed']]);
    }
  });

  it('points for another problem are refused, not bent', () => {
    const blob = encodeCustomData(drawn(10, 0))!;
    expect(decodeCustomData(blob, 'classification')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(decodeHash(`#problem=classification&data=${blob}`).issues.map((i) => i.reason)).toEqual(['out-of-range']);
  });

  it('data off the grid, or with labels that do not fit, is not valid', () => {
    const d = drawn(5, 2);
    expect(isValidCustomData(d, 'classification')).toBe(true);
    expect(isValidCustomData({ ...d, x: [0.1234567, ...d.x.slice(1)] }, 'classification')).toBe(false);
    expect(isValidCustomData({ ...d, label: [0, ...d.label.slice(1)] }, 'classification')).toBe(false);
    expect(isValidCustomData(d, 'regression')).toBe(false);
    expect(isValidCustomData({ ...d, x: d.x.slice(1) }, 'classification')).toBe(false);
  });
});
