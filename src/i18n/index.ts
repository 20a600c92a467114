/**
 * The interface's words in English and Japanese. Pure: the caller passes navigator.languages,
 * so this runs in tests and workers as well as the page.
 */
import { en, type Dictionary, type MessageKey } from './en';
import { ja } from './ja';
import type { Lang } from './lang';

export { detectLang, LANGS, type Lang } from './lang';

export type { Dictionary, MessageKey } from './en';

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
