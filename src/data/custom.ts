/**
 * The learner's own points (drawn or imported) as a dataset: the same columns as a generated
 * one, and a train/test split that stays put while points are added. A generated set is split
 * by shuffling; here a shuffle would move every point between train and test at each click, so
 * each point instead gets a fixed random rank from the seed and its index, and the lowest ranks
 * train. Adding a point moves at most one other across the line.
 */
import { activeDataset, numSamplesFor, type PlaygroundConfig } from '../config/config';
import type { CustomData } from '../config/customData';
import { hashSeed, type Rng } from '../engine/rng';
import { createTfRng } from '../engine/tfRng';
import { generateDataset, numClassesOf } from './datasets';
import { clampPercent, createPoints, gather, splitTrainTest, type Points } from './points';

export function customPoints(d: CustomData): Points {
  const p = createPoints(d.x.length);
  p.x.set(d.x);
  p.y.set(d.y);
  p.label.set(d.label);
  return p;
}

/** A 32-bit mix of the seed's hash and the index (murmur3's finaliser): the point's rank key. */
function rankKey(seedHash: number, i: number): number {
  let h = (seedHash ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Indices in rank order. */
function rankOrder(n: number, seed: string): number[] {
  const seedHash = hashSeed(seed);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = rankKey(seedHash, i);
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}

/** TF's floor(n · perc / 100), but never an empty training set while there are points: a first drawn point trains. */
const trainCount = (n: number, percTrain: number): number =>
  Math.max(Math.min(n, 1), Math.floor((n * clampPercent(percTrain)) / 100));

/**
 * The first floor(n · perc / 100) points by rank train, in rank order (a random order, as a
 * shuffled split gives); the rest test. Leaves `points` untouched.
 */
export function splitCustom(points: Points, percTrain: number, seed: string): { train: Points; test: Points } {
  const n = points.count;
  const order = rankOrder(n, seed);
  const cut = trainCount(n, percTrain);
  return { train: gather(points, order, 0, cut), test: gather(points, order, cut, n) };
}

/** Which of the points are test points (for the CSV's train/test column), by index. */
export function customTestMask(d: CustomData, percTrain: number, seed: string): boolean[] {
  const n = d.x.length;
  const order = rankOrder(n, seed);
  const cut = trainCount(n, percTrain);
  const mask = new Array<boolean>(n).fill(false);
  for (let k = cut; k < n; k++) mask[order[k]] = true;
  return mask;
}

/**
 * The points a configuration trains and tests on, and the seed's stream after them (where the
 * weights are drawn from): the learner's own points, or the dataset generated from the seed.
 */
export function splitForConfig(config: PlaygroundConfig): { train: Points; test: Points; numClasses: number; streamAfterData: Rng } {
  const rng = createTfRng(config.seed);
  const custom = config.customData;
  if (custom) return { ...splitCustom(customPoints(custom), config.percTrainData, config.seed), numClasses: custom.classes, streamAfterData: rng };
  const id = activeDataset(config);
  const split = splitTrainTest(generateDataset(id, numSamplesFor(config.problem), config.noise, rng), config.percTrainData, rng);
  return { ...split, numClasses: numClassesOf(id), streamAfterData: rng };
}

/** Train then test points as one set with its test mask, for export and for drawing on from them. */
export function joinSplit(train: Points, test: Points): { x: number[]; y: number[]; label: number[]; isTest: boolean[] } {
  const all = [train, test];
  return {
    x: all.flatMap((p) => Array.from(p.x)),
    y: all.flatMap((p) => Array.from(p.y)),
    label: all.flatMap((p) => Array.from(p.label)),
    isTest: all.flatMap((p, k) => new Array<boolean>(p.count).fill(k === 1)),
  };
}
