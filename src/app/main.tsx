/**
 * Entry point. The order is what makes the first decision boundary quick:
 * 1. index.html's head has already started the worker (src/bridge/earlyWorker.ts), which is
 *    building the link's network while this module loads.
 * 2. The URL is read into the store, and the run connected (the bridge adopts that worker).
 * 3. The prerendered shell goes on screen, with the output plot made in it, and the worker's
 *    first boundary is drawn there the moment it arrives (app/earlyBoundary.ts).
 * 4. Only then does React (the bigger half of the code) load and replace the shell; loaded
 *    earlier, its ~70 ms of evaluation would hold up the boundary it cannot draw yet anyway.
 * Without a shell (the dev server) React loads at once.
 */
import { loadDictionary } from '../i18n';
import { connectRun } from '../store/runSync';
import { MAIN_RUN, useStore } from '../store/store';
import { startUrlSync } from '../store/urlSync';
import { drawBoundaryBeforePage, shellFor, showLoadFailure, showShell } from './earlyBoundary';
import { ignoreFileDrops } from './fileDrop';
// Here, not with the page's bundle, so it is in index.html and the shell is styled from its first paint.
import './app.css';
import './ownData.css';
import '../charts/charts.css';

ignoreFileDrops(window);
// The hash is read before the first render, so the first frame already shows the link's network.
startUrlSync();
const run = connectRun(MAIN_RUN);

const root = document.getElementById('root')!;
const lang = useStore.getState().lang;
const shell = shellFor(lang);
if (shell) {
  showShell(root, shell, lang);
  await drawBoundaryBeforePage(root, run);
}

try {
  // The reader's dictionary was asked for as the link was read (the store's setLang): it loads
  // beside React, so it costs no wait of its own.
  const [{ mountApp }] = await Promise.all([import('./mountApp'), loadDictionary(lang)]);
  mountApp(root, run);
} catch (error) {
  showLoadFailure(root, lang);
  throw error;
}
