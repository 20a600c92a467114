/**
 * Every key the hash may carry, in one place, so that a link from TF Playground, from the
 * Deep Insider fork or from us means the same thing to the decoder, the encoder and the UI.
 *
 * ## TF Playground (tensorflow/playground, src/state.ts): written by encodeHash, in its order
 * | key                | value                                   | config field                      |
 * |--------------------|-----------------------------------------|-----------------------------------|
 * | activation         | relu, tanh, sigmoid, linear (+ ours)    | every entry of `activations`      |
 * | regularization     | none, L1, L2                            | regularization                    |
 * | batchSize          | integer 1 … training-set size           | batchSize                         |
 * | dataset            | circle, xor, gauss, spiral              | dataset                           |
 * | regDataset         | reg-plane, reg-gauss                    | regDataset                        |
 * | learningRate       | number in (0, 100]                      | learningRate                      |
 * | regularizationRate | number in [0, 10]                       | regularizationRate                |
 * | noise              | number in [0, 50]                       | noise                             |
 * | networkShape       | comma list of 1–16, ≤ 8 items, may be empty | networkShape                  |
 * | seed               | [A-Za-z0-9._-]{1,40}                    | seed                              |
 * | showTestData, discretize, collectStats, hideText | true/false  | same names                        |
 * | percTrainData      | number in [10, 90]                      | percTrainData                     |
 * | x, y, xTimesY, xSquared, ySquared, cosX, sinX, cosY, sinY | true/false | membership in `features` |
 * | problem            | classification, regression (+ multiclass) | problem; resets outputHead      |
 * | initZero           | true → init 'zeros'                     | init                              |
 * | tutorial           | article name; we have no articles       | accepted, ignored                 |
 * | <control>_hide     | true/false                              | `hidden` (see HIDEABLE_CONTROLS)  |
 *
 * ## Deep Insider (deepinsider.github.io/playground, @IT's Japanese fork of TF Playground)
 * Read from its compiled state.ts/nn.ts/playground.ts as published in the code4fukui/playground
 * fork (docs/bundle.js, whose README is Deep Insider's), and from Deep Insider links in the wild.
 * | key                | what it does there                                        | here                         |
 * |--------------------|-----------------------------------------------------------|------------------------------|
 * | loss               | mse = ½(o − t)², mae = \|o − t\|; output activation unchanged | mae → 'linear-abs' for regression; classification has no tanh+abs head, so reported |
 * | batchFull          | batch size = the whole training set                       | batchFull                    |
 * | initOrigin         | true: TF's init (weights U(−0.5, 0.5), biases 0.1); false (its default): Glorot uniform ±√(6/(fanIn + fanOut)), biases 0 | true → 'tfp', false → 'glorot' |
 * | showTrainData      | draw the training points (default true)                   | showTrainData                |
 * | showValidationData | draw the held-out split (TF's "test" data, renamed validation) | showTestData            |
 * | showTestData       | with showValidationData present: draw the points the learner probes by clicking the map (step 8, "テスト"); we have no such probe | ignored in a Deep Insider link |
 * | activspacer        | shows or hides a spacer beside the activation menu (layout only) | accepted, ignored     |
 * Its activations add elu, selu, softplus, softsign: elu and softplus are ours too.
 *
 * ## Ours (written only when they differ from what the keys above already imply)
 * | key         | value                                           | config field                      |
 * |-------------|-------------------------------------------------|-----------------------------------|
 * | activations | comma list of ACTIVATIONS, one per hidden layer; overrides `activation` | activations |
 * | outputHead  | OUTPUT_HEADS allowed for the problem            | outputHead (overrides `loss`)     |
 * | mcDataset   | blobs3, blobs4, spiral3                         | multiDataset (problem=multiclass) |
 * | optimizer   | sgd, momentum, adagrad, rmsprop, adam           | optimizer                         |
 * | momentum    | [0, 1)                                          | optimizerSettings.momentum        |
 * | rho         | [0, 1)                                          | optimizerSettings.rho             |
 * | beta1       | [0, 1)                                          | optimizerSettings.beta1           |
 * | beta2       | [0, 1)                                          | optimizerSettings.beta2           |
 * | epsilon     | (0, 1]                                          | optimizerSettings.epsilon         |
 * | init        | tfp, zeros, xavier, glorot, he (overrides initZero / initOrigin) | init             |
 * | dropout     | [0, 0.9]                                        | dropout                           |
 * | batchNorm   | true/false                                      | batchNorm                         |
 * | batchFull   | true/false (Deep Insider's key)                 | batchFull                         |
 * | reshuffle   | true/false: a new order every epoch, shorter last batch (false: TF's stored order) | reshuffle |
 * | resets      | integer 0 … MAX_RESETS: Reset presses since the seed was set; the weights are the (resets + 1)-th draw after the data, as TF's Reset draws them | resets |
 * | showTrainData | true/false (Deep Insider's key)               | showTrainData                     |
 * | lang        | en, ja                                          | lang                              |
 * | speed       | max, or epochs per second in [0.1, 100000] (default 60) | speed                     |
 * | stopAt      | integer ≥ 1: pause exactly at that epoch        | stopAt                            |
 * | lesson      | one of LESSON_IDS                               | lesson (TF's `tutorial` maps to one where it fits, see tutorials.ts) |
 * | step        | the lesson's step, 1 … 12 (written with lesson) | lessonStep                        |
 * | classroom   | true/false: projector mode                      | classroom                         |
 * | embed       | comma list of play, data, features, network, output, loss | embed (only these parts)  |
 * | compare     | `<key>:<v1>,<v2>[,<v3>[,<v4>]]`: the compare view, one run per value of the setting `<key>` (one of COMPARE_KEYS, under its own URL key; `features` lists feature keys); each value as that key takes it, lists joined by `_` (`networkShape:4_2,8_8_8`), plus `batchSize:full` and `regularization:dropout`; see compare.ts | compare |
 * | seeds       | integer 2–10: the seeds view, that many runs on the same data with the next draws of initial weights (ignored, and reported, beside `compare`) | seeds |
 * | data        | base64url points drawn or imported (customBlob.ts), up to MAX_LINK_POINTS | customData |
 */
import { FEATURES, OPTIMIZER_SETTING_KEYS } from '../config/config';

export const HIDE_SUFFIX = '_hide';

/** TF Playground's activations: the only values of `activation` TF itself can open. */
export const TF_ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;

/** TF Playground's state keys, in the order its serializer writes them. */
export const TF_KEYS = [
  'activation', 'regularization', 'batchSize', 'dataset', 'regDataset', 'learningRate',
  'regularizationRate', 'noise', 'networkShape', 'seed', 'showTestData', 'discretize',
  'percTrainData', 'x', 'y', 'xTimesY', 'xSquared', 'ySquared', 'cosX', 'sinX', 'cosY', 'sinY',
  'collectStats', 'problem', 'initZero', 'hideText',
] as const;

export const DEEP_INSIDER_KEYS = ['loss', 'batchFull', 'initOrigin', 'showTrainData', 'showValidationData', 'activspacer'] as const;

export const EXTRA_KEYS = [
  'activations', 'outputHead', 'mcDataset', 'optimizer', ...OPTIMIZER_SETTING_KEYS,
  'init', 'dropout', 'batchNorm', 'batchFull', 'reshuffle', 'resets', 'showTrainData', 'lang', 'speed', 'stopAt', 'lesson', 'step', 'classroom', 'embed',
  'compare', 'seeds',
  'data',
] as const;

/**
 * Names a `<name>_hide=true` key may carry; `config.hidden` holds only these. They are TF's
 * hidable controls (its HIDABLE_CONTROLS plus the input features, which TF drops from the
 * network view when hidden) and one per control of ours.
 */
export const HIDEABLE_CONTROLS = [
  // TF Playground
  'showTestData', 'discretize', 'playButton', 'stepButton', 'resetButton', 'learningRate',
  'activation', 'regularization', 'regularizationRate', 'problem', 'dataset', 'percTrainData',
  'noise', 'batchSize', 'numHiddenLayers', 'seed',
  ...FEATURES,
  // ours (and Deep Insider's showTrainData / batchFull / optimizer)
  'showTrainData', 'batchFull', 'outputHead', 'optimizer', ...OPTIMIZER_SETTING_KEYS,
  'init', 'dropout', 'batchNorm', 'reshuffle', 'lang',
] as const;
export type HideableControl = (typeof HIDEABLE_CONTROLS)[number];

/** Other names for the same control, so either spelling hides it. */
export const HIDE_ALIASES: ReadonlyMap<string, HideableControl> = new Map<string, HideableControl>([
  ['networkShape', 'numHiddenLayers'],
  ['regDataset', 'dataset'],
  ['mcDataset', 'dataset'],
  ['activations', 'activation'],
  ['initZero', 'init'],
  ['initOrigin', 'init'],
  ['loss', 'outputHead'],
  ['showValidationData', 'showTestData'],
]);

/**
 * Hide names that are valid in TF Playground or Deep Insider but name nothing we show
 * (TF accepts `_hide` on any state key; Deep Insider has a test-probe button). Accepted without
 * an issue, not stored.
 */
export const IGNORED_HIDE_NAMES: ReadonlySet<string> = new Set(['collectStats', 'hideText', 'tutorial', 'testButton', 'activspacer']);


const HIDEABLE_SET: ReadonlySet<string> = new Set(HIDEABLE_CONTROLS);

export function isHideableControl(name: string): name is HideableControl {
  return HIDEABLE_SET.has(name);
}
