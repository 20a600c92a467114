/**
 * Entry point. The worker starts first: this module and its imports (store, URL codec, bridge)
 * are small, so the worker fetches its script and builds the network while the page's own
 * bundle (React, D3, the panels) is still loading, and the first decision boundary is ready
 * about when the page is.
 */
import { connectRun } from '../store/runSync';
import { MAIN_RUN } from '../store/store';
import { startUrlSync } from '../store/urlSync';

// Asked for before anything else runs, so the page's bundle downloads while the URL is read
// and the worker starts.
const app = import('./mountApp');

// The hash is read before the first render, so the first frame already shows the link's network.
startUrlSync();
const run = connectRun(MAIN_RUN);

const { mountApp } = await app;
mountApp(document.getElementById('root')!, run);
