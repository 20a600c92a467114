/**
 * The training worker, started by a few lines in index.html's head before any of the page's
 * modules has loaded (the build writes them, see vite.config.ts). A worker's thread starts only
 * after the browser and the page's main thread have exchanged a few messages; from the head
 * that happens while the main thread is still idle, where from the entry module it waits ~60 ms
 * behind the page's own start. The worker reads the link from its name and builds the network
 * at once; the bridge adopts it if the page arrives at the same configuration.
 */
import { decodeHash } from '../url/decode';
import type { PageToWorker } from '../worker/protocol';

export const EARLY_WORKER_GLOBAL = '__earlyTrainingWorker';

interface EarlyWorker {
  worker: Worker;
  /** The location.hash the worker was started with (its name). */
  hash: string;
  /** What the worker said before the page listened, in order. */
  events: Event[];
}

/**
 * The script index.html's head runs: plain ES5, no imports, never throws. Its handlers are set
 * in the same task that makes the worker, so nothing the worker says can come before them; an
 * error is cancelled at once (it is the bridge's to report, as the page's own words, when it
 * adopts the worker, not the browser's as an uncaught error) and kept with the rest.
 */
export function earlyWorkerScript(workerUrl: string): string {
  return [
    '(function () {',
    '  try {',
    `    var worker = new Worker(${JSON.stringify(workerUrl)}, { type: 'module', name: location.hash || '#' });`,
    '    var early = { worker: worker, hash: location.hash, events: [] };',
    '    var keep = function (event) { early.events.push(event); };',
    '    worker.onmessage = worker.onmessageerror = keep;',
    '    worker.onerror = function (event) { event.preventDefault(); keep(event); };',
    `    window[${JSON.stringify(EARLY_WORKER_GLOBAL)}] = early;`,
    '  } catch (error) {}',
    '})();',
  ].join('\n');
}

const sameConfig = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The worker index.html started, if there is one and it runs the configuration `first`
 * configures (then `first` has in effect been delivered already); otherwise null, and an
 * early worker with another configuration is stopped. Either way it is taken only once.
 */
export function takeEarlyWorker(first: PageToWorker | null): Worker | null {
  const scope = globalThis as unknown as Record<string, EarlyWorker | undefined>;
  const early = scope[EARLY_WORKER_GLOBAL];
  if (!early) return null;
  delete scope[EARLY_WORKER_GLOBAL];
  if (first?.type !== 'configure' || !sameConfig(decodeHash(early.hash).config, first.config)) {
    early.worker.terminate();
    return null;
  }
  const { worker, events } = early;
  worker.onmessage = worker.onerror = worker.onmessageerror = null;
  // Replayed once the bridge has set its handlers (right after this returns), before any
  // message that arrives later: those are tasks, this is a microtask.
  queueMicrotask(() => {
    for (const event of events) {
      worker.dispatchEvent(
        event.type === 'error'
          ? new ErrorEvent('error', { message: (event as ErrorEvent).message, cancelable: true })
          : new MessageEvent(event.type, { data: (event as MessageEvent).data }),
      );
    }
  });
  return worker;
}
