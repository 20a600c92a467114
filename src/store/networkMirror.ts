/**
 * The page's copy of a run's network and its training points, for the views inside the network
 * (the step-by-step backpropagation, the linear collapse, dead and saturated neurons). Made only
 * when one of them opens, refreshed from the frame they draw, so a closed view costs nothing.
 * Every computation is the engine's (src/engine/backpropTrace.ts, linearCollapse.ts,
 * neuronHealth.ts) on this copy: one example or 250 points take well under a millisecond.
 */
import type { FeatureId, PlaygroundConfig } from '../config/config';
import { buildInputs } from '../data/features';
import type { Network } from '../engine/network';
import type { DataTable } from '../engine/training';
import { numericDerivative, previewUpdate, traceExample, type BackpropTrace, type UpdatePreview } from '../engine/backpropTrace';
import { collapsedBoundary, collapseLinear, type CollapsedLayer, type Segment } from '../engine/linearCollapse';
import { neuronHealth, type NeuronHealth } from '../engine/neuronHealth';
import { networkSizes, unpackParams, type PackedParams, type ParamRef } from '../engine/paramLayout';
import type { DataMessage } from '../worker/protocol';
import { reshapedCopy } from './networkCopy';

export type { BackpropTrace, CollapsedLayer, NeuronHealth, ParamRef, Segment, UpdatePreview };
export { NEURON_DEAD, NEURON_OK, NEURON_SATURATED, SATURATED_SHARE, type NeuronState } from '../engine/neuronHealth';

export interface TrainPoint {
  x: number;
  y: number;
  label: number;
}

export class NetworkMirror {
  #net: Network | null = null;
  #specKey = '';
  #features: readonly FeatureId[] = [];
  #data: DataMessage | null = null;
  #dataFeatures = '';
  #table: DataTable | null = null;
  /** Layer flags the views explain: batch norm applied from its running averages, dropout left out. */
  batchNorm = false;
  dropout = false;

  /**
   * Copies the frame's parameters (rebuilding the copy when the shape changed) and takes the
   * points; false when they do not fit together yet (a frame from before a change of shape).
   */
  refresh(config: PlaygroundConfig, numClasses: number, frame: PackedParams | null, data: DataMessage | null): boolean {
    if (!frame || !data) return false;
    const copy = reshapedCopy(config, numClasses, this.#specKey);
    if (copy) {
      this.#net = copy.net;
      this.#specKey = copy.key;
    }
    this.#features = config.features;
    this.batchNorm = config.batchNorm;
    this.dropout = config.dropout > 0;
    if (data !== this.#data || this.#dataFeatures !== config.features.join()) {
      this.#data = data;
      this.#dataFeatures = config.features.join();
      const count = data.trainLabels.length;
      const x = Float64Array.from({ length: count }, (_, k) => data.trainPoints[2 * k]);
      const y = Float64Array.from({ length: count }, (_, k) => data.trainPoints[2 * k + 1]);
      const label = Float64Array.from(data.trainLabels);
      this.#table = { inputs: buildInputs({ x, y, label, count }, config.features), targets: label, count, width: config.features.length };
    }
    return unpackParams(this.#net!, frame);
  }

  /** Neurons per layer, inputs first. */
  get sizes(): number[] {
    return this.#net ? networkSizes(this.#net) : [];
  }

  /** Each layer's weights and biases (views into the copy, as the trace was computed with). */
  params(): { weights: Float64Array[]; biases: Float64Array[] } {
    const layers = this.#net?.layers ?? [];
    return { weights: layers.map((l) => l.weights), biases: layers.map((l) => l.biases) };
  }

  get trainCount(): number {
    return this.#table?.count ?? 0;
  }

  trainPoint(k: number): TrainPoint | null {
    const d = this.#data;
    if (!d || k < 0 || k >= d.trainLabels.length) return null;
    return { x: d.trainPoints[2 * k], y: d.trainPoints[2 * k + 1], label: d.trainLabels[k] };
  }

  /** The training point nearest to a point of the plane. */
  nearestTrainPoint(x: number, y: number): number {
    const d = this.#data;
    if (!d) return -1;
    let best = -1;
    let bestDist = Infinity;
    for (let k = 0; k < d.trainLabels.length; k++) {
      const dist = (d.trainPoints[2 * k] - x) ** 2 + (d.trainPoints[2 * k + 1] - y) ** 2;
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    }
    return best;
  }

  #example(k: number): { input: Float64Array; target: number } | null {
    const t = this.#table;
    if (!t || k < 0 || k >= t.count) return null;
    return { input: t.inputs.subarray(k * t.width, (k + 1) * t.width), target: t.targets[k] };
  }

  trace(k: number): BackpropTrace | null {
    const e = this.#example(k);
    return e && this.#net ? traceExample(this.#net, e.input, e.target) : null;
  }

  numeric(k: number, ref: ParamRef): number | null {
    const e = this.#example(k);
    return e && this.#net ? numericDerivative(this.#net, e.input, e.target, ref) : null;
  }

  preview(trace: BackpropTrace, learningRate: number): UpdatePreview | null {
    return this.#net ? previewUpdate(this.#net, trace, learningRate) : null;
  }

  collapse(): CollapsedLayer | null {
    return this.#net ? collapseLinear(this.#net) : null;
  }

  boundary(layer: CollapsedLayer): Segment | null {
    return layer.outputs === 1 ? collapsedBoundary(layer, this.#features) : null;
  }

  health(): NeuronHealth | null {
    return this.#net && this.#table ? neuronHealth(this.#net, this.#table) : null;
  }
}
