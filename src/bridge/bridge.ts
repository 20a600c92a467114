/**
 * The only code that creates a Worker or calls postMessage. One bridge per run id, so two
 * runs can train side by side, each in its own worker.
 */
import type { PageToWorker, WorkerToPage } from '../worker/protocol';
import { takeEarlyWorker } from './earlyWorker';

export type Listener = (message: WorkerToPage) => void;

export interface RunBridge {
  readonly runId: string;
  send(message: PageToWorker): void;
  subscribe(listener: Listener): () => void;
  /** Replaces a failed worker with a fresh one and replays the last configuration. */
  restart(): void;
  terminate(): void;
}

/**
 * Makes the worker. `first`, the first message of its life, must reach it before anything
 * posted later.
 */
export type WorkerFactory = (first: PageToWorker | null) => Worker;

/**
 * The first message (the configuration) travels in the worker's name, which the worker reads
 * as its script starts. A message posted to a worker that is still starting is handed over by
 * the page's main thread, which at load is busy for a hundred milliseconds evaluating React:
 * the network would be built only then. In the name, it is built as soon as the script runs.
 */
const defaultFactory: WorkerFactory = (first) =>
  takeEarlyWorker(first) ??
  new Worker(new URL('../worker/training.worker.ts', import.meta.url), {
    type: 'module',
    name: first ? JSON.stringify(first) : 'training',
  });

export function createBridge(runId: string, factory: WorkerFactory = defaultFactory): RunBridge {
  const listeners = new Set<Listener>();
  let lastConfigure: PageToWorker | null = null;
  let worker: Worker | null = null;

  const emit = (message: WorkerToPage) => listeners.forEach((l) => l(message));

  const start = (first: PageToWorker | null) => {
    worker = factory(first);
    worker.onmessage = (event: MessageEvent<WorkerToPage>) => emit(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      emit({ type: 'error', message: event.message || 'the training worker stopped' });
    };
    worker.onmessageerror = () => emit({ type: 'error', message: 'a message from the training worker could not be read' });
  };

  let terminated = false;

  return {
    runId,
    send(message) {
      if (message.type === 'configure') lastConfigure = message;
      if (terminated) return;
      // Started by its first message, which can then go along in the name.
      if (worker) worker.postMessage(message);
      else start(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart() {
      worker?.terminate();
      terminated = false;
      start(lastConfigure);
      worker!.postMessage({ type: 'request-frame' } satisfies PageToWorker);
    },
    terminate() {
      worker?.terminate();
      worker = null;
      terminated = true;
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
