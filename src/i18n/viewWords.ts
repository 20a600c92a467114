/**
 * The words of a view that loads on demand (compare, the views inside the network, own data and
 * export, lessons) live in a dictionary module of their own that only that view's chunks
 * import, so the first load carries none of them. The page's dictionaries (en.ts, ja.ts) keep
 * the words the first screen shows.
 */
import { fill, type MessageParams } from './fill';
import type { Lang } from './lang';

export interface ViewWords<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ja: Readonly<Record<K, string>>;
}

/** A view's dictionary: the Japanese must name every English key (the compiler checks). */
export function defineWords<K extends string>(en: Readonly<Record<K, string>>, ja: Readonly<Record<NoInfer<K>, string>>): ViewWords<K> {
  return { en, ja };
}

export function isViewKey<K extends string>(words: ViewWords<K>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(words.en, key);
}

/** The word in `lang`, with each `{name}` filled in as translate() does. */
export function viewWord<K extends string>(words: ViewWords<K>, lang: Lang, key: K, params?: MessageParams): string {
  return fill(words[lang][key], params);
}
