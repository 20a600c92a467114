/**
 * Every dataset, keyed by the token the URL carries. Callers ask this file, never the individual
 * generators, so a new dataset is one registry entry.
 */
import type { DatasetId, Problem } from '../config/config';
import type { Rng } from '../engine/rng';
import { classifyCircle, classifySpiral, classifyTwoGauss, classifyXor } from './binary';
import { blobs3, blobs4, spiral3 } from './multiclass';
import type { Points } from './points';
import { regressGauss, regressPlane } from './regression';

export { splitTrainTest, type Points } from './points';

export interface DatasetSpec {
  problem: Problem;
  /** 2 for ±1 labels, K for class indices 0..K−1, 0 for real-valued labels. */
  numClasses: number;
  /** `noise` is a fraction, 0–0.5 (the URL's percent / 100), as TF's generators take it. */
  generate: (numSamples: number, noise: number, rng: Rng) => Points;
}

export const DATASET_REGISTRY: Record<DatasetId, DatasetSpec> = {
  circle: { problem: 'classification', numClasses: 2, generate: classifyCircle },
  xor: { problem: 'classification', numClasses: 2, generate: classifyXor },
  gauss: { problem: 'classification', numClasses: 2, generate: classifyTwoGauss },
  spiral: { problem: 'classification', numClasses: 2, generate: classifySpiral },
  'reg-plane': { problem: 'regression', numClasses: 0, generate: regressPlane },
  'reg-gauss': { problem: 'regression', numClasses: 0, generate: regressGauss },
  blobs3: { problem: 'multiclass', numClasses: 3, generate: blobs3 },
  blobs4: { problem: 'multiclass', numClasses: 4, generate: blobs4 },
  spiral3: { problem: 'multiclass', numClasses: 3, generate: spiral3 },
};

/**
 * `noisePercent` is the slider's 0–50. TF's two-class generators emit ceil(numSamples / 2) per
 * class, so an odd `numSamples` yields one point more, as in TF.
 */
export function generateDataset(id: DatasetId, numSamples: number, noisePercent: number, rng: Rng): Points {
  const n = Number.isFinite(numSamples) ? Math.max(0, Math.floor(numSamples)) : 0;
  const noise = Number.isFinite(noisePercent) ? Math.max(0, noisePercent) / 100 : 0;
  return DATASET_REGISTRY[id].generate(n, noise, rng);
}

export function numClassesOf(id: DatasetId): number {
  return DATASET_REGISTRY[id].numClasses;
}

export function problemOf(id: DatasetId): Problem {
  return DATASET_REGISTRY[id].problem;
}
