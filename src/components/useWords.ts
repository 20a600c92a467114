import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import { isViewKey, viewWord, type ViewWords } from '../i18n/viewWords';
import { useShownLang } from './useT';

/** A view's translate function: its own words (i18n/viewWords.ts), and the page's beside them. */
export type ViewT<K extends string> = (key: K | MessageKey, params?: MessageParams) => string;

/** useT for a view that loads on demand: `words` is its dictionary module's export. */
export function useWords<K extends string>(words: ViewWords<K>): ViewT<K> {
  const lang = useShownLang();
  return useCallback(
    (key: K | MessageKey, params?: MessageParams) => (isViewKey(words, key) ? viewWord(words, lang, key, params) : translate(lang, key as MessageKey, params)),
    [lang, words],
  );
}
