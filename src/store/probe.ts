/**
 * What each neuron computes at one point of the plane (the point under the mouse): a copy of
 * the network on the page, refreshed from each frame's parameters, evaluated for one input.
 * One forward pass of one point is microseconds, so hovering never waits for the worker.
 */
import type { PlaygroundConfig } from '../config/config';
import { FEATURE_REGISTRY } from '../data';
import { forward, Network, createRng } from '../engine';
import { networkSpec } from '../worker/run';
import type { Frame } from '../worker/protocol';

export interface ProbeValues {
  z: number;
  a: number;
}

export class NeuronProbe {
  private net: Network | null = null;
  private specKey = '';
  private features: PlaygroundConfig['features'] = [];
  private input = new Float64Array(0);
  point: { x: number; y: number } | null = null;
  private fresh = false;

  /** Rebuilds the copy when the shape changed, then copies the frame's parameters into it. */
  sync(config: PlaygroundConfig, numClasses: number, frame: Pick<Frame, 'weights' | 'biases' | 'batchNorm'>): void {
    const spec = networkSpec(config, numClasses);
    const key = JSON.stringify(spec);
    if (key !== this.specKey) {
      this.net = new Network(spec, createRng(0));
      this.specKey = key;
      this.features = config.features;
      this.input = new Float64Array(config.features.length);
    }
    const net = this.net!;
    let w = 0;
    let b = 0;
    let n = 0;
    for (const layer of net.layers) {
      if (w + layer.weights.length > frame.weights.length || b + layer.biases.length > frame.biases.length) return;
      layer.weights.set(frame.weights.subarray(w, w + layer.weights.length));
      w += layer.weights.length;
      layer.biases.set(frame.biases.subarray(b, b + layer.biases.length));
      b += layer.biases.length;
      if (layer.batchNorm) {
        for (const part of [layer.gamma, layer.beta, layer.runningMean, layer.runningVar]) {
          part.set(frame.batchNorm.subarray(n, n + part.length));
          n += part.length;
        }
      }
    }
    this.fresh = false;
  }

  setPoint(point: { x: number; y: number } | null): void {
    this.point = point;
    this.fresh = false;
  }

  /** z and a of neuron `index` of `layer` (0 = inputs) at the current point, or null without one. */
  valuesAt(layer: number, index: number): ProbeValues | null {
    const net = this.net;
    if (!net || !this.point) return null;
    const { x, y } = this.point;
    if (layer === 0) {
      const id = this.features[index];
      if (!id) return null;
      const v = FEATURE_REGISTRY[id].f(x, y);
      return { z: v, a: v };
    }
    if (!this.fresh) {
      this.features.forEach((id, k) => (this.input[k] = FEATURE_REGISTRY[id].f(x, y)));
      forward(net, this.input, 1, 'infer');
      this.fresh = true;
    }
    const l = net.layers[layer - 1];
    if (!l || index >= l.fanOut) return null;
    return { z: l.z[index], a: l.a[index] };
  }
}

export const mainProbe = new NeuronProbe();
