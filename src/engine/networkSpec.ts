/**
 * The network a configuration describes, before any weight exists: what the worker builds and
 * trains, and what the page's copy of it (the neuron probe) and the diagram are shaped by.
 */
import type { PlaygroundConfig } from '../config/config';
import { HEAD_REGISTRY } from './heads';
import type { NetworkSpec } from './network';

/** `numClasses`: 2 for two classes, 0 for regression, K for K classes (the data decides it). */
export function networkSpec(config: PlaygroundConfig, numClasses: number): NetworkSpec {
  return {
    inputSize: config.features.length,
    hidden: config.networkShape.map((units, l) => ({
      units,
      activation: config.activations[l] ?? 'tanh',
      dropout: config.dropout,
      batchNorm: config.batchNorm,
    })),
    head: config.outputHead,
    outputUnits: HEAD_REGISTRY[config.outputHead].units(numClasses),
    init: config.init,
  };
}

/** Neurons per layer, inputs first and outputs last: what paramLayout and the diagram are given. */
export function specSizes(spec: NetworkSpec): number[] {
  return [spec.inputSize, ...spec.hidden.map((h) => h.units), spec.outputUnits];
}
