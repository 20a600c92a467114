/** A stand-in for the worker's global scope, for the session's unit tests. */
import type { Frame, PageToWorker, WorkerToPage } from './protocol';
import { TrainingSession } from './session';

/** A host whose clock moves only when the session asks for the time, and whose scheduler runs on demand. */
export function fakeHost() {
  const messages: WorkerToPage[] = [];
  const transfers: Transferable[][] = [];
  let queue: (() => void)[] = [];
  /** The delay each scheduled task asked for, in order. */
  const delays: number[] = [];
  let clock = 0;
  return {
    messages,
    transfers,
    host: {
      post: (m: WorkerToPage, t: Transferable[]) => {
        messages.push(m);
        transfers.push(t);
      },
      now: () => (clock += 0.5),
      schedule: (task: () => void, delayMs = 0) => {
        delays.push(delayMs);
        queue.push(task);
      },
    },
    /** Runs scheduled slices (each may schedule the next), 16 ms apart. */
    runSlices(n: number) {
      for (let k = 0; k < n && queue.length; k++) {
        clock += 16;
        const q = queue;
        queue = [];
        q.forEach((t) => t());
      }
    },
    /** Time passes with nothing scheduled running (a pause). */
    advance(ms: number) {
      clock += ms;
    },
    pendingSlices: () => queue.length,
    delays,
    frames: () => messages.filter((m): m is Frame => m.type === 'frame'),
  };
}

/**
 * A session on a fake host, given `setup` in order, then driven as the page drives it while it
 * draws: `slices(n)` asks for a frame and runs one slice, n times.
 */
export function drivenSession(...setup: PageToWorker[]) {
  const h = fakeHost();
  const s = new TrainingSession(h.host);
  setup.forEach((message) => s.handle(message));
  const slices = (n: number) => {
    for (let k = 0; k < n; k++) {
      s.handle({ type: 'request-frame' });
      h.runSlices(1);
    }
  };
  return { h, s, slices };
}
