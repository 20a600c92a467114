/**
 * The only code that creates a Worker or calls postMessage. One bridge per run (runSync makes
 * it), so two runs can train side by side, each in its own worker.
 *
 * A worker that fails in any way (an error event, a message it reports as an error, a message
 * that cannot be read, a postMessage that throws, or the page's watchdog giving up on it) is
 * terminated at once: a half-dead worker must not go on training behind an error the page
 * shows. Messages sent after that are dropped until `restart`.
 */
import type { PageToWorker, WorkerToPage } from '../worker/protocol';
import { takeEarlyWorker } from './earlyWorker';

export type Listener = (message: WorkerToPage) => void;

export interface RunBridge {
  readonly runId: string;
  send(message: PageToWorker): void;
  subscribe(listener: Listener): () => void;
  /** Stops the worker and reports `reason` to the listeners as its error (the watchdog's verdict). */
  fail(reason: string): void;
  /** Replaces a failed worker with a fresh one and replays the last configuration. */
  restart(): void;
  terminate(): void;
}

/** What the bridge uses of a Worker (tests stand in for it with this much). */
export interface TrainingWorker {
  postMessage(message: PageToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerToPage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * Makes the worker. `first`, the first message of its life, must reach it before anything
 * posted later.
 */
export type WorkerFactory = (first: PageToWorker | null) => TrainingWorker;

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

const describe = (error: unknown, fallback: string) => (error instanceof Error && error.message) || fallback;

export function createBridge(runId: string, factory: WorkerFactory = defaultFactory): RunBridge {
  const listeners = new Set<Listener>();
  let lastConfigure: PageToWorker | null = null;
  let worker: TrainingWorker | null = null;
  /** Terminated for good, or failed until the next restart: sends are dropped. */
  let stopped = false;

  const emit = (message: WorkerToPage) => listeners.forEach((l) => l(message));

  const fail = (message: string) => {
    worker?.terminate();
    worker = null;
    if (stopped) return;
    stopped = true;
    emit({ type: 'error', message });
  };

  const start = (first: PageToWorker | null) => {
    try {
      worker = factory(first);
    } catch (error) {
      fail(describe(error, 'the training worker could not be started'));
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerToPage>) => {
      if (event.data?.type === 'error') fail(event.data.message);
      else emit(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the training worker stopped');
    };
    worker.onmessageerror = () => fail('a message from the training worker could not be read');
  };

  const post = (message: PageToWorker) => {
    try {
      worker!.postMessage(message);
    } catch (error) {
      fail(describe(error, 'a message could not be sent to the training worker'));
    }
  };

  return {
    runId,
    send(message) {
      if (message.type === 'configure') lastConfigure = message;
      if (stopped) return;
      // Started by its first message, which can then go along in the name.
      if (worker) post(message);
      else start(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail,
    restart() {
      worker?.terminate();
      worker = null;
      stopped = false;
      start(lastConfigure);
      if (worker) post({ type: 'request-frame' });
    },
    terminate() {
      worker?.terminate();
      worker = null;
      stopped = true;
      listeners.clear();
    },
  };
}
