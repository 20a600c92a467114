/**
 * The first message of the worker's life, from its name: a JSON message (the bridge's own
 * workers), or a location hash (the worker index.html starts before the page has loaded;
 * decoded exactly as the page decodes it). Anything else: none.
 */
import { decodeHash } from '../url';
import type { PageToWorker } from './protocol';

export function firstMessageFromName(name: string): PageToWorker | null {
  if (name.startsWith('{')) return JSON.parse(name) as PageToWorker;
  if (name.startsWith('#')) return { type: 'configure', config: decodeHash(name).config };
  return null;
}
