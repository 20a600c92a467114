import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import { selectLang, useStore } from '../store/store';

export type T = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current language; re-renders its user when the language changes. */
export function useT(): T {
  const lang = useStore(selectLang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
