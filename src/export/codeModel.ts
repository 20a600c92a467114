/**
 * What a script needs to follow the playground's run: the points in the order the trainer
 * visits them, the input features, the layers with their initial weights (drawn from the seed
 * exactly as the worker draws them), the head, the optimizer and the update rule. Built with
 * the worker's own Run, so nothing here can drift from what trains on screen.
 */
import type { ActivationId, FeatureId, OptimizerId, OptimizerSettings, OutputHeadId, PlaygroundConfig, RegularizationId } from '../config/config';
import { Run } from '../worker/run';

export interface CodeLayer {
  fanIn: number;
  fanOut: number;
  /** W[to][from], as nn.Linear keeps it (the engine's W[to · fanIn + from]). */
  weights: number[][];
  biases: number[];
  /** null for the output layer, whose activation belongs to the head. */
  activation: ActivationId | null;
}

export interface CodeModel {
  features: FeatureId[];
  /** Raw coordinates (x₁, x₂) and labels, train in the trainer's order, then test. */
  train: { x: number[]; y: number[]; label: number[] };
  test: { x: number[]; y: number[]; label: number[] };
  numClasses: number;
  layers: CodeLayer[];
  head: OutputHeadId;
  optimizer: OptimizerId;
  settings: OptimizerSettings;
  learningRate: number;
  /** The batch size the trainer uses (never more than the training points). */
  batchSize: number;
  regularization: RegularizationId;
  regularizationRate: number;
  /** Where the initial weights come from: the seed's draw, or the model file the run was loaded from. */
  start: { from: 'seed'; seed: string; resets: number } | { from: 'file' };
  /** Settings the scripts leave out, so their numbers will differ (named for the note). */
  leftOut: ('dropout' | 'batchNorm' | 'reshuffle')[];
}

const columns = (p: { x: Float64Array; y: Float64Array; label: Float64Array }) => ({ x: Array.from(p.x), y: Array.from(p.y), label: Array.from(p.label) });

/**
 * `loaded`: the parameters a model file put in place of the seed's draw (the network's own
 * layout), so the script starts where the run on screen started.
 */
export function codeModel(config: PlaygroundConfig, loaded: { params: Float64Array } | null = null): CodeModel {
  const run = new Run(config);
  // A file for another network cannot be the start of this one; the page never pairs them, but the seed's draw is the honest fallback.
  const fromFile = loaded !== null && loaded.params.length === run.net.params.length;
  if (fromFile) run.net.params.set(loaded.params);
  const layers: CodeLayer[] = run.net.layers.map((layer) => ({
    fanIn: layer.fanIn,
    fanOut: layer.fanOut,
    weights: Array.from({ length: layer.fanOut }, (_, to) => Array.from(layer.weights.subarray(to * layer.fanIn, (to + 1) * layer.fanIn))),
    biases: Array.from(layer.biases),
    activation: layer.isOutput ? null : layer.activationId,
  }));
  const leftOut: CodeModel['leftOut'] = [];
  if (config.dropout > 0) leftOut.push('dropout');
  if (config.batchNorm) leftOut.push('batchNorm');
  if (config.reshuffle) leftOut.push('reshuffle');
  return {
    features: [...config.features],
    train: columns(run.data.train),
    test: columns(run.data.test),
    numClasses: run.data.numClasses,
    layers,
    head: config.outputHead,
    optimizer: config.optimizer,
    settings: { ...config.optimizerSettings },
    learningRate: config.learningRate,
    batchSize: run.trainer.batchSize,
    regularization: config.regularization === 'none' || config.regularizationRate === 0 ? 'none' : config.regularization,
    regularizationRate: config.regularization === 'none' ? 0 : config.regularizationRate,
    start: fromFile ? { from: 'file' } : { from: 'seed', seed: config.seed, resets: config.resets },
    leftOut,
  };
}

/** A number as Python reads it back exactly: JavaScript's shortest round-trip form. */
export function py(n: number): string {
  if (Number.isNaN(n)) return 'float("nan")';
  if (!Number.isFinite(n)) return n > 0 ? 'float("inf")' : '-float("inf")';
  return Object.is(n, -0) ? '-0.0' : String(n);
}

/** Rows of numbers as a Python list of lists, a few rows to a line so the data stays readable. */
export function pyRows(rows: number[][], indent: string, perLine = 4): string {
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i += perLine) {
    lines.push(indent + rows.slice(i, i + perLine).map((r) => `[${r.map(py).join(', ')}]`).join(', ') + ',');
  }
  return `[\n${lines.join('\n')}\n${indent.slice(4)}]`;
}

/** Python expressions for each input feature of the raw columns x1, x2 (numpy or torch namespace). */
export function featureExpr(f: FeatureId, ns: 'np' | 'torch'): string {
  switch (f) {
    case 'x':
      return 'x1';
    case 'y':
      return 'x2';
    case 'xSquared':
      return 'x1 * x1';
    case 'ySquared':
      return 'x2 * x2';
    case 'xTimesY':
      return 'x1 * x2';
    case 'sinX':
      return `${ns}.sin(x1)`;
    case 'sinY':
      return `${ns}.sin(x2)`;
    case 'cosX':
      return `${ns}.cos(x1)`;
    case 'cosY':
      return `${ns}.cos(x2)`;
  }
}
