/** The URL codec: config ⇄ hash. Pure; no DOM, no window. */
export { decodeHash, type DecodedHash } from './decode';
export { encodeHash } from './encode';
export { isValidConfig } from './validate';
export { HIDEABLE_CONTROLS, HIDE_ALIASES, type HideableControl } from './keys';
export { MAX_ISSUES } from './reader';
export type { UrlIssue, UrlIssueReason } from './parse';
