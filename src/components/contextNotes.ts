/**
 * Which explanations apply to what is on screen now, in the order they matter. Each one must
 * be true in context: the linear note does not call a linear net a failure on data a straight
 * line separates, the vanishing-gradient note yields to batch normalisation once the gradients
 * are even, and notes about the run (nothing moves, overfitting, L1's zeros) wait for evidence.
 */
import type { PlaygroundConfig } from '../config/config';
import type { MessageKey } from '../i18n';

export interface NoteRunState {
  status: 'idle' | 'running' | 'paused' | 'diverged' | 'error';
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  /** The training loss at epoch 0 of this run. */
  initialTrainLoss: number | null;
  /** RMS weight gradient per layer, input side first. */
  gradNorms: readonly number[];
  /** Weights that are exactly 0. */
  zeroWeights: number;
}

export interface ContextNote {
  key: MessageKey;
  params?: Record<string, string | number>;
}

type NoteConfig = Pick<PlaygroundConfig, 'activations' | 'init' | 'features' | 'problem' | 'dataset' | 'regDataset' | 'batchNorm' | 'learningRate' | 'regularization' | 'regularizationRate'>;

/** Datasets a straight line (or plane) already fits: a linear network succeeds on them. */
const LINEAR_DATASETS: readonly string[] = ['gauss', 'reg-plane'];
/** Epochs before a flat loss counts as "nothing moves" rather than "not started yet". */
const STILL_AFTER_EPOCHS = 50;
/** Relative change of the training loss under which it has not moved. */
const STILL_CHANGE = 0.002;
/** Epochs before a train/test gap counts as overfitting rather than early noise. */
const GAP_AFTER_EPOCHS = 100;
/** Batch norm has evened the gradients when the first layer gets at least this share of the last hidden layer's. */
const EVEN_GRADIENT_RATIO = 0.1;

function linearNote(config: NoteConfig): ContextNote {
  if (config.features.some((f) => f !== 'x' && f !== 'y')) return { key: 'explain.linearFeatures' };
  const dataset = config.problem === 'regression' ? config.regDataset : config.problem === 'classification' ? config.dataset : '';
  return { key: LINEAR_DATASETS.includes(dataset) ? 'explain.linearSeparable' : 'explain.linear' };
}

function gradientsEven(norms: readonly number[]): boolean {
  const hidden = norms.slice(0, -1).filter((n) => Number.isFinite(n) && n > 0);
  if (hidden.length < 2) return false;
  return hidden[0] / hidden[hidden.length - 1] >= EVEN_GRADIENT_RATIO;
}

function configNotes(config: NoteConfig, run: NoteRunState): ContextNote[] {
  const { activations, init } = config;
  const notes: ContextNote[] = [];
  if (activations.includes('step')) notes.push({ key: 'explain.step' });
  if (activations.length > 0 && activations.every((a) => a === 'linear')) notes.push(linearNote(config));
  if (init === 'zeros' && activations.length > 0) notes.push({ key: 'explain.zeroInit' });
  if (activations.filter((a) => a === 'sigmoid').length >= 3) {
    notes.push({ key: config.batchNorm && gradientsEven(run.gradNorms) ? 'explain.batchNormEven' : 'explain.vanishing' });
  }
  return notes;
}

function runNotes(config: NoteConfig, run: NoteRunState): ContextNote[] {
  const notes: ContextNote[] = [];
  const trained = run.status === 'running' || run.status === 'paused';
  const { trainLoss, testLoss, initialTrainLoss } = run;
  if (trained && run.epoch >= STILL_AFTER_EPOCHS && trainLoss !== null && initialTrainLoss !== null && initialTrainLoss > 0) {
    const moved = Math.abs(trainLoss - initialTrainLoss) / initialTrainLoss;
    if (moved < STILL_CHANGE && config.learningRate <= 0.001) notes.push({ key: 'explain.tinyLearningRate', params: { rate: config.learningRate } });
  }
  if (trained && run.epoch >= GAP_AFTER_EPOCHS && trainLoss !== null && testLoss !== null && testLoss > 1.5 * trainLoss + 0.02) {
    notes.push({ key: 'explain.overfitting' });
  }
  if (config.regularization === 'L1' && config.regularizationRate > 0 && run.zeroWeights > 0) {
    notes.push({ key: 'explain.l1Zeros', params: { count: run.zeroWeights } });
  }
  return notes;
}

export function contextNotes(config: NoteConfig, run: NoteRunState): ContextNote[] {
  return [...runNotes(config, run), ...configNotes(config, run)];
}
