import { createContext, useCallback, useContext } from 'react';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import type { Lang } from '../i18n/lang';
import { useStore } from '../store/store';

export type T = (key: MessageKey, params?: MessageParams) => string;

/**
 * The language the build-time shell is rendered in (app/shell.tsx). On the server a Zustand
 * hook reads the store's initial state, whatever was set since, so the language comes this way.
 */
export const PrerenderLang = createContext<Lang | null>(null);

/** The interface's language; re-renders its user when it changes. */
export function useLang(): Lang {
  const prerendered = useContext(PrerenderLang);
  const lang = useStore((s) => s.lang);
  return prerendered ?? lang;
}

/**
 * The language the words are shown in: the interface's, once its dictionary is here (until then
 * one that is). A new value when the dictionary arrives, so the words redraw in it.
 */
export function useShownLang(): Lang {
  const lang = useLang();
  const prerendered = useContext(PrerenderLang) !== null;
  return useStore((s) => (prerendered || s.dictionaries.length === 0 || s.dictionaries.includes(lang) ? lang : s.dictionaries[0]));
}

/** The translate function for the current language; re-renders its user when the language changes. */
export function useT(): T {
  const shown = useShownLang();
  return useCallback((key, params) => translate(shown, key, params), [shown]);
}
