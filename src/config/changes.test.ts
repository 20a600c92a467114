import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from './config';
import { classifyChange, DATA_KEYS, LIVE_KEYS, liveSettings, RESET_KEYS, VIEW_KEYS } from './changes';

describe('classifyChange', () => {
  const base = defaultConfig();
  it('tells view, live and rebuild changes apart', () => {
    expect(classifyChange(base, { ...base })).toBe('none');
    expect(classifyChange(base, { ...base, showTestData: true })).toBe('view');
    expect(classifyChange(base, { ...base, learningRate: 0.1 })).toBe('live');
    expect(classifyChange(base, { ...base, learningRate: 0.1, showTestData: true })).toBe('live');
    expect(classifyChange(base, { ...base, networkShape: [3] })).toBe('rebuild');
    expect(classifyChange(base, { ...base, seed: 'x', learningRate: 0.1 })).toBe('rebuild');
  });

  it('a new Reset count asks for new weights on the same data; with a new seed, for a rebuild', () => {
    expect(classifyChange(base, { ...base, resets: 1 })).toBe('reset');
    expect(classifyChange(base, { ...base, resets: 1, learningRate: 0.1, showTestData: true })).toBe('reset');
    expect(classifyChange(base, { ...base, resets: 0, seed: 'x' })).toBe('rebuild');
    expect(classifyChange({ ...base, resets: 3 }, { ...base, seed: 'x', resets: 0 })).toBe('rebuild');
    // The order of the points changes every update from the first: the run starts again.
    expect(classifyChange(base, { ...base, reshuffle: true })).toBe('rebuild');
  });

  it('new points keep the network (drawing, importing); with a new problem, a rebuild', () => {
    const points = { classes: 2, x: [1], y: [1], label: [1] };
    expect(classifyChange(base, { ...base, customData: points, learningRate: 0.1 })).toBe('data');
    expect(classifyChange(base, { ...base, customData: points, resets: 2 })).toBe('data');
    expect(classifyChange(base, { ...base, customData: { ...points, classes: 0 }, problem: 'regression' })).toBe('rebuild');
  });
});

/** Some other valid-looking value for any field: classifyChange compares values, not meanings. */
function changed(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'string' || value === null) return `${value}x`;
  if (Array.isArray(value)) return [...value, value[0] ?? 1];
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, changed(v)]));
}

describe('the live keys', () => {
  const base = defaultConfig();
  const keys = Object.keys(base) as (keyof PlaygroundConfig)[];

  it('are exactly the fields whose change classifyChange calls live; the view keys view; the reset keys reset; the rest rebuild', () => {
    const kindOf = (key: string) =>
      (LIVE_KEYS as readonly string[]).includes(key) ? 'live' : (VIEW_KEYS as readonly string[]).includes(key) ? 'view' : (RESET_KEYS as readonly string[]).includes(key) ? 'reset' : (DATA_KEYS as readonly string[]).includes(key) ? 'data' : 'rebuild';
    for (const key of keys) {
      const kind = classifyChange(base, { ...base, [key]: changed(base[key]) });
      expect(kind, key).toBe(kindOf(key));
    }
    // Every listed key is a field of the configuration.
    for (const key of [...LIVE_KEYS, ...VIEW_KEYS, ...RESET_KEYS, ...DATA_KEYS]) expect(keys).toContain(key);
  });

  it('are what a running worker is sent, and only those', () => {
    const config = { ...base, learningRate: 0.3, dropout: 0.2, noise: 30 };
    const sent = liveSettings(config);
    expect(Object.keys(sent).sort()).toEqual([...LIVE_KEYS].sort());
    for (const key of LIVE_KEYS) expect(sent[key]).toEqual(config[key]);
  });
});
