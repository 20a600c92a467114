import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RunController } from '../store/runSync';
import { App } from './App';
import './app.css';

export function mountApp(container: HTMLElement, run: RunController): void {
  createRoot(container).render(
    <StrictMode>
      <App run={run} />
    </StrictMode>,
  );
}
