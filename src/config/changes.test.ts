import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { classifyChange } from './changes';

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
});
