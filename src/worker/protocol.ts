/**
 * The one protocol between the page and a training worker: message unions tagged by `type`, and
 * the types they carry. Types only; the worker and the bridge speak it, and the store reads the
 * messages the bridge hands on (charts get their own types, see src/charts). Typed arrays always
 * travel in the transfer list.
 */
import type { LiveSettings } from '../config/changes';
import type { PlaygroundConfig, Speed } from '../config/config';
import type { LossHistory } from '../config/history';
import type { PackedParams, ParamRef } from '../engine/paramLayout';
import type { Divergence } from './run';

export type { Divergence, LiveSettings, LossHistory, ParamRef, Speed };

export type StepUnit = 'batch' | 'epoch';

/**
 * What a run's frames carry, after what its view draws: 'full' for the single view (the decision
 * boundary, every neuron's picture and each layer's histogram); 'boundary' for a small multiple of
 * the compare view (the boundary alone, on a coarser grid and less often, beside the numbers and
 * the losses), so that several runs spend their workers' time training instead of painting.
 */
export type FrameDetail = 'full' | 'boundary';

export type PageToWorker =
  /** `detail`: what the frames carry from now on (unchanged when absent; a new worker starts 'full'). */
  | { type: 'configure'; config: PlaygroundConfig; detail?: FrameDetail }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** New weights on the same data: the draw after `resets` earlier ones (the config's Reset count). */
  | { type: 'reset'; resets: number }
  /** New points (and, as the seed defines the whole run, new weights) from a new seed; the Reset count starts again. */
  | { type: 'regenerate'; seed: string }
  | { type: 'set-live'; settings: Partial<LiveSettings> }
  /**
   * New points (drawn, imported) under the same network: weights and optimizer state stay and
   * training goes on. A change in the number of classes rebuilds, as `configure` would.
   */
  | { type: 'set-data'; config: PlaygroundConfig }
  /** Asks for every parameter in full precision (the worker answers with a ModelMessage), for a model file. */
  | { type: 'get-model' }
  /**
   * Every parameter from a model file, in the network's own order (weights, biases, γ, β per layer)
   * and each batch-norm layer's running mean and variance; ignored unless both counts fit.
   */
  | { type: 'set-model'; params: Float64Array; stats: Float64Array }
  | { type: 'set-param'; ref: ParamRef; value: number }
  | { type: 'set-speed'; speed: Speed }
  /**
   * While running, pause exactly when the epoch counter reaches `epoch` (the frame then says
   * running: false); null: no stop. Play pressed at or beyond it trains on.
   */
  | { type: 'set-stop-at'; epoch: number | null }
  /**
   * The compare view's lock-step: while running, train no further than `epoch` and wait there,
   * still running and answering frame requests, until a later one comes (null: no hold). Unlike
   * set-stop-at it never pauses the run, so no play has to come back before it trains on.
   */
  | { type: 'hold-at'; epoch: number | null }
  /** The page has drawn the last frame and wants the next one. */
  | { type: 'request-frame' }
  | { type: 'gradient-check' }
  /** The training loss over a plane through the current weights (src/engine/landscape.ts); `size` cells per side. */
  | { type: 'loss-landscape'; size: number; seed: number };

/** What a frame reports in numbers, which the page shows as they are (the store's RunView holds them too). */
export interface RunProgress {
  epoch: number;
  updates: number;
  /** Mini-batches done in the current epoch, and how many it has: stepping one batch shows progress. */
  batchInEpoch: number;
  batchesPerEpoch: number;
  /** null for regression. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Epochs per second measured over the last second of training; 0 when not running. */
  epochsPerSecond: number;
  /** The training loss has stayed above the untrained network's: the learning rate is likely too large. */
  lossRising: boolean;
}

/** A frame's `weights`, `biases` and `batchNorm` are the network's parameters as engine/paramLayout.ts lays them out. */
export interface Frame extends RunProgress, PackedParams {
  type: 'frame';
  /** Increases by one with each frame the worker sends. */
  seq: number;
  /** Bumped by configure / reset / regenerate, so the page can drop its history. */
  generation: number;
  running: boolean;
  trainLoss: number;
  testLoss: number;
  /**
   * The pictures, or null when this frame reuses the last ones: the worker recomputes them at
   * most as often as keeps their cost under a fifth of its time, so big networks still train fast.
   */
  grids: Grids | null;
  /** Points since the previous frame (or a faithful summary of them). */
  history: LossHistory;
  /** Root-mean-square gradient of the weights of each layer at the last update (vanishing gradients). */
  gradNorms: Float64Array;
  /** Per layer (hidden layers, then the output layer), how many weights are exactly 0 (L1 drives weights there). */
  zeroWeights: Uint32Array;
  /** The seed TF Playground's Regenerate would pick now: the stream's next number after the weights' draw. */
  nextSeed: string;
}

export interface Grids {
  /** Side of the output grid; the grid covers the plane (config's PLANE_EXTENT), row 0 at its top. */
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
  /** Per layer (hidden layers, then the output layer), the share of its activations over the training points in each bin. */
  activationCounts: Float32Array;
  /** Per layer, the [lo, hi] its bins divide. */
  activationDomains: Float32Array;
}

export interface DivergedMessage extends Divergence {
  type: 'diverged';
}

export interface ErrorMessage {
  type: 'error';
  message: string;
}

export interface GradientCheckResult {
  maxRelativeError: number;
  parameterCount: number;
}

export interface GradientCheckMessage extends GradientCheckResult {
  type: 'gradient-check';
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

export interface LossLandscapeMessage {
  type: 'loss-landscape';
  /** The request's seed: which two directions. */
  seed: number;
  /** The epoch the weights are at. */
  epoch: number;
  size: number;
  /** α and β run over [−extent, extent]. */
  extent: number;
  /** Mean training loss at (α_i, β_j) in losses[j · size + i], β = −extent at j = 0; may hold non-finite values where the loss diverges. */
  losses: Float64Array;
  /** The training path on the plane, α, β interleaved, oldest first, ending at (0, 0). */
  path: Float64Array;
  /** How long the worker took, in ms. */
  ms: number;
}

export interface ModelMessage {
  type: 'model';
  epoch: number;
  params: Float64Array;
  /** Running mean then running variance of each batch-norm layer, layer by layer. */
  stats: Float64Array;
}

export type WorkerToPage = Frame | DivergedMessage | ErrorMessage | GradientCheckMessage | DataMessage | LossLandscapeMessage | ModelMessage;
