/**
 * What the worker sends the page: frames (the run's numbers, parameters, new loss points and,
 * as often as their cost allows, the pictures) and the data points, each with the transfer list
 * of its typed arrays.
 */
import { packParams, paramBuffers } from '../engine/paramLayout';
import type { DataMessage, Frame, FrameDetail, Grids } from './protocol';
import type { Run } from './run';
import { gradientNorms, OUTPUT_GRID_SIZE, packGrids, SMALL_GRID_SIZE, zeroWeightCounts } from './snapshot';

/** Pictures may take at most this share of the worker's time. */
const GRID_TIME_SHARE = 0.2;
/**
 * While training, a new decision boundary at most every this many ms (30 a second). Each one
 * costs the page a repaint of its canvas; past 30 a second a boundary that morphs as training
 * goes looks no smoother, and the page keeps its main thread for everything else.
 */
const MIN_GRID_INTERVAL_MS = 33;
/**
 * While training, neuron pictures and histograms are sent at most this often: the page draws
 * them ten times a second (with the diagram), so more would only cost the worker forward passes
 * and the page garbage.
 */
const NEURON_PICTURES_INTERVAL_MS = 100;
/** A small multiple's boundary, at most this often: the compare view redraws each about 15 times a second. */
const SMALL_GRID_INTERVAL_MS = 66;

export interface Outgoing<M> {
  message: M;
  transfer: ArrayBuffer[];
}

/** What the session knows that a frame reports, beside the run itself. */
export interface FrameState {
  generation: number;
  running: boolean;
  epochsPerSecond: number;
  lossRising: boolean;
  history: Frame['history'];
}

function batchProgress(run: Run): { batchInEpoch: number; batchesPerEpoch: number } {
  const batchesPerEpoch = Math.max(1, run.trainer.updatesPerEpoch);
  return { batchInEpoch: Math.min(batchesPerEpoch, run.trainer.updatesInEpoch), batchesPerEpoch };
}

function gridBuffers(grids: Grids | null): ArrayBuffer[] {
  if (!grids) return [];
  const buffers: ArrayBufferLike[] = [grids.outputGrid.buffer];
  if (grids.neurons) buffers.push(grids.neurons.neuronGrids.buffer, grids.neurons.activationCounts.buffer, grids.neurons.activationDomains.buffer);
  return buffers as ArrayBuffer[];
}

/** Every typed array of a frame, for its transfer list. */
export function frameTransfer(frame: Frame): ArrayBuffer[] {
  const history = Object.values(frame.history).map((a: Float64Array) => a.buffer);
  return [...paramBuffers(frame), frame.gradNorms.buffer, frame.zeroWeights.buffer, ...history, ...gridBuffers(frame.grids)] as ArrayBuffer[];
}

/** Builds frames, repainting the pictures only as often as keeps their cost under GRID_TIME_SHARE while training. */
export class FrameBuilder {
  #seq = 0;
  /** Cost of the last grid painting and when it ended, to pace the next one. */
  #gridCost = 0;
  #lastGridAt = -Infinity;
  #lastNeuronsAt = -Infinity;
  /** The pictures no longer show the network as it is. */
  gridsStale = true;
  #detail: FrameDetail = 'full';
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** What the run's view draws from now on; a change brings its pictures with the next frame. */
  setDetail(detail: FrameDetail): void {
    if (detail === this.#detail) return;
    this.#detail = detail;
    this.restart();
  }

  /** A new start (configure, reset): the next frame brings every picture. */
  restart(): void {
    this.gridsStale = true;
    this.#lastGridAt = -Infinity;
    this.#lastNeuronsAt = -Infinity;
  }

  #grids(run: Run, running: boolean): Grids | null {
    const now = this.#now();
    const full = this.#detail === 'full';
    const interval = full ? MIN_GRID_INTERVAL_MS : SMALL_GRID_INTERVAL_MS;
    const due = this.gridsStale && (!running || now - this.#lastGridAt >= Math.max(interval, this.#gridCost / GRID_TIME_SHARE));
    if (!due) return null;
    const withNeurons = full && (!running || now - this.#lastNeuronsAt >= NEURON_PICTURES_INTERVAL_MS);
    if (withNeurons) this.#lastNeuronsAt = now;
    const size = full ? OUTPUT_GRID_SIZE : SMALL_GRID_SIZE;
    const grids = packGrids(run.net, run.config.features, run.data.trainTable, withNeurons, size);
    const end = this.#now();
    this.#gridCost = end - now;
    this.#lastGridAt = end;
    this.gridsStale = false;
    return grids;
  }

  build(run: Run, state: FrameState): Outgoing<Frame> {
    const grids = this.#grids(run, state.running);
    const frame: Frame = {
      type: 'frame',
      seq: ++this.#seq,
      generation: state.generation,
      epoch: run.trainer.epoch,
      updates: run.trainer.updates,
      ...batchProgress(run),
      running: state.running,
      trainLoss: run.lastTrain.loss,
      testLoss: run.lastTest.loss,
      trainAccuracy: Number.isNaN(run.lastTrain.accuracy) ? null : run.lastTrain.accuracy,
      testAccuracy: Number.isNaN(run.lastTest.accuracy) ? null : run.lastTest.accuracy,
      grids,
      ...packParams(run.net),
      zeroWeights: zeroWeightCounts(run.net),
      nextSeed: run.nextSeed,
      history: state.history,
      // Before the first update there is no gradient to show: NaN reads as "–", not as 0.
      gradNorms: run.trainer.updates > 0 ? gradientNorms(run.net) : new Float64Array(run.net.layers.length).fill(NaN),
      epochsPerSecond: state.running ? state.epochsPerSecond : 0,
      lossRising: state.lossRising,
    };
    return { message: frame, transfer: frameTransfer(frame) };
  }
}

/** The run's points, x and y interleaved, for the page's plot. */
export function dataMessage(run: Run, generation: number): Outgoing<DataMessage> {
  const { train, test, numClasses } = run.data;
  const interleave = (p: typeof train) => {
    const out = new Float32Array(p.count * 2);
    for (let k = 0; k < p.count; k++) {
      out[2 * k] = p.x[k];
      out[2 * k + 1] = p.y[k];
    }
    return out;
  };
  const message: DataMessage = {
    type: 'data',
    generation,
    trainPoints: interleave(train),
    trainLabels: Float32Array.from(train.label),
    testPoints: interleave(test),
    testLabels: Float32Array.from(test.label),
    numClasses,
  };
  const transfer = [message.trainPoints.buffer, message.trainLabels.buffer, message.testPoints.buffer, message.testLabels.buffer] as ArrayBuffer[];
  return { message, transfer };
}
