import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng';
import { generateDataset } from './datasets';
import { splitTrainTest, type Points } from './points';

function key(p: Points, i: number): string {
  return `${p.x[i]},${p.y[i]},${p.label[i]}`;
}

describe('splitTrainTest', () => {
  const data = generateDataset('circle', 500, 10, createRng(5));

  it.each([
    [50, 250, 250],
    [10, 50, 450],
    [90, 450, 50],
    [33, 165, 335],
  ])('%d %% of 500 → %d train, %d test', (perc, nTrain, nTest) => {
    const { train, test } = splitTrainTest(data, perc, createRng(6));
    expect(train.count).toBe(nTrain);
    expect(test.count).toBe(nTest);
    expect(train.x.length).toBe(nTrain);
    expect(test.label.length).toBe(nTest);
  });

  it('is a permutation: no point lost or duplicated, and it shuffles', () => {
    const { train, test } = splitTrainTest(data, 50, createRng(6));
    const seen: string[] = [];
    for (let i = 0; i < train.count; i++) seen.push(key(train, i));
    for (let i = 0; i < test.count; i++) seen.push(key(test, i));
    const original = Array.from({ length: data.count }, (_, i) => key(data, i));
    expect(new Set(seen).size).toBe(data.count);
    expect([...seen].sort()).toEqual([...original].sort());
    expect(seen).not.toEqual(original);
    // Generators emit positives first; a shuffled train half holds both classes.
    expect(new Set(train.label)).toEqual(new Set([1, -1]));
  });

  it('is deterministic in the rng and leaves its input alone', () => {
    const before = Float64Array.from(data.x);
    const a = splitTrainTest(data, 50, createRng('s'));
    const b = splitTrainTest(data, 50, createRng('s'));
    const c = splitTrainTest(data, 50, createRng('t'));
    expect(b.train.x).toEqual(a.train.x);
    expect(c.train.x).not.toEqual(a.train.x);
    expect(data.x).toEqual(before);
  });

  it('clamps a percentage outside 0–100', () => {
    expect(splitTrainTest(data, 150, createRng(1)).train.count).toBe(500);
    expect(splitTrainTest(data, -5, createRng(1)).test.count).toBe(500);
  });
});
