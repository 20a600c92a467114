/**
 * Mini-batch training over a data set held as row-major inputs and one target per row.
 * One epoch is one pass over the training set in an order reshuffled from the seed.
 */
import type { OptimizerId, OptimizerSettings, RegularizationId } from '../config/config';
import { createOptimizer, type Optimizer } from './optimizers';
import { backward, forward } from './propagation';
import { REGULARIZER_REGISTRY } from './regularizers';
import type { Network } from './network';
import { shuffleInPlace, type Rng } from './rng';

export interface DataTable {
  /** count × width, row-major. */
  inputs: Float64Array;
  /** One label per row: ±1, a value, or a class index. */
  targets: Float64Array;
  count: number;
  width: number;
}

export interface TrainSettings {
  learningRate: number;
  batchSize: number;
  regularization: RegularizationId;
  regularizationRate: number;
}

export interface Evaluation {
  /** Mean data loss (without the penalty), as TF Playground reports it. */
  loss: number;
  /** Share classified right; NaN for regression. */
  accuracy: number;
}

/** Owns the optimizer state and the epoch's order: everything a run needs besides the network. */
export class Trainer {
  readonly net: Network;
  optimizer: Optimizer;
  settings: TrainSettings;
  readonly rng: Rng;
  private order: Uint32Array;
  /** Position in `order` of the next sample; 0 at the start of an epoch. */
  private cursor = 0;
  epoch = 0;
  updates = 0;

  constructor(net: Network, data: DataTable, optimizer: OptimizerId, optimizerSettings: OptimizerSettings, settings: TrainSettings, rng: Rng) {
    this.net = net;
    this.data = data;
    this.optimizer = createOptimizer(optimizer, net.params.length, optimizerSettings);
    this.settings = { ...settings };
    this.rng = rng;
    this.order = new Uint32Array(data.count);
    this.resetOrder();
  }

  data: DataTable;

  private resetOrder(): void {
    for (let k = 0; k < this.order.length; k++) this.order[k] = k;
    shuffleInPlace(this.order, this.rng);
    this.cursor = 0;
  }

  /** Replaces the training data (regenerated points); the next step starts a fresh epoch. */
  setData(data: DataTable): void {
    this.data = data;
    this.order = new Uint32Array(data.count);
    this.resetOrder();
  }

  /** Batch size actually used: never more than the data has. */
  get batchSize(): number {
    return Math.max(1, Math.min(this.settings.batchSize, this.data.count));
  }

  /**
   * One update from the next mini-batch. The epoch's last batch may be smaller; after it the
   * epoch counter moves and the order is reshuffled. Returns true when an epoch ended.
   */
  step(): boolean {
    const { net, data } = this;
    if (data.count === 0) return false;
    const size = Math.min(this.batchSize, data.count - this.cursor);
    net.ensureCapacity(size);
    // Locals, not this.order or data.inputs in the loop: V8 reloads a property after every
    // typed-array store.
    const { width, inputs, targets } = data;
    const order = this.order;
    const first = this.cursor;
    const x = net.batchInputs;
    const t = net.batchTargets;
    for (let b = 0; b < size; b++) {
      const row = order[first + b];
      t[b] = targets[row];
      const src = row * width;
      const dst = b * width;
      for (let i = 0; i < width; i++) x[dst + i] = inputs[src + i];
    }
    forward(net, x, size, 'train', this.rng);
    backward(net, x, t, size);
    const { regularization, regularizationRate, learningRate } = this.settings;
    if (regularizationRate > 0) REGULARIZER_REGISTRY[regularization].addGradient(net.params, net.grads, net.weightRanges, regularizationRate);
    this.optimizer.step(net.params, net.grads, learningRate);
    this.updates++;
    this.cursor += size;
    if (this.cursor >= data.count) {
      this.epoch++;
      shuffleInPlace(this.order, this.rng);
      this.cursor = 0;
      return true;
    }
    return false;
  }

  /** Runs updates until the current epoch ends. */
  trainEpoch(): void {
    while (!this.step()) {
      if (this.data.count === 0) return;
    }
  }

  /** Fraction of the current epoch done, for fractional epoch counts in the loss history. */
  get epochProgress(): number {
    return this.data.count === 0 ? 0 : this.cursor / this.data.count;
  }

  /** True while every parameter is finite. */
  parametersFinite(): boolean {
    const p = this.net.params;
    for (let k = 0; k < p.length; k++) if (!Number.isFinite(p[k])) return false;
    return true;
  }
}

/** Rows evaluated per forward call: big enough to amortise the per-layer call, small enough to stay in cache. */
const EVAL_CHUNK = 256;

/**
 * Mean loss and accuracy of the network on a whole table, in inference mode (no dropout,
 * batch norm on running statistics).
 */
export function evaluate(net: Network, data: DataTable): Evaluation {
  const units = net.outputUnits;
  const head = net.head;
  const out = net.layers[net.layers.length - 1];
  let lossSum = 0;
  let correctSum = 0;
  for (let start = 0; start < data.count; start += EVAL_CHUNK) {
    const size = Math.min(EVAL_CHUNK, data.count - start);
    const rows = data.inputs.subarray(start * data.width, (start + size) * data.width);
    forward(net, rows, size, 'infer');
    for (let b = 0; b < size; b++) {
      const target = data.targets[start + b];
      lossSum += head.loss(out.z, out.a, b * units, units, target);
      correctSum += head.correct(out.a, b * units, units, target);
    }
  }
  const n = Math.max(1, data.count);
  return { loss: lossSum / n, accuracy: correctSum / n };
}

/**
 * Mean data loss plus the weight penalty over a batch in training mode, with its gradient
 * left in net.grads (overwritten). Used by the gradient check; dropout must be off there.
 */
export function objectiveAndGradient(net: Network, data: DataTable, regularization: RegularizationId, rate: number): number {
  net.ensureCapacity(data.count);
  forward(net, data.inputs, data.count, 'train');
  const out = net.layers[net.layers.length - 1];
  const units = net.outputUnits;
  let loss = 0;
  for (let b = 0; b < data.count; b++) loss += net.head.loss(out.z, out.a, b * units, units, data.targets[b]);
  loss /= data.count;
  backward(net, data.inputs, data.targets, data.count);
  const reg = REGULARIZER_REGISTRY[regularization];
  if (rate > 0) reg.addGradient(net.params, net.grads, net.weightRanges, rate);
  return loss + rate * reg.penalty(net.params, net.weightRanges);
}
