/** What differs between the runs, in the learner's words: the names the single view gives those values. */
import type { CompareKey } from '../config/config';
import { COMPARE_LIST_SEPARATOR } from '../url/compare';
import type { MessageKey } from '../i18n';
import { type CompareWordKey } from '../i18n/compareWords';
import { type ViewT } from './useWords';

type T = ViewT<CompareWordKey>;

/** Settings whose values the dictionaries name (`activation.relu`, `optimizer.adam`, …). */
const NAMED: Partial<Record<CompareKey, string>> = {
  activation: 'activation',
  optimizer: 'optimizer',
  init: 'init',
  regularization: 'regularization',
  outputHead: 'head',
};

export function runLabel(t: T, key: CompareKey | null, value: string): string {
  if (key === null) return t('compare.seed', { n: value });
  const items = value.split(COMPARE_LIST_SEPARATOR);
  switch (key) {
    case 'activations':
      return items.map((a) => t(`activation.${a}` as MessageKey)).join(' · ');
    case 'features':
      return items.map((f) => t(`feature.${f}` as MessageKey)).join(' ');
    case 'networkShape':
      return items.join('-');
    case 'batchSize':
      return value === 'full' ? t('data.batchFull') : `${t('compare.key.batchSize')} ${value}`;
    case 'regularization':
      return value === 'dropout' ? t('compare.key.dropout') : t(`regularization.${value}` as MessageKey);
    case 'batchFull':
    case 'batchNorm':
    case 'reshuffle':
      return `${t(`compare.key.${key}`)} ${value === 'true' ? t('compare.on') : t('compare.off')}`;
  }
  const registry = NAMED[key];
  if (registry) return t(`${registry}.${value}` as MessageKey);
  return `${t(`compare.key.${key}`)} ${value}`;
}
