/**
 * Which language to speak, apart from the dictionaries: the page's entry module needs this to
 * read the URL before anything else, and should not have to load every word of both languages
 * to do it.
 */
import type { Lang } from '../config/config';

// The list itself lives with the configuration, which a link's `lang=` sets.
export { LANGS, type Lang } from '../config/config';

const isLang = (tag: string, lang: Lang) => {
  const t = tag.toLowerCase();
  return t === lang || t.startsWith(lang + '-');
};

/**
 * Japanese when the reader ranks Japanese above English (navigator.languages is in order of
 * preference), else English, which is also the answer when neither appears.
 */
export function detectLang(navigatorLanguages: readonly string[]): Lang {
  for (const tag of navigatorLanguages) {
    if (typeof tag !== 'string') continue;
    if (isLang(tag, 'ja')) return 'ja';
    if (isLang(tag, 'en')) return 'en';
  }
  return 'en';
}
