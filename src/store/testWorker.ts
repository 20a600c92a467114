/**
 * Stand-ins for the store's unit tests of a run's sync (runSync.test.ts, compareSync.test.ts): a
 * Worker that records what the page sends, a whole frame, and a watchdog clock moved by hand.
 */
import type { Frame, PageToWorker, WorkerToPage } from '../worker/protocol';
import type { WatchdogHost } from './watchdog';

const noHistory = () => ({ epoch: new Float64Array(0), trainLoss: new Float64Array(0), testLoss: new Float64Array(0), trainAccuracy: new Float64Array(0), testAccuracy: new Float64Array(0) });

/** A whole frame, every field typed: the test says only what it changes. */
export function frame(patch: Partial<Frame> = {}): Frame {
  return {
    type: 'frame', seq: 1, generation: 1, epoch: 0, updates: 0, batchInEpoch: 0, batchesPerEpoch: 25, running: false,
    trainLoss: 0.5, testLoss: 0.5, trainAccuracy: 0.5, testAccuracy: 0.5, grids: null,
    weights: new Float32Array(0), biases: new Float32Array(0), batchNorm: new Float32Array(0),
    zeroWeights: new Uint32Array(0), nextSeed: '0.5',
    history: noHistory(), gradNorms: new Float64Array(0), epochsPerSecond: 0, lossRising: false,
    ...patch,
  };
}

/** A watchdog clock the test moves by hand; every watchdog that asked checks on each second. */
export function manualClock() {
  let now = 0;
  const checks: (() => void)[] = [];
  const host: WatchdogHost = { now: () => now, every: (_ms, fn) => (checks.push(fn), () => {}), hidden: () => false };
  return {
    host,
    pass: (ms: number) => {
      for (let t = 0; t < ms; t += 1000) {
        now += 1000;
        checks.forEach((c) => c());
      }
    },
  };
}

/** A stand-in Worker that records what the page sends and lets the test answer. */
export class FakeWorker {
  sent: PageToWorker[] = [];
  onmessage: ((e: MessageEvent<WorkerToPage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  postMessage(m: PageToWorker) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: WorkerToPage) {
    this.onmessage?.(new MessageEvent('message', { data: m }));
  }
  /** The epochs the page has told the worker to hold at, in order. */
  holds = () => this.sent.filter((m) => m.type === 'hold-at').map((m) => (m as { epoch: number | null }).epoch);
}
