/**
 * What each neuron computes at one point of the plane (the point under the mouse): a copy of
 * the network on the page, refreshed from each frame's parameters, evaluated for one input.
 * One per run (RunController.probe), so runs side by side each read their own network.
 * One forward pass of one point is microseconds, so hovering never waits for the worker.
 *
 * There is always a point, so a neuron's card shows numbers at once (on a touch screen nothing
 * ever hovers the plot): a default, then the first training point, until the learner picks one.
 */
import type { PlaygroundConfig } from '../config/config';
// By path, not through the barrels, which would pull the trainer into the first load (see registries.ts).
import { FEATURE_REGISTRY } from '../data/features';
import type { Network } from '../engine/network';
import { forward } from '../engine/propagation';
import { unpackParams, type PackedParams } from '../engine/paramLayout';
import { reshapedCopy } from './networkCopy';

export interface ProbeValues {
  z: number;
  a: number;
}

export interface ProbePoint {
  x: number;
  y: number;
}

/** Read before any data has arrived: inside the plane, off the axes where features vanish. */
export const DEFAULT_PROBE_POINT: ProbePoint = { x: 1, y: 1 };

export class NeuronProbe {
  #net: Network | null = null;
  #specKey = '';
  #features: PlaygroundConfig['features'] = [];
  #input = new Float64Array(0);
  point: ProbePoint | null = { ...DEFAULT_PROBE_POINT };
  #fresh = false;
  /** The learner chose the point: a suggested one no longer replaces it. */
  #picked = false;
  /** Chosen by a tap or a click, so it stays marked on the plot. */
  #pinned = false;
  /** A neuron's card is reading the point, so the plot marks it. */
  #active = false;
  #listeners = new Set<() => void>();

  /** Rebuilds the copy when the shape changed, then copies the frame's parameters into it. */
  sync(config: PlaygroundConfig, numClasses: number, frame: PackedParams): void {
    const copy = reshapedCopy(config, numClasses, this.#specKey);
    if (copy) {
      this.#net = copy.net;
      this.#specKey = copy.key;
      this.#features = config.features;
      this.#input = new Float64Array(config.features.length);
    }
    // A frame from before a change of shape does not fit: the copy keeps what it had.
    unpackParams(this.#net!, frame);
    this.#fresh = false;
  }

  /** The learner's point (null: none); `pin` for a tap or click, whose marker then stays. */
  setPoint(point: ProbePoint | null, pin = false): void {
    this.point = point;
    this.#picked = point !== null;
    this.#pinned = point !== null && (pin || this.#pinned);
    this.#fresh = false;
    this.#emit();
  }

  /** A default (the first training point) used until the learner picks a point. */
  suggestPoint(point: ProbePoint): void {
    if (this.#picked) return;
    this.point = point;
    this.#fresh = false;
    this.#emit();
  }

  setActive(active: boolean): void {
    if (active === this.#active) return;
    this.#active = active;
    this.#emit();
  }

  /** The point the plot should mark, or null: marked while a card reads it, or once pinned. */
  marker(): ProbePoint | null {
    return this.#active || this.#pinned ? this.point : null;
  }

  /** Calls `listener` whenever the point or its marker changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(): void {
    this.#listeners.forEach((l) => l());
  }

  /** z and a of neuron `index` of `layer` (0 = inputs) at the current point, or null before the first sync. */
  valuesAt(layer: number, index: number): ProbeValues | null {
    const net = this.#net;
    if (!net || !this.point) return null;
    const { x, y } = this.point;
    if (layer === 0) {
      const id = this.#features[index];
      if (!id) return null;
      const v = FEATURE_REGISTRY[id].f(x, y);
      return { z: v, a: v };
    }
    if (!this.#fresh) {
      this.#features.forEach((id, k) => (this.#input[k] = FEATURE_REGISTRY[id].f(x, y)));
      forward(net, this.#input, 1, 'infer');
      this.#fresh = true;
    }
    const l = net.layers[layer - 1];
    if (!l || index >= l.fanOut) return null;
    return { z: l.z[index], a: l.a[index] };
  }
}
