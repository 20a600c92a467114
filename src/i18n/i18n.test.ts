import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  CLASSIFY_DATASETS,
  FEATURES,
  INITIALIZERS,
  MULTICLASS_DATASETS,
  OPTIMIZERS,
  OUTPUT_HEADS,
  PROBLEMS,
  REGRESS_DATASETS,
  REGULARIZATIONS,
} from '../config/config';
import { en } from './en';
import { detectLang, LANGS, placeholders, translate, type Dictionary, type Lang, type MessageKey } from './index';
import { ja } from './ja';
import { COMPARE_WORDS } from './compareWords';
import { INSIDE_WORDS } from './insideWords';
import { LESSON_WORDS } from './lessonWords';
import { OWN_DATA_WORDS } from './ownDataWords';
import type { ViewWords } from './viewWords';

const keysOf = (d: object) => Object.keys(d).sort();
const DICTIONARIES: Record<Lang, Dictionary> = { en, ja };

describe('dictionaries', () => {
  it('have identical key sets', () => {
    expect(keysOf(ja)).toEqual(keysOf(en));
  });

  it('have no empty strings', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(DICTIONARIES[lang])) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('keep every {param} of the English message in the Japanese one, and add none', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('name every registry entry and give it a tooltip', () => {
    const needed: string[] = [
      ...PROBLEMS.map((p) => `problem.${p}`),
      ...[...CLASSIFY_DATASETS, ...REGRESS_DATASETS, ...MULTICLASS_DATASETS].map((d) => `dataset.${d}`),
      ...FEATURES.flatMap((f) => [`feature.${f}`, `tip.feature.${f}`]),
      ...ACTIVATIONS.flatMap((a) => [`activation.${a}`, `tip.activation.${a}`]),
      ...OUTPUT_HEADS.flatMap((h) => [`head.${h}`, `tip.head.${h}`]),
      ...OPTIMIZERS.flatMap((o) => [`optimizer.${o}`, `tip.optimizer.${o}`]),
      ...INITIALIZERS.flatMap((i) => [`init.${i}`, `tip.init.${i}`]),
      ...REGULARIZATIONS.flatMap((r) => [`regularization.${r}`, `tip.regularization.${r}`]),
      ...['unknown-key', 'malformed', 'out-of-range', 'unknown-value'].map((r) => `url.reason.${r}`),
    ];
    const have = new Set(Object.keys(en));
    expect(needed.filter((k) => !have.has(k))).toEqual([]);
  });

  it('use the standard Japanese terms', () => {
    const all = Object.values(ja).join('\n');
    for (const term of ['学習率', '活性化関数', '隠れ層', 'ニューロン', '損失', '正解率', '訓練データ', 'テストデータ',
      'バッチサイズ', '正則化', '最適化手法', '重み', 'バイアス', '初期化', '過学習', '勾配']) {
      expect(all, term).toContain(term);
    }
  });
});

const VIEW_WORDS: Record<string, ViewWords<string>> = { compare: COMPARE_WORDS, inside: INSIDE_WORDS, lesson: LESSON_WORDS, ownData: OWN_DATA_WORDS };

describe("the on-demand views' words", () => {
  for (const [view, words] of Object.entries(VIEW_WORDS)) {
    it(`${view}: the same keys in both languages, none empty, every {param} kept`, () => {
      expect(keysOf(words.ja)).toEqual(keysOf(words.en));
      for (const key of Object.keys(words.en)) {
        expect(words.en[key].trim(), key).not.toBe('');
        expect(words.ja[key].trim(), key).not.toBe('');
        expect(placeholders(words.ja[key]), key).toEqual(placeholders(words.en[key]));
      }
    });
  }

  it("never name a key of the page's dictionaries or of another view (a view's word would hide it)", () => {
    const seen = new Map<string, string>(Object.keys(en).map((k) => [k, 'page']));
    const clashes: string[] = [];
    for (const [view, words] of Object.entries(VIEW_WORDS)) {
      for (const key of Object.keys(words.en)) {
        const owner = seen.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${view}`);
        seen.set(key, view);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('translate', () => {
  it('looks up the language', () => {
    expect(translate('en', 'training.learningRate')).toBe('Learning rate');
    expect(translate('ja', 'training.learningRate')).toBe('学習率');
  });

  it('fills in {name} placeholders', () => {
    expect(translate('en', 'status.workerFailed', { message: 'out of memory' })).toBe('The training worker failed: out of memory');
    expect(translate('en', 'status.diverged', { epoch: 12, what: translate('en', 'status.what.loss') })).toBe(
      'The training diverged at epoch 12: the loss stopped being finite. Try a smaller learning rate.',
    );
    expect(translate('ja', 'status.diverged', { epoch: 12, what: translate('ja', 'status.what.loss') })).toBe(
      'エポック 12 で学習が発散しました。損失が有限の値ではなくなりました。学習率を小さくしてみてください。',
    );
  });

  it('leaves a placeholder without a param as written, and ignores extra params', () => {
    expect(translate('en', 'gradCheck.result')).toBe('Largest relative error {value}');
    expect(translate('en', 'gradCheck.result', { other: 1 })).toBe('Largest relative error {value}');
  });

  it('inserts params literally (no $-patterns, no HTML)', () => {
    expect(translate('en', 'status.workerFailed', { message: "$& $1 <b>x</b> {message}" })).toBe(
      'The training worker failed: $& $1 <b>x</b> {message}',
    );
  });

  it('does not read inherited properties as params', () => {
    expect(translate('en', 'url.issue', { key: 'a', value: 'b', reason: 'c' })).toBe('a=b: c');
    expect(translate('en', 'status.workerFailed', {})).toBe('The training worker failed: {message}');
  });
});

describe('detectLang', () => {
  it.each([
    [['ja'], 'ja'],
    [['ja-JP', 'en-US'], 'ja'],
    [['JA-jp'], 'ja'],
    [['en-US', 'ja'], 'en'],
    [['fr-FR', 'ja-JP', 'en'], 'ja'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['jam'], 'en'],
  ] as const)('%j → %s', (langs, expected) => {
    expect(detectLang(langs)).toBe(expected);
  });
});
