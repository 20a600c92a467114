/**
 * One run: the data, the network and its trainer built from a PlaygroundConfig. Pure (no
 * DOM, no messages), so unit tests, the Node benchmark and the worker all drive the same code.
 */
import {
  activeDataset,
  effectiveBatchSize,
  numSamplesFor,
  type PlaygroundConfig,
} from '../config/config';
import { buildInputs, generateDataset, numClassesOf, splitTrainTest, type Points } from '../data';
import { createRng, Network, Trainer, evaluate, type DataTable, type Evaluation } from '../engine';
import { networkSpec } from '../engine/networkSpec';

export interface RunData {
  train: Points;
  test: Points;
  /** 2 for two classes, 0 for regression, K for K classes. */
  numClasses: number;
  trainTable: DataTable;
  testTable: DataTable;
}

/** Each consumer of randomness gets its own stream, so changing the network never changes the data. */
export const seedFor = (seed: string, purpose: 'data' | 'init' | 'train'): string => `${seed}|${purpose}`;

export function buildData(config: PlaygroundConfig): RunData {
  const rng = createRng(seedFor(config.seed, 'data'));
  const id = activeDataset(config);
  const all = generateDataset(id, numSamplesFor(config.problem), config.noise, rng);
  const { train, test } = splitTrainTest(all, config.percTrainData, rng);
  const width = config.features.length;
  const table = (p: Points): DataTable => ({ inputs: buildInputs(p, config.features), targets: p.label, count: p.count, width });
  return { train, test, numClasses: numClassesOf(id), trainTable: table(train), testTable: table(test) };
}

export interface Divergence {
  epoch: number;
  what: 'loss' | 'weights';
}

export class Run {
  config: PlaygroundConfig;
  data: RunData;
  net: Network;
  trainer: Trainer;
  lastTrain: Evaluation = { loss: NaN, accuracy: NaN };
  lastTest: Evaluation = { loss: NaN, accuracy: NaN };
  /** Set once a loss or a parameter stops being finite; training must stop there. */
  divergence: Divergence | null = null;

  constructor(config: PlaygroundConfig, data: RunData = buildData(config)) {
    this.config = config;
    this.data = data;
    this.net = new Network(networkSpec(config, data.numClasses), createRng(seedFor(config.seed, 'init')));
    this.trainer = this.makeTrainer();
    this.evaluate();
  }

  private makeTrainer(): Trainer {
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
      },
      createRng(seedFor(c.seed, 'train')),
    );
  }

  /** New weights from the seed, fresh optimizer state, epoch 0: the same start as at load. */
  reset(): void {
    this.net = new Network(networkSpec(this.config, this.data.numClasses), createRng(seedFor(this.config.seed, 'init')));
    this.trainer = this.makeTrainer();
    this.divergence = null;
    this.evaluate();
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
