/**
 * One run: the data, the network and its trainer built from a PlaygroundConfig. Pure (no
 * DOM, no messages), so unit tests, the Node benchmark and the worker all drive the same code.
 */
import { effectiveBatchSize, type PlaygroundConfig } from '../config/config';
import { buildInputs, splitForConfig, type Points } from '../data';
import { createRng, Network, Trainer, evaluate, type DataTable, type Evaluation, type Rng } from '../engine';
import { networkSpec } from '../engine/networkSpec';

export interface RunData {
  train: Points;
  test: Points;
  /** 2 for two classes, 0 for regression, K for K classes. */
  numClasses: number;
  trainTable: DataTable;
  testTable: DataTable;
  /** The seed's stream right after the data and its shuffle: where the weights are drawn from. */
  streamAfterData: Rng;
}

/**
 * The seed's one stream, as TF Playground's generateData and reset use it: the points, their
 * shuffle and split, then (from streamAfterData) the initial weights.
 */
export function buildData(config: PlaygroundConfig): RunData {
  const { train, test, numClasses, streamAfterData } = splitForConfig(config);
  const width = config.features.length;
  const table = (p: Points): DataTable => ({ inputs: buildInputs(p, config.features), targets: p.label, count: p.count, width });
  return { train, test, numClasses, trainTable: table(train), testTable: table(test), streamAfterData: streamAfterData.clone() };
}

/**
 * Dropout masks and the reshuffled order: our own settings, so a stream of their own, fixed by
 * the seed and the Reset count so that a link replays them too.
 */
export const trainingStreamSeed = (seed: string, resets: number): string => `${seed}|train|${resets}`;

export interface Divergence {
  epoch: number;
  what: 'loss' | 'weights';
}

export class Run {
  config: PlaygroundConfig;
  data: RunData;
  net!: Network;
  trainer!: Trainer;
  /**
   * The seed TF Playground's Regenerate would pick now: the stream's next number after the
   * current weights' draw, to 5 decimals.
   */
  nextSeed = '';
  /** The stream right after the current weights' draw: the next Reset draws from here. */
  #streamAfterWeights: Rng | null = null;
  lastTrain: Evaluation = { loss: NaN, accuracy: NaN };
  lastTest: Evaluation = { loss: NaN, accuracy: NaN };
  /** Set once a loss or a parameter stops being finite; training must stop there. */
  divergence: Divergence | null = null;

  constructor(config: PlaygroundConfig, data: RunData = buildData(config)) {
    this.config = config;
    this.data = data;
    this.#start();
  }

  /**
   * Draws the weights (skipping `resets` earlier draws of this network, as that many presses of
   * TF's Reset would), a fresh optimizer, epoch 0, and measures the loss.
   */
  #start(next: Rng | null = null): void {
    const rng = next ?? this.data.streamAfterData.clone();
    const net = new Network(networkSpec(this.config, this.data.numClasses), rng);
    if (next === null) for (let k = 0; k < this.config.resets; k++) net.initialize(rng);
    this.net = net;
    this.#streamAfterWeights = rng.clone();
    this.nextSeed = rng.next().toFixed(5);
    this.trainer = this.#makeTrainer();
    this.divergence = null;
    this.evaluate();
  }

  #makeTrainer(): Trainer {
    const c = this.config;
    return new Trainer(
      this.net,
      this.data.trainTable,
      c.optimizer,
      c.optimizerSettings,
      {
        learningRate: c.learningRate,
        batchSize: effectiveBatchSize(c),
        regularization: c.regularization,
        regularizationRate: c.regularization === 'none' ? 0 : c.regularizationRate,
        reshuffle: c.reshuffle,
      },
      createRng(trainingStreamSeed(c.seed, c.resets)),
    );
  }

  /**
   * Reset: the same data, the weights of draw number `resets` + 1, epoch 0. With the count the
   * run already had, the run starts again exactly as it first did.
   */
  reset(resets: number = this.config.resets): void {
    // The next Reset (the button) goes on from where the last draw stopped: one draw, not all.
    const next = resets === this.config.resets + 1 ? this.#streamAfterWeights!.clone() : null;
    this.config = { ...this.config, resets };
    this.#start(next);
  }

  /** Applies hyper-parameters that need no reset (learning rate, penalty, batch size, optimizer settings, dropout). */
  updateLive(config: PlaygroundConfig): void {
    this.config = config;
    const s = this.trainer.settings;
    s.learningRate = config.learningRate;
    s.batchSize = effectiveBatchSize(config);
    s.regularization = config.regularization;
    s.regularizationRate = config.regularization === 'none' ? 0 : config.regularizationRate;
    this.trainer.optimizer.setSettings(config.optimizerSettings);
    this.net.setDropout(config.dropout);
  }

  /**
   * New points under the same network: the weights and the optimizer's state stay, so training
   * goes on and the boundary follows points as they are drawn. The caller checks that the number
   * of classes is the same (otherwise the output layer changes and the run is rebuilt).
   */
  replaceData(config: PlaygroundConfig): void {
    this.data = buildData(config);
    this.trainer.setData(this.data.trainTable);
    this.updateLive(config);
    this.evaluate();
  }

  /** Train and test loss and accuracy; records divergence instead of passing NaN on. */
  evaluate(): void {
    this.lastTrain = evaluate(this.net, this.data.trainTable);
    this.lastTest = evaluate(this.net, this.data.testTable);
    if (this.divergence) return;
    if (!this.trainer.parametersFinite()) this.divergence = { epoch: this.trainer.epoch, what: 'weights' };
    else if (!Number.isFinite(this.lastTrain.loss) || !Number.isFinite(this.lastTest.loss))
      this.divergence = { epoch: this.trainer.epoch, what: 'loss' };
  }

  /** Trains `epochs` whole epochs and evaluates once at the end. */
  trainEpochs(epochs: number): void {
    for (let e = 0; e < epochs && !this.divergence; e++) {
      this.trainer.trainEpoch();
      if (!this.trainer.parametersFinite()) this.divergence = { epoch: this.trainer.epoch, what: 'weights' };
    }
    this.evaluate();
  }
}
