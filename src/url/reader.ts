/**
 * The hash split into keys and values, with a record of which keys the decoder used and what
 * it could not use. Kept apart from the decoder so the field rules read as a list.
 */
import { safeDecode, truncateForIssue, type Parsed, type UrlIssue, type UrlIssueReason } from './parse';

/** Beyond this the notice would be a wall; the first ones already say the link is broken. */
export const MAX_ISSUES = 50;

interface Entry {
  value: string;
  /** Position of the key's first appearance, so issues come out in the link's order. */
  pos: number;
}

export class HashReader {
  readonly #params = new Map<string, Entry>();
  readonly #used = new Set<string>();
  readonly #found: Array<UrlIssue & { pos: number }> = [];

  constructor(hash: string) {
    const body = hash.startsWith('#') ? hash.slice(1) : hash;
    if (body === '') return;
    const segments = body.split('&');
    for (let pos = 0; pos < segments.length; pos++) {
      const segment = segments[pos];
      if (segment === '') continue;
      const eq = segment.indexOf('=');
      const rawKey = eq < 0 ? segment : segment.slice(0, eq);
      const rawValue = eq < 0 ? '' : segment.slice(eq + 1);
      const key = safeDecode(rawKey);
      const value = safeDecode(rawValue);
      if (key === null || value === null) {
        this.#addIssue(rawKey, rawValue, 'malformed', pos);
        continue;
      }
      // Later duplicates win, as in TF Playground, but keep the first position.
      const earlier = this.#params.get(key);
      this.#params.set(key, { value, pos: earlier ? earlier.pos : pos });
    }
  }

  /** The raw value, marking the key as understood. */
  take(key: string): string | undefined {
    const entry = this.#params.get(key);
    if (entry === undefined) return undefined;
    this.#used.add(key);
    return entry.value;
  }

  /**
   * The parsed value, or undefined when absent or refused (then an issue is recorded and the
   * field keeps its default). Empty values are refused unless `allowEmpty` (lists).
   */
  read<T>(key: string, parse: (raw: string) => Parsed<T>, allowEmpty = false): T | undefined {
    const raw = this.take(key);
    if (raw === undefined) return undefined;
    if (raw === '' && !allowEmpty) {
      this.report(key, raw, 'malformed');
      return undefined;
    }
    const parsed = parse(raw);
    if (!parsed.ok) {
      this.report(key, raw, parsed.reason);
      return undefined;
    }
    return parsed.value;
  }

  report(key: string, value: string, reason: UrlIssueReason): void {
    this.#addIssue(key, value, reason, this.#params.get(key)?.pos ?? Number.MAX_SAFE_INTEGER);
  }

  /** Keys no rule has taken yet, in the link's order. */
  untaken(): string[] {
    const keys: string[] = [];
    for (const key of this.#params.keys()) if (!this.#used.has(key)) keys.push(key);
    return keys;
  }

  /** The first MAX_ISSUES issues in the link's order. */
  issues(): UrlIssue[] {
    return this.#found
      .slice()
      .sort((a, b) => a.pos - b.pos)
      .slice(0, MAX_ISSUES)
      .map(({ key, value, reason }) => ({ key, value, reason }));
  }

  /** How many issues there were past the first MAX_ISSUES (the notice says so). */
  issuesLeftOut(): number {
    return Math.max(0, this.#found.length - MAX_ISSUES);
  }

  #addIssue(key: string, value: string, reason: UrlIssueReason, pos: number): void {
    this.#found.push({ key: truncateForIssue(key), value: truncateForIssue(value), reason, pos });
  }
}
