/**
 * The network a configuration asks for. Apart from run.ts so that the page (the neuron probe)
 * can build the same network without taking in the worker's random streams.
 */
import type { PlaygroundConfig } from '../config/config';
import { HEAD_REGISTRY, type NetworkSpec } from '../engine';

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
