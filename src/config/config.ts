/**
 * The whole configuration of a run: what the URL carries, what the store edits and what the
 * worker trains. Pure data; every field has a default, a range and a URL token.
 */
import type { CustomData } from './customData';

export const ACTIVATIONS = ['linear', 'step', 'sigmoid', 'tanh', 'relu', 'leakyrelu', 'elu', 'swish', 'softplus'] as const;
export type ActivationId = (typeof ACTIVATIONS)[number];

export const CLASSIFY_DATASETS = ['circle', 'xor', 'gauss', 'spiral'] as const;
export const REGRESS_DATASETS = ['reg-plane', 'reg-gauss'] as const;
export const MULTICLASS_DATASETS = ['blobs3', 'blobs4', 'spiral3'] as const;
export type ClassifyDatasetId = (typeof CLASSIFY_DATASETS)[number];
export type RegressDatasetId = (typeof REGRESS_DATASETS)[number];
export type MulticlassDatasetId = (typeof MULTICLASS_DATASETS)[number];
export type DatasetId = ClassifyDatasetId | RegressDatasetId | MulticlassDatasetId;

export const PROBLEMS = ['classification', 'regression', 'multiclass'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Input features under TF Playground's URL names (cosX and cosY exist in its state too). */
export const FEATURES = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY', 'cosX', 'cosY'] as const;
export type FeatureId = (typeof FEATURES)[number];

/**
 * Output activation and loss travel together, because the task fixes the pair:
 * - tanh-square: TF Playground's classification (labels ±1, ½(o − t)²), the default;
 * - sigmoid-xent: sigmoid output with binary cross-entropy (labels 0/1);
 * - softmax-xent: K classes, softmax with cross-entropy;
 * - linear-square / linear-abs: regression with squared or absolute error.
 */
export const OUTPUT_HEADS = ['tanh-square', 'sigmoid-xent', 'softmax-xent', 'linear-square', 'linear-abs'] as const;
export type OutputHeadId = (typeof OUTPUT_HEADS)[number];

export const HEADS_BY_PROBLEM: Record<Problem, readonly OutputHeadId[]> = {
  classification: ['tanh-square', 'sigmoid-xent'],
  regression: ['linear-square', 'linear-abs'],
  multiclass: ['softmax-xent'],
};

export const OPTIMIZERS = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'] as const;
export type OptimizerId = (typeof OPTIMIZERS)[number];

/** `tfp` is TF Playground's: weights uniform in ±0.5, biases 0.1. */
export const INITIALIZERS = ['tfp', 'zeros', 'xavier', 'glorot', 'he'] as const;
export type InitializerId = (typeof INITIALIZERS)[number];

export const REGULARIZATIONS = ['none', 'L1', 'L2'] as const;
export type RegularizationId = (typeof REGULARIZATIONS)[number];

/** Epochs per second while playing, or 'max' for as fast as the engine allows. */
export type Speed = 'max' | number;
/**
 * The paces the run bar offers. The default is about TF Playground's one epoch per display
 * frame: slow enough to watch the boundary form, fast enough that the circle is solved in seconds.
 */
export const SPEEDS: readonly Speed[] = [1, 3, 10, 30, 60, 200, 1000, 'max'];
export const DEFAULT_SPEED = 60;

/**
 * The optimizers' own settings, one number each: α in v ← αv − η g (momentum); ρ in
 * h ← ρh + (1 − ρ) g² (RMSProp); Adam's β₁ and β₂; ε added to the denominator of AdaGrad,
 * RMSProp and Adam. The type is made from this list, and the URL codec walks the list, so a
 * setting added here reaches the link by construction (its range in ranges.ts must exist too,
 * or that file does not compile).
 */
export const OPTIMIZER_SETTING_KEYS = ['momentum', 'rho', 'beta1', 'beta2', 'epsilon'] as const;
export type OptimizerSettingKey = (typeof OPTIMIZER_SETTING_KEYS)[number];
export type OptimizerSettings = Record<OptimizerSettingKey, number>;

/**
 * The lessons, one for each idea learners come to see (shared CONCEPTS.md, in its order). Their
 * steps and words load only when a lesson opens (src/lessons); the ids live here because links
 * carry them and the codec checks them.
 */
export const LESSON_IDS = [
  'neuron', 'nonlinear', 'step', 'activations', 'heads', 'accuracy', 'learning-rate', 'batch-size', 'backprop',
  'optimizers', 'init', 'vanishing', 'batch-norm', 'overfitting', 'regularization', 'features', 'universal',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** Parts of the page an `<iframe>` can show alone (`embed=output,play`). */
export const EMBED_PARTS = ['play', 'data', 'features', 'network', 'output', 'loss'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

/**
 * Settings a comparison may vary (`compare=<key>:<value>,<value>`), each under its own URL key
 * (`features` has none of its own: TF gives each feature a key; the value lists them). Everything
 * else is shared by the runs.
 */
export const COMPARE_KEYS = [
  'activation', 'activations', 'networkShape', 'features', 'optimizer', ...OPTIMIZER_SETTING_KEYS, 'learningRate',
  'batchSize', 'batchFull', 'init', 'regularization', 'regularizationRate', 'dropout', 'batchNorm', 'outputHead', 'reshuffle',
] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];
/** Runs side by side: fewer is no comparison, more no longer reads on one screen. */
export const MIN_COMPARE_RUNS = 2;
export const MAX_COMPARE_RUNS = 4;

/** What differs between the runs of a comparison: one setting, and its values as the link writes them. */
export interface CompareSpec {
  key: CompareKey;
  /** 2–4 values, each in its canonical URL form (see url/compare.ts), no two alike. */
  values: string[];
}

/** The interface's languages; a link may fix one (`lang=`). */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** What a seed may be: URL-safe as it is, short enough to read aloud. */
export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

/**
 * The plane the data lives on and every picture shows: [−PLANE_EXTENT, PLANE_EXTENT]² (TF
 * Playground's). Datasets, feature pictures, the output grid and the pointer's coordinates all
 * read it here.
 */
export const PLANE_EXTENT = 6;

export interface PlaygroundConfig {
  problem: Problem;
  /** Dataset for each problem, as TF Playground keeps `dataset` and `regDataset` apart. */
  dataset: ClassifyDatasetId;
  regDataset: RegressDatasetId;
  multiDataset: MulticlassDatasetId;
  /** 0–50, percent of the data's scale, as in TF Playground. */
  noise: number;
  /** 10–90, share of the points used for training. */
  percTrainData: number;
  /** 1 … training-set size; ignored while batchFull is on. */
  batchSize: number;
  batchFull: boolean;
  /**
   * Off (TF Playground's way): every epoch visits the training points in their stored order and
   * a leftover smaller than a batch joins the next epoch's first update. On: a new order every
   * epoch, with a shorter last batch.
   */
  reshuffle: boolean;
  features: FeatureId[];
  /** Neurons per hidden layer; length 0–MAX_HIDDEN_LAYERS. */
  networkShape: number[];
  /** Activation of each hidden layer; same length as networkShape. */
  activations: ActivationId[];
  outputHead: OutputHeadId;
  learningRate: number;
  optimizer: OptimizerId;
  optimizerSettings: OptimizerSettings;
  init: InitializerId;
  regularization: RegularizationId;
  regularizationRate: number;
  /** Dropout probability applied to every hidden layer in training, 0 = off. */
  dropout: number;
  batchNorm: boolean;
  seed: string;
  /**
   * Times Reset was pressed since the seed was set. The initial weights are the (resets + 1)-th
   * draw of the network from the seed's stream after the data, as TF Playground's Reset draws
   * them, so a link reproduces the weights on screen; 0 is TF's first run.
   */
  resets: number;
  showTestData: boolean;
  showTrainData: boolean;
  discretize: boolean;
  /** TF Playground's hideText: hide the explanatory text. */
  hideText: boolean;
  collectStats: boolean;
  /** Control ids hidden through `<control>_hide=true`. */
  hidden: string[];
  /** UI language when fixed by the URL; null = follow the browser / the user's choice. */
  lang: Lang | null;
  /** Pace while playing. */
  speed: Speed;
  /** The run pauses exactly when its epoch counter reaches this; null = never. */
  stopAt: number | null;
  /** The lesson open, and its step (counted from 1). */
  lesson: LessonId | null;
  lessonStep: number;
  /** A projector: large type, thick lines, the lesson's step beside the network, keyboard shortcuts. */
  classroom: boolean;
  /** Only these parts of the page, for an <iframe>; empty = the whole page. */
  embed: EmbedPart[];
  /** The compare view: what differs between its runs; null = the single view. */
  compare: CompareSpec | null;
  /** The seeds view: this many runs (2–10) of the same settings with different initial weights; null = off. */
  seeds: number | null;
  /** Points drawn or imported by the learner, in place of the dataset; null = the dataset (customData.ts). */
  customData: CustomData | null;
}

export const MAX_HIDDEN_LAYERS = 8;
/**
 * More Resets than anyone presses. A link's count costs one draw of the network per Reset when
 * the run starts (about 1 ms for the largest network), so the bound also caps that.
 */
export const MAX_RESETS = 999;
export const MAX_NEURONS = 16;
export const NUM_SAMPLES_CLASSIFY = 500;
export const NUM_SAMPLES_REGRESS = 1200;
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

export const DEFAULT_OPTIMIZER_SETTINGS: OptimizerSettings = {
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
};

/** TF Playground's defaults, so a link with no keys behaves as it does there. */
export function defaultConfig(): PlaygroundConfig {
  return {
    problem: 'classification',
    dataset: 'circle',
    regDataset: 'reg-plane',
    multiDataset: 'blobs3',
    noise: 0,
    percTrainData: 50,
    batchSize: 10,
    batchFull: false,
    reshuffle: false,
    features: ['x', 'y'],
    networkShape: [4, 2],
    activations: ['tanh', 'tanh'],
    outputHead: 'tanh-square',
    learningRate: 0.03,
    optimizer: 'sgd',
    optimizerSettings: { ...DEFAULT_OPTIMIZER_SETTINGS },
    init: 'tfp',
    regularization: 'none',
    regularizationRate: 0,
    dropout: 0,
    batchNorm: false,
    seed: '0.12345',
    resets: 0,
    showTestData: false,
    showTrainData: true,
    discretize: false,
    hideText: false,
    collectStats: false,
    hidden: [],
    lang: null,
    speed: DEFAULT_SPEED,
    stopAt: null,
    lesson: null,
    lessonStep: 1,
    classroom: false,
    embed: [],
    compare: null,
    seeds: null,
    customData: null,
  };
}

/** The dataset in force for the current problem. */
export function activeDataset(config: PlaygroundConfig): DatasetId {
  if (config.problem === 'regression') return config.regDataset;
  if (config.problem === 'multiclass') return config.multiDataset;
  return config.dataset;
}

export function numSamplesFor(problem: Problem): number {
  return problem === 'regression' ? NUM_SAMPLES_REGRESS : NUM_SAMPLES_CLASSIFY;
}

/** Size of the training set the config produces (TF Playground's split rule). */
export function trainSetSize(config: Pick<PlaygroundConfig, 'problem' | 'percTrainData'>): number {
  return Math.floor((numSamplesFor(config.problem) * config.percTrainData) / 100);
}

/** The batch size actually used: the whole training set when batchFull is on. */
export function effectiveBatchSize(config: PlaygroundConfig): number {
  const n = trainSetSize(config);
  return config.batchFull ? n : Math.max(1, Math.min(config.batchSize, n));
}
