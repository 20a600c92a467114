/// <reference lib="webworker" />
/**
 * The thin shell: wires a TrainingSession to the worker's global scope. A MessageChannel
 * schedules the next slice: unlike setTimeout it is not clamped to 4 ms, and it lets the
 * page's messages in between slices. A paced run waiting for its next epoch sleeps on a timer.
 */
import type { PageToWorker } from './protocol';
import { TrainingSession } from './session';
import { firstMessageFromName } from './startup';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
let pending: (() => void) | null = null;
channel.port1.onmessage = () => {
  const task = pending;
  pending = null;
  task?.();
};

const session = new TrainingSession({
  post: (message, transfer) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (task, delayMs = 0) => {
    if (delayMs > 0) {
      setTimeout(task, delayMs);
      return;
    }
    pending = task;
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<PageToWorker>) => session.handle(event.data);
// The page's first message comes in the name (see the bridge), so the network is built now.
const first = firstMessageFromName(scope.name);
if (first) session.handle(first);
scope.onerror = (event) => {
  scope.postMessage({ type: 'error', message: String((event as ErrorEvent).message ?? event) });
};
