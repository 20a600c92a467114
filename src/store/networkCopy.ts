/**
 * The page's copies of a run's network (the neuron probe, the mirror for the views inside) are
 * rebuilt only when the configuration's shape changes; between frames only their parameters do.
 */
import type { PlaygroundConfig } from '../config/config';
// By path, not through the barrel, which would pull the trainer into the first load (see registries.ts).
import { Network } from '../engine/network';
import { networkSpec } from '../engine/networkSpec';
import { createRng } from '../engine/rng';

/**
 * A network of the configuration's shape and the key of that shape, or null when `key` (the
 * copy's) already is it. Its weights are placeholders until a frame's are unpacked into it.
 */
export function reshapedCopy(config: PlaygroundConfig, numClasses: number, key: string): { net: Network; key: string } | null {
  const spec = networkSpec(config, numClasses);
  const next = JSON.stringify(spec);
  return next === key ? null : { net: new Network(spec, createRng(0)), key: next };
}
