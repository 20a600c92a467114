/**
 * The page shell, prerendered at build time (see vite.config.ts) in each language: the page as
 * it stands before any script, so the browser lays it out and paints it while React loads, and
 * the entry module can draw the first decision boundary into it (app/earlyBoundary.ts). React
 * replaces it when it mounts, as TF Playground's script takes over its static page.
 *
 * Build-time only: nothing in the browser imports this module. vite.config.ts loads it (and
 * through it what index.html needs) with Vite's module runner, so the config itself imports no
 * source file.
 */
import { renderToString } from 'react-dom/server';
import { provideDictionary } from '../i18n';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { type Lang, LANGS } from '../i18n/lang';
import type { RunController } from '../store/runSync';
import { PrerenderLang } from '../components/useT';
import { App } from './App';

export { earlyWorkerScript } from '../bridge/earlyWorker';
export const SHELL_LANGS = LANGS;

// At build time both languages are rendered, so both dictionaries are at hand.
provideDictionary('en', en);
provideDictionary('ja', ja);

/**
 * Rendering only hands the run's methods to handlers, and no handler runs here (the shell is
 * inert, and React replaces it): calling one is a bug, and fails the build.
 */
const noRun = new Proxy({} as RunController, {
  get: (_, key) => () => {
    throw new Error(`the prerendered shell has no run, yet its ${String(key)} was called`);
  },
});

/**
 * The shell's markup: the page on its defaults (a server render reads the store's initial
 * state), in `lang`. Test ids are left out: they name the live page's controls, and a test
 * must never find a placeholder that does nothing when clicked.
 */
export function renderShell(lang: Lang): string {
  const html = renderToString(
    <PrerenderLang value={lang}>
      <App run={noRun} />
    </PrerenderLang>,
  );
  return html.replace(/ data-testid="[^"]*"/g, '');
}
