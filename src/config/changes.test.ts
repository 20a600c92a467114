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
});
