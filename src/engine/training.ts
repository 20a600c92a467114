/**
 * Mini-batch training over a data set held as row-major inputs and one target per row.
 *
 * The order of the updates is TF Playground's by default (playground.ts, oneStep): every epoch
 * visits the training points in their stored order, and an update falls after every
 * `batchSize`-th point of the epoch. Points left over at an epoch's end (250 points in batches
 * of 30 leave 10) are accumulated but not applied: they join the next epoch's first update,
 * which then averages over 40. The weights do not move while a batch accumulates, so that
 * update is computed here as one batch of those 40 rows, in that order.
 * With `reshuffle` on, each epoch visits the points in a new order from the run's training
 * stream instead, and its last batch is shorter.
 */
import type { OptimizerId, OptimizerSettings, RegularizationId } from '../config/config';
import { createOptimizer, type Optimizer } from './optimizers';
import { backward } from './backpropagation';
import { forward } from './propagation';
import { REGULARIZER_REGISTRY } from './regularizers';
import type { Network } from './network';
import { shuffleInPlace, type Rng } from './rng';
import { applyUpdate } from './update';

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
  /** A new order every epoch (shorter last batch) instead of TF's stored order (carried leftover). */
  reshuffle: boolean;
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
  /** Dropout masks and the reshuffled order: a stream of the run's own, apart from TF's. */
  readonly rng: Rng;
  data: DataTable;
  #order: Uint32Array;
  /** Position in `order` of the next sample; 0 at the start of an epoch. */
  #cursor = 0;
  /** Rows at the end of the order accumulated in the last epoch and not yet applied. */
  #carried = 0;
  /** The weights before an update's optimizer step, for the penalty's step. */
  readonly #before: Float64Array;
  epoch = 0;
  updates = 0;
  /** Updates made since the current epoch began. */
  updatesInEpoch = 0;

  constructor(net: Network, data: DataTable, optimizer: OptimizerId, optimizerSettings: OptimizerSettings, settings: TrainSettings, rng: Rng) {
    this.net = net;
    this.data = data;
    this.optimizer = createOptimizer(optimizer, net.params.length, optimizerSettings, net.weightRanges);
    this.settings = { ...settings };
    this.rng = rng;
    this.#before = new Float64Array(net.params.length);
    this.#order = new Uint32Array(data.count);
    this.#resetOrder();
  }

  #resetOrder(): void {
    for (let k = 0; k < this.#order.length; k++) this.#order[k] = k;
    this.#cursor = 0;
    this.#carried = 0;
  }

  /** Replaces the training data (regenerated points); the next step starts a fresh epoch. */
  setData(data: DataTable): void {
    this.data = data;
    this.#order = new Uint32Array(data.count);
    this.#resetOrder();
  }

  /** Batch size actually used: never more than the data has. */
  get batchSize(): number {
    return Math.max(1, Math.min(this.settings.batchSize, this.data.count));
  }

  /** Updates in a whole epoch: in TF's order the leftover joins the next epoch's first. */
  get updatesPerEpoch(): number {
    const n = this.data.count;
    if (n === 0) return 0;
    return this.settings.reshuffle ? Math.ceil(n / this.batchSize) : Math.floor(n / this.batchSize);
  }

  /** One update from the next mini-batch. Returns true when an epoch ended. */
  step(): boolean {
    const n = this.data.count;
    if (n === 0) return false;
    const batch = this.batchSize;
    if (this.settings.reshuffle && this.#cursor === 0) shuffleInPlace(this.#order, this.rng);
    const size = Math.min(batch, n - this.#cursor);
    this.#update(this.#cursor, size);
    this.#cursor += size;
    const left = n - this.#cursor;
    // In TF's order a rest smaller than a batch is carried into the next epoch's first update.
    const ended = this.settings.reshuffle ? left === 0 : left < batch;
    if (!ended) return false;
    this.#carried = left;
    this.#cursor = 0;
    this.epoch++;
    this.updatesInEpoch = 0;
    return true;
  }

  /** Trains on the carried rows followed by order[from, from + size). */
  #update(from: number, size: number): void {
    const { net, data } = this;
    const carried = this.#carried;
    const rows = carried + size;
    net.ensureCapacity(rows);
    // Locals, not this.#order or data.inputs in the loop: V8 reloads a property after every
    // typed-array store.
    const { width, inputs, targets } = data;
    const order = this.#order;
    const x = net.batchInputs;
    const t = net.batchTargets;
    const carryStart = data.count - carried;
    for (let b = 0; b < rows; b++) {
      const row = b < carried ? order[carryStart + b] : order[from + b - carried];
      t[b] = targets[row];
      const src = row * width;
      const dst = b * width;
      for (let i = 0; i < width; i++) x[dst + i] = inputs[src + i];
    }
    forward(net, x, rows, 'train', this.rng);
    backward(net, x, t, rows);
    applyUpdate(net, this.optimizer, rows, this.settings, this.#before);
    this.#carried = 0;
    this.updates++;
    this.updatesInEpoch++;
  }

  /** Runs updates until the current epoch ends. */
  trainEpoch(): void {
    while (!this.step()) {
      if (this.data.count === 0) return;
    }
  }

  /** Fraction of the current epoch done, for fractional epoch counts in the loss history. */
  get epochProgress(): number {
    return this.data.count === 0 ? 0 : this.#cursor / this.data.count;
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
  backward(net, data.inputs, data.targets, data.count, 1 / data.count);
  const reg = REGULARIZER_REGISTRY[regularization];
  if (rate > 0) reg.addGradient(net.params, net.grads, net.weightRanges, rate);
  return loss + rate * reg.penalty(net.params, net.weightRanges);
}
