/**
 * The interface's words in English and Japanese. Pure: the caller passes navigator.languages,
 * so this runs in tests and workers as well as the page.
 *
 * Each language's dictionary is a chunk of its own, loaded for the language the reader reads
 * (the entry module waits for it before React renders, and a switch loads the other before it
 * shows): a page needs one dictionary, so the first load carries one.
 */
import type { Dictionary, MessageKey } from './en';
import { fill, type MessageParams } from './fill';
import type { Lang } from './lang';

export { placeholders, type MessageParams } from './fill';

export { detectLang, LANGS, type Lang } from './lang';

export type { Dictionary, MessageKey } from './en';

const LOADERS: Record<Lang, () => Promise<Dictionary>> = {
  en: () => import('./en').then((m) => m.en),
  ja: () => import('./ja').then((m) => m.ja),
};

const loaded: Partial<Record<Lang, Dictionary>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** A dictionary that is already at hand (the build-time shell and the tests import them). */
export function provideDictionary(lang: Lang, dictionary: Dictionary): void {
  loaded[lang] = dictionary;
}

export const hasDictionary = (lang: Lang): boolean => loaded[lang] !== undefined;

/** The languages whose dictionaries are here. */
export const loadedLangs = (): Lang[] => (Object.keys(loaded) as Lang[]).filter(hasDictionary);

/** Loads `lang`'s dictionary once; a failed load may be tried again. */
export function loadDictionary(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  loading[lang] ??= LOADERS[lang]().then(
    (dictionary) => provideDictionary(lang, dictionary),
    (error: unknown) => {
      delete loading[lang];
      throw error;
    },
  );
  return loading[lang];
}

/**
 * The message in `lang` with each `{name}` replaced by params.name (fill.ts). Until `lang`'s
 * dictionary has arrived the words come from one that has, and failing that the key itself.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const dictionary = loaded[lang] ?? loaded.en ?? loaded.ja;
  return fill(dictionary?.[key] ?? key, params);
}
