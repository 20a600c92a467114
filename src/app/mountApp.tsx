import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RunController } from '../store/runSync';
import { App } from './App';
import { startOffline } from './offline';

export function mountApp(container: HTMLElement, run: RunController): void {
  const root = createRoot(container);
  // As a transition, the first render is sliced into short tasks: the worker, started just
  // before, gets its script, builds the network and sends the first boundary in between,
  // instead of waiting behind one long task.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App run={run} />
      </StrictMode>,
    );
  });
  startOffline();
}
