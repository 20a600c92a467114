/**
 * The life of one run of a comparison: its worker (a bridge), its frame hub, the frames it is
 * asked for, and the watchdog that notices a worker gone silent, as the single view's does
 * (runSync.ts). Started, restarted and configured here; how the runs move together is
 * compareSync.ts's.
 */
import { createBridge, type RunBridge, type WorkerFactory } from '../bridge/bridge';
import type { PlaygroundConfig } from '../config/config';
import type { Frame } from '../worker/protocol';
import { FrameHub } from './frameHub';
import type { Watchdog, WatchdogHost } from './watchdog';
import { createWatchdog } from './watchdog';

/** Each run's frames come at most this often (about 30 a second). */
const FRAME_INTERVAL_MS = 32;

export interface CompareMember {
  readonly runId: string;
  readonly label: string;
  config: PlaygroundConfig;
  readonly hub: FrameHub;
}

export interface MemberState extends CompareMember {
  bridge: RunBridge;
  watchdog: Watchdog;
  /** The worker's configures so far: frames of an older generation are stale. */
  generation: number;
  epoch: number;
  /** The hold last sent (null: none). */
  holdSent: number | null;
  /** Diverged or failed: out of the training until a reset (or, failed, a restart). */
  out: boolean;
  /** Restarted alone after a failure: trains with the others but outside the lock-step until a reset. */
  apart: boolean;
  pending: Frame | null;
  /** The last frame drawn, whose numbers the next group update shows. */
  latest: Frame | null;
  /** When a frame was last asked for. */
  lastRequest: number;
  drawScheduled: boolean;
  /** Time spent training, from the frames (ms), and when the last frame that said so came. */
  trainingMs: number;
  lastRunningAt: number | null;
}

export function createMember(
  runId: string,
  run: { label: string; config: PlaygroundConfig },
  factory: WorkerFactory | undefined,
  watchdogHost: WatchdogHost,
): MemberState {
  const bridge = createBridge(runId, factory);
  return {
    runId,
    label: run.label,
    config: run.config,
    hub: new FrameHub(),
    bridge,
    watchdog: createWatchdog(watchdogHost, () => bridge.fail('it stopped answering')),
    generation: 0,
    epoch: 0,
    holdSent: null,
    out: false,
    apart: false,
    pending: null,
    latest: null,
    lastRequest: -Infinity,
    drawScheduled: false,
    trainingMs: 0,
    lastRunningAt: null,
  };
}

/** The member's state as a new start (a configure, or a fresh worker) leaves it. */
function startOver(m: MemberState): void {
  m.epoch = 0;
  m.out = false;
  m.holdSent = null;
  m.trainingMs = 0;
  m.lastRunningAt = null;
  m.latest = null;
  m.pending = null;
}

/** Starts the run again from its configuration, on the same worker. */
export function configureMember(m: MemberState): void {
  startOver(m);
  m.generation++;
  m.apart = false;
  // A small multiple shows the boundary alone: the worker paints nothing else.
  m.bridge.send({ type: 'configure', config: m.config, detail: 'boundary' });
  m.bridge.send({ type: 'set-speed', speed: m.config.speed });
  // A configure is answered with a frame: the watchdog waits for it as for any request.
  m.watchdog.asked();
}

/**
 * A fresh worker after a failure, on the run's configuration (the bridge replays the last
 * configure, which asks for the small boundary). Its generations count from the start again, and
 * its frame hub forgets the old run's curve.
 */
export function restartMember(m: MemberState): void {
  startOver(m);
  m.generation = 1;
  m.apart = true;
  m.hub.forgetGeneration();
  m.bridge.restart();
  m.bridge.send({ type: 'set-speed', speed: m.config.speed });
  m.watchdog.asked();
}

/**
 * The next frame, asked for no sooner than FRAME_INTERVAL_MS after the last: several runs at
 * the display's rate would keep the page busy reading frames it cannot show.
 */
export function requestFrame(m: MemberState, disposed: () => boolean): void {
  const send = () => {
    if (disposed()) return;
    m.lastRequest = performance.now();
    m.watchdog.asked();
    m.bridge.send({ type: 'request-frame' });
  };
  const wait = m.lastRequest + FRAME_INTERVAL_MS - performance.now();
  if (wait <= 0) send();
  else setTimeout(send, wait);
}
