/**
 * The only code that creates a Worker or calls postMessage. One bridge per run id, so two
 * runs can train side by side, each in its own worker.
 */
import type { PageToWorker, WorkerToPage } from '../worker/protocol';

export type Listener = (message: WorkerToPage) => void;

export interface RunBridge {
  readonly runId: string;
  send(message: PageToWorker): void;
  subscribe(listener: Listener): () => void;
  /** Replaces a failed worker with a fresh one and replays the last configuration. */
  restart(): void;
  terminate(): void;
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('../worker/training.worker.ts', import.meta.url), { type: 'module' });

export function createBridge(runId: string, factory: WorkerFactory = defaultFactory): RunBridge {
  const listeners = new Set<Listener>();
  let lastConfigure: PageToWorker | null = null;
  let worker: Worker | null = null;

  const emit = (message: WorkerToPage) => listeners.forEach((l) => l(message));

  const start = () => {
    worker = factory();
    worker.onmessage = (event: MessageEvent<WorkerToPage>) => emit(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      emit({ type: 'error', message: event.message || 'the training worker stopped' });
    };
    worker.onmessageerror = () => emit({ type: 'error', message: 'a message from the training worker could not be read' });
  };

  start();

  return {
    runId,
    send(message) {
      if (message.type === 'configure') lastConfigure = message;
      worker?.postMessage(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart() {
      worker?.terminate();
      start();
      if (lastConfigure) worker!.postMessage(lastConfigure);
      worker!.postMessage({ type: 'request-frame' } satisfies PageToWorker);
    },
    terminate() {
      worker?.terminate();
      worker = null;
      listeners.clear();
    },
  };
}

const bridges = new Map<string, RunBridge>();

/** The bridge of a run, created on first use. */
export function bridgeFor(runId: string, factory?: WorkerFactory): RunBridge {
  let bridge = bridges.get(runId);
  if (!bridge) {
    bridge = createBridge(runId, factory);
    bridges.set(runId, bridge);
  }
  return bridge;
}

export function disposeBridge(runId: string): void {
  bridges.get(runId)?.terminate();
  bridges.delete(runId);
}
