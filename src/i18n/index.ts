/**
 * The interface's words in English and Japanese. Pure: the caller passes navigator.languages,
 * so this runs in tests and workers as well as the page.
 */
import { en, type Dictionary, type MessageKey } from './en';
import { ja } from './ja';

export type { Dictionary, MessageKey } from './en';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export const DICTIONARIES: Record<Lang, Dictionary> = { en, ja };

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message in `lang` with each `{name}` replaced by params.name. A placeholder without a
 * param stays as written, so a forgotten param shows up on screen instead of vanishing.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[lang]?.[key] ?? en[key] ?? key;
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The `{name}` placeholders of a message, for checking that translations keep them. */
export function placeholders(message: string): string[] {
  return Array.from(message.matchAll(PLACEHOLDER), (m) => m[1]).sort();
}

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
