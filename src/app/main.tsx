import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectRun } from '../store/runSync';
import { MAIN_RUN } from '../store/store';
import { startUrlSync } from '../store/urlSync';
import { App } from './App';
import './app.css';

// The hash is read before the first render, so the first frame already shows the link's network.
startUrlSync();
const run = connectRun(MAIN_RUN);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App run={run} />
  </StrictMode>,
);
