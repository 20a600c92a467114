/**
 * The one protocol between the page and a training worker. Types only: the bridge and the
 * worker both import it, nothing else does. Every message is tagged by `type`; typed arrays
 * always travel in the transfer list.
 */
import type { PlaygroundConfig, Speed } from '../config/config';

export type { Speed };

/** Hyper-parameters that change while training, without a reset. */
export type LiveSettings = Partial<
  Pick<PlaygroundConfig, 'learningRate' | 'regularization' | 'regularizationRate' | 'batchSize' | 'batchFull' | 'optimizerSettings' | 'dropout'>
>;

/** Where a parameter lives: layer l (1 = first hidden layer, last = output), to-neuron j, from-neuron i. */
export type ParamRef = { kind: 'weight'; layer: number; to: number; from: number } | { kind: 'bias'; layer: number; neuron: number };

export type StepUnit = 'batch' | 'epoch';

export type PageToWorker =
  | { type: 'configure'; config: PlaygroundConfig }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** New weights on the same data: the draw after `resets` earlier ones (the config's Reset count). */
  | { type: 'reset'; resets: number }
  /** New points (and, as the seed defines the whole run, new weights) from a new seed; the Reset count starts again. */
  | { type: 'regenerate'; seed: string }
  | { type: 'set-live'; settings: LiveSettings }
  | { type: 'set-param'; ref: ParamRef; value: number }
  | { type: 'set-speed'; speed: Speed }
  /** Pause exactly when the epoch counter reaches `epoch` (null: never). */
  | { type: 'set-stop-at'; epoch: number | null }
  /** The page has drawn the last frame and wants the next one. */
  | { type: 'request-frame' }
  | { type: 'gradient-check' };

export interface LossHistory {
  /** Epoch (possibly fractional, counted in updates / updatesPerEpoch) of each point. */
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** NaN where the problem has no accuracy (regression). */
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}

export interface Frame {
  type: 'frame';
  /** Increases by one with each frame the worker sends. */
  seq: number;
  /** Bumped by configure / reset / regenerate, so the page can drop its history. */
  generation: number;
  epoch: number;
  updates: number;
  /** Mini-batches done in the current epoch, and how many it has: stepping one batch shows progress. */
  batchInEpoch: number;
  batchesPerEpoch: number;
  running: boolean;
  trainLoss: number;
  testLoss: number;
  /** null for regression. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /**
   * The pictures, or null when this frame reuses the last ones: the worker recomputes them at
   * most as often as keeps their cost under a fifth of its time, so big networks still train fast.
   */
  grids: Grids | null;
  /** All weights, layer by layer, row-major W[to * fanIn + from]. */
  weights: Float32Array;
  /** All biases, layer by layer. */
  biases: Float32Array;
  /** Per batch-norm layer, in layer order: γ, β, running mean, running variance (each fanOut long); empty without batch norm. */
  batchNorm: Float32Array;
  /** Points since the previous frame (or a faithful summary of them). */
  history: LossHistory;
  /** Per layer (hidden layers, then the output layer), how many weights are exactly 0 (L1 drives weights there). */
  zeroWeights: Uint32Array;
  /** The seed TF Playground's Regenerate would pick now: the stream's next number after the weights' draw. */
  nextSeed: string;
  /** Root-mean-square gradient of the weights of each layer at the last update (vanishing gradients). */
  gradNorms: Float64Array;
  /** Epochs per second measured over the last second. */
  epochsPerSecond: number;
  /** The training loss has stayed above the untrained network's: the learning rate is likely too large. */
  lossRising: boolean;
}

export interface Grids {
  /** Side of the output grid; the grid covers [-6, 6]² with row 0 at y = +6. */
  gridSize: number;
  /**
   * Network output per cell mapped onto [−1, 1] (tanh as it is, sigmoid as 2y − 1, regression
   * as its value), or K class probabilities per cell, class-major, for K classes.
   */
  outputGrid: Float32Array;
  /**
   * Each neuron's picture and each layer's histogram, or null when this frame leaves them as
   * they were: the page shows them about ten times a second, so they are sent about as often,
   * while the output grid goes with every frame that has new pictures.
   */
  neurons: NeuronPictures | null;
}

export interface NeuronPictures {
  /** Side of each neuron's picture. */
  neuronGridSize: number;
  /** Each hidden and output neuron's activation over its grid, in layer order, neuron order. */
  neuronGrids: Float32Array;
  /** Bins per layer in activationCounts. */
  histogramBins: number;
  /** Per hidden layer, the share of its activations over the training points in each bin. */
  activationCounts: Float32Array;
  /** Per hidden layer, the [lo, hi] its bins divide. */
  activationDomains: Float32Array;
}

export interface DivergedMessage {
  type: 'diverged';
  epoch: number;
  /** What stopped being finite: 'loss' or 'weights'. */
  what: 'loss' | 'weights';
}

export interface ErrorMessage {
  type: 'error';
  message: string;
}

export interface GradientCheckMessage {
  type: 'gradient-check';
  maxRelativeError: number;
  parameterCount: number;
}

export interface DataMessage {
  type: 'data';
  generation: number;
  /** x, y of each point, interleaved. */
  trainPoints: Float32Array;
  trainLabels: Float32Array;
  testPoints: Float32Array;
  testLabels: Float32Array;
  numClasses: number;
}

export type WorkerToPage = Frame | DivergedMessage | ErrorMessage | GradientCheckMessage | DataMessage;
