/**
 * Keeps the address bar a link to what is on screen: the hash is decoded at start and when
 * the user edits it, and rewritten (replaceState, no history spam) whenever the config changes.
 */
import { detectLang } from '../i18n/lang';
import { decodeHash } from '../url/decode';
import { encodeHash } from '../url/encode';
import { useStore } from './store';

const WRITE_DELAY_MS = 150;

export function readHashIntoStore(hash: string, languages: readonly string[]): void {
  const { config, issues, issuesLeftOut } = decodeHash(hash);
  const store = useStore.getState();
  store.replaceConfig(config, issues, issuesLeftOut);
  store.setLang(config.lang ?? detectLang(languages));
}

export function startUrlSync(): () => void {
  readHashIntoStore(window.location.hash, navigator.languages ?? [navigator.language]);
  let lastWritten = window.location.hash.replace(/^#/, '');
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    timer = null;
    const hash = encodeHash(useStore.getState().config);
    if (hash === lastWritten) return;
    lastWritten = hash;
    window.history.replaceState(null, '', `#${hash}`);
  };
  // At once, the address bar says what is on screen: every setting written out (a bare link or
  // an old one gets the full state, so it still means the same run if defaults ever change),
  // and values that were refused are gone from it (the notice still lists them).
  write();

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (state.config === prev.config) return;
    if (timer === null) timer = setTimeout(write, WRITE_DELAY_MS);
  });

  const onHashChange = () => {
    const hash = window.location.hash.replace(/^#/, '');
    if (hash === lastWritten) return;
    lastWritten = hash;
    readHashIntoStore(hash, navigator.languages ?? [navigator.language]);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer !== null) clearTimeout(timer);
  };
}

/** The current link, fresh even if the debounced write has not happened yet. */
export function currentLink(): string {
  const url = new URL(window.location.href);
  url.hash = encodeHash(useStore.getState().config);
  return url.toString();
}
