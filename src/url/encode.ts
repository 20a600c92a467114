/**
 * Config → hash (without '#'). TF Playground's keys come first, all of them and in its order,
 * so the link opens in TF Playground as far as TF can follow; our keys follow, written only
 * where they say more than TF's keys and the defaults already do, so links stay short.
 */
import { defaultConfig, HEADS_BY_PROBLEM, OPTIMIZER_SETTING_KEYS, type ActivationId, type PlaygroundConfig } from '../config/config';
import { encodeCustomData } from './customBlob';
import { HIDE_SUFFIX, TF_ACTIVATIONS } from './keys';
import { formatCompare } from './compare';
import { formatNumber } from './parse';

/** TF's feature keys in the order its serializer writes them. */
const TF_FEATURE_ORDER = ['x', 'y', 'xTimesY', 'xSquared', 'ySquared', 'cosX', 'sinX', 'cosY', 'sinY'] as const;

/**
 * One activation for TF's `activation` key: the shared one when every layer agrees (then the
 * per-layer key is not needed), else the first layer's that TF knows, so TF shows something close.
 */
function sharedActivation(activations: readonly ActivationId[]): { activation: ActivationId; uniform: boolean } {
  if (activations.length === 0) return { activation: 'tanh', uniform: true };
  const first = activations[0];
  if (activations.every((a) => a === first)) return { activation: first, uniform: true };
  const tfKnown = activations.find((a) => (TF_ACTIVATIONS as readonly string[]).includes(a));
  return { activation: tfKnown ?? 'tanh', uniform: false };
}

/**
 * A valid config holds only URL-safe tokens, so this changes nothing in one; it keeps a bad
 * config from writing '&' or '#' into the link. Commas stay bare: TF splits lists on them raw.
 */
function escape(s: string): string {
  return encodeURIComponent(s).replace(/%2C/g, ',').replace(/%3A/g, ':');
}

export function encodeHash(c: PlaygroundConfig): string {
  const d = defaultConfig();
  const parts: string[] = [];
  const put = (key: string, value: string | number | boolean) => {
    parts.push(`${escape(key)}=${escape(typeof value === 'number' ? formatNumber(value) : String(value))}`);
  };
  const putIfChanged = (key: string, value: number | boolean | string, fallback: number | boolean | string) => {
    if (!Object.is(value, fallback)) put(key, value);
  };

  const { activation, uniform } = sharedActivation(c.activations);
  put('activation', activation);
  put('regularization', c.regularization);
  put('batchSize', c.batchSize);
  put('dataset', c.dataset);
  put('regDataset', c.regDataset);
  put('learningRate', c.learningRate);
  put('regularizationRate', c.regularizationRate);
  put('noise', c.noise);
  put('networkShape', c.networkShape.join(','));
  put('seed', c.seed);
  put('showTestData', c.showTestData);
  put('discretize', c.discretize);
  put('percTrainData', c.percTrainData);
  for (const f of TF_FEATURE_ORDER) put(f, c.features.includes(f));
  put('collectStats', c.collectStats);
  put('problem', c.problem);
  put('initZero', c.init === 'zeros');
  put('hideText', c.hideText);

  if (!uniform) put('activations', c.activations.join(','));
  putIfChanged('outputHead', c.outputHead, HEADS_BY_PROBLEM[c.problem][0]);
  putIfChanged('mcDataset', c.multiDataset, d.multiDataset);
  putIfChanged('optimizer', c.optimizer, d.optimizer);
  for (const k of OPTIMIZER_SETTING_KEYS) putIfChanged(k, c.optimizerSettings[k], d.optimizerSettings[k]);
  // 'zeros' already travels as TF's initZero=true.
  if (c.init !== 'zeros') putIfChanged('init', c.init, d.init);
  putIfChanged('dropout', c.dropout, d.dropout);
  putIfChanged('batchNorm', c.batchNorm, d.batchNorm);
  putIfChanged('batchFull', c.batchFull, d.batchFull);
  putIfChanged('reshuffle', c.reshuffle, d.reshuffle);
  putIfChanged('resets', c.resets, d.resets);
  putIfChanged('showTrainData', c.showTrainData, d.showTrainData);
  if (c.lang !== null) put('lang', c.lang);
  putIfChanged('speed', c.speed, d.speed);
  if (c.stopAt !== null) put('stopAt', c.stopAt);
  if (c.lesson !== null) {
    put('lesson', c.lesson);
    put('step', c.lessonStep);
  }
  putIfChanged('classroom', c.classroom, d.classroom);
  if (c.embed.length > 0) put('embed', c.embed.join(','));
  for (const h of c.hidden) put(h + HIDE_SUFFIX, true);
  // Its ':' stays bare, as the key table writes it (it is safe in a fragment).
  if (c.compare !== null) put('compare', formatCompare(c.compare));
  if (c.seeds !== null) put('seeds', c.seeds);
  // Last, being the longest; data too large for a link is left out (copy-link says so).
  const blob = c.customData === null ? null : encodeCustomData(c.customData);
  if (blob !== null) put('data', blob);
  return parts.join('&');
}
