/**
 * What the panels may know of the engine's and the data's registries, and nothing more: the
 * components reach the engine and the data only through here (the linter holds them to it), so
 * a panel can never start training, or build a network, on the main thread by accident.
 * Each view is the registry itself, narrowed to what a panel reads.
 */
import type { ActivationId, DatasetId, FeatureId, OptimizerId, OptimizerSettingKey, OutputHeadId } from '../config/config';
// Each module by its own path, not through the barrels: a barrel would pull every module it names
// (the trainer, the custom-data codec) into the first load's chunk.
import { generateDataset, type Points } from '../data/datasets';
import { FEATURE_REGISTRY as FEATURES } from '../data/features';
import { ACTIVATION_REGISTRY as ACTIVATIONS } from '../engine/activations';
import { HEAD_REGISTRY as HEADS } from '../engine/heads';
import { OPTIMIZER_REGISTRY as OPTIMIZERS } from '../engine/optimizers';
import { createRng } from '../engine/rng';

/** Each input feature's function of the plane, f(x₁, x₂), for its picture. */
export const FEATURE_REGISTRY: Readonly<Record<FeatureId, { readonly f: (x: number, y: number) => number }>> = FEATURES;

/** Each activation as a curve and its derivative, for the activation plot. */
export const ACTIVATION_REGISTRY: Readonly<Record<ActivationId, { readonly output: (x: number) => number; readonly der: (x: number) => number }>> = ACTIVATIONS;

/** Each output head's number of output units for K classes, and how its output maps onto the colour scale. */
export const HEAD_REGISTRY: Readonly<Record<OutputHeadId, { readonly units: (numClasses: number) => number; readonly toDisplay: (y: number) => number }>> = HEADS;

/** Each optimizer's own settings, in the order the controls show them. */
export const OPTIMIZER_REGISTRY: Readonly<Record<OptimizerId, { readonly settings: readonly OptimizerSettingKey[] }>> = OPTIMIZERS;

/** A dataset's shape for its thumbnail: always the same points (a fixed seed), not this run's. */
export function thumbnailPoints(id: DatasetId, count: number): Points {
  return generateDataset(id, count, 0, createRng('thumbnail'));
}
