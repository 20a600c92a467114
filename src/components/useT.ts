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

/** The translate function for the current language; re-renders its user when the language changes. */
export function useT(): T {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
