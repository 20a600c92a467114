/**
 * A dense feed-forward network laid out for speed: every trainable number lives in one
 * Float64Array (`params`) with its gradient at the same index in `grads`, so optimizers and
 * the gradient check walk a single array, and each layer holds views into it.
 */
import type { ActivationId, InitializerId, OutputHeadId } from '../config/config';
import { ACTIVATION_REGISTRY, type Activation } from './activations';
import { HEAD_REGISTRY, type OutputHead } from './heads';
import { INITIALIZER_REGISTRY } from './initializers';
import { specSizes } from './networkSpec';
import type { Rng } from './rng';

export interface LayerSpec {
  units: number;
  activation: ActivationId;
  /** Probability of dropping a unit in training; 0 = off. */
  dropout: number;
  batchNorm: boolean;
}

export interface NetworkSpec {
  inputSize: number;
  hidden: LayerSpec[];
  head: OutputHeadId;
  /** 1 except for softmax, where it is the number of classes. */
  outputUnits: number;
  init: InitializerId;
}

export const BATCH_NORM_EPSILON = 1e-5;
/** Share of the old running statistic kept at each training batch. */
export const BATCH_NORM_MOMENTUM = 0.9;

export interface Layer {
  /** 1 = first hidden layer; the last layer is the output layer. */
  readonly index: number;
  readonly fanIn: number;
  readonly fanOut: number;
  readonly isOutput: boolean;
  /** Hidden layers only; the output layer's activation belongs to the head. */
  activation: Activation;
  activationId: ActivationId;
  dropout: number;
  readonly batchNorm: boolean;
  /** W[to · fanIn + from]: the weight from neuron `from` of the previous layer to `to`. */
  readonly weights: Float64Array;
  /** ∂objective/∂W for this layer, same layout as weights. */
  readonly weightDer: Float64Array;
  readonly biases: Float64Array;
  /** ∂objective/∂b for this layer. */
  readonly biasDer: Float64Array;
  /** Batch-norm scale γ and shift β (empty without batch norm). */
  readonly gamma: Float64Array;
  readonly gammaDer: Float64Array;
  readonly beta: Float64Array;
  readonly betaDer: Float64Array;
  readonly runningMean: Float64Array;
  readonly runningVar: Float64Array;
  // Workspace, batch × fanOut row-major, reallocated only when a larger batch arrives.
  /** Wx + b. */
  preNorm: Float64Array;
  /** x̂ = (Wx + b − μ)/√(σ² + ε) (batch norm only). */
  normalized: Float64Array;
  /** Input to the activation: γx̂ + β with batch norm, else Wx + b (the same array). */
  z: Float64Array;
  /** f(z), before dropout. */
  activated: Float64Array;
  /** The layer's output: f(z) times the dropout mask in training (the same array without dropout). */
  a: Float64Array;
  /** Dropout's per-unit factor for the current batch: 0 or 1/(1 − p). */
  mask: Float64Array;
  /** ∂loss/∂z for this layer. */
  delta: Float64Array;
  /** ∂loss/∂(Wx + b) for this layer (the same array as delta without batch norm). */
  preNormDelta: Float64Array;
  /** Batch mean and 1/√(σ² + ε) per unit, kept from forward for backward. */
  readonly batchMean: Float64Array;
  readonly batchInvStd: Float64Array;
}

export class Network {
  readonly spec: NetworkSpec;
  readonly layers: Layer[];
  /** Every trainable number: weights, biases, γ, β of every layer. */
  readonly params: Float64Array;
  /** ∂objective/∂params, index for index. */
  readonly grads: Float64Array;
  /** [start, end) of each layer's weights in params: what L1 and L2 penalise. */
  readonly weightRanges: (readonly [number, number])[];
  readonly head: OutputHead;
  /**
   * 1 where L1 has set a weight to exactly 0 for good (TF Playground's dead link): no update
   * moves it again, though an edit by hand may still set it. Same indexing as params.
   */
  readonly dead: Uint8Array;
  deadCount = 0;
  /** Samples whose gradients net.grads sums after the last update (the trainer sets it). */
  gradientRows = 1;
  /** Rows the workspace holds. */
  capacity = 0;
  /** A scratch batch of inputs and targets, gathered from the data set for each step. */
  batchInputs = new Float64Array(0);
  batchTargets = new Float64Array(0);

  constructor(spec: NetworkSpec, rng: Rng) {
    this.spec = spec;
    this.head = HEAD_REGISTRY[spec.head];
    const sizes = specSizes(spec);
    let total = 0;
    for (let l = 1; l < sizes.length; l++) {
      const bn = l < sizes.length - 1 && spec.hidden[l - 1].batchNorm;
      total += sizes[l] * sizes[l - 1] + sizes[l] + (bn ? 2 * sizes[l] : 0);
    }
    this.params = new Float64Array(total);
    this.grads = new Float64Array(total);
    this.dead = new Uint8Array(total);
    this.weightRanges = [];
    this.layers = [];
    let offset = 0;
    const take = (n: number): [Float64Array, Float64Array] => {
      const views: [Float64Array, Float64Array] = [this.params.subarray(offset, offset + n), this.grads.subarray(offset, offset + n)];
      offset += n;
      return views;
    };
    for (let l = 1; l < sizes.length; l++) {
      const fanIn = sizes[l - 1];
      const fanOut = sizes[l];
      const isOutput = l === sizes.length - 1;
      const hiddenSpec = isOutput ? undefined : spec.hidden[l - 1];
      const batchNorm = hiddenSpec?.batchNorm ?? false;
      this.weightRanges.push([offset, offset + fanIn * fanOut]);
      const [weights, weightDer] = take(fanIn * fanOut);
      const [biases, biasDer] = take(fanOut);
      const [gamma, gammaDer] = take(batchNorm ? fanOut : 0);
      const [beta, betaDer] = take(batchNorm ? fanOut : 0);
      gamma.fill(1);
      const activationId = hiddenSpec?.activation ?? 'linear';
      this.layers.push({
        index: l,
        fanIn,
        fanOut,
        isOutput,
        activation: ACTIVATION_REGISTRY[activationId],
        activationId,
        dropout: hiddenSpec?.dropout ?? 0,
        batchNorm,
        weights,
        weightDer,
        biases,
        biasDer,
        gamma,
        gammaDer,
        beta,
        betaDer,
        runningMean: new Float64Array(batchNorm ? fanOut : 0),
        runningVar: new Float64Array(batchNorm ? fanOut : 0).fill(1),
        preNorm: new Float64Array(0),
        normalized: new Float64Array(0),
        z: new Float64Array(0),
        activated: new Float64Array(0),
        a: new Float64Array(0),
        mask: new Float64Array(0),
        delta: new Float64Array(0),
        preNormDelta: new Float64Array(0),
        batchMean: new Float64Array(fanOut),
        batchInvStd: new Float64Array(fanOut),
      });
    }
    this.initialize(rng);
    this.ensureCapacity(1);
  }

  /**
   * Fresh weights from the initialiser, layer after layer (TF Playground's build order);
   * batch-norm γ = 1, β = 0, running stats reset; no weight dead.
   */
  initialize(rng: Rng): void {
    const init = INITIALIZER_REGISTRY[this.spec.init];
    this.dead.fill(0);
    this.deadCount = 0;
    for (const layer of this.layers) {
      init.init(layer.weights, layer.biases, layer.fanIn, layer.fanOut, rng);
      layer.gamma.fill(1);
      layer.beta.fill(0);
      layer.runningMean.fill(0);
      layer.runningVar.fill(1);
    }
  }

  get outputUnits(): number {
    return this.spec.outputUnits;
  }

  /** Grows the workspace to hold `rows` samples; the only allocation on the training path. */
  ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    const cap = Math.max(rows, Math.ceil(this.capacity * 1.5));
    for (const layer of this.layers) {
      const n = cap * layer.fanOut;
      layer.preNorm = new Float64Array(n);
      layer.normalized = layer.batchNorm ? new Float64Array(n) : layer.preNorm;
      layer.z = layer.batchNorm ? new Float64Array(n) : layer.preNorm;
      layer.activated = new Float64Array(n);
      layer.a = layer.dropout > 0 ? new Float64Array(n) : layer.activated;
      layer.mask = new Float64Array(layer.dropout > 0 ? n : 0);
      layer.delta = new Float64Array(n);
      layer.preNormDelta = layer.batchNorm ? new Float64Array(n) : layer.delta;
    }
    this.batchInputs = new Float64Array(cap * this.spec.inputSize);
    this.batchTargets = new Float64Array(cap);
    this.capacity = cap;
  }

  /** Changes a hidden layer's dropout rate while training (0 turns it off). */
  setDropout(rate: number): void {
    for (const layer of this.layers) {
      if (layer.isOutput) continue;
      const needsBuffer = rate > 0 && layer.a === layer.activated;
      layer.dropout = rate;
      if (needsBuffer) {
        layer.a = new Float64Array(layer.activated.length);
        layer.mask = new Float64Array(layer.activated.length);
      } else if (rate === 0) {
        layer.a = layer.activated;
      }
    }
  }
}
