/**
 * The runs of the compare and seeds views: one worker each (a bridge per run), their numbers in
 * the store under their run ids, their pictures and losses through a frame hub each, and one
 * set of controls for all of them.
 *
 * Lock-step: while playing, no run may be more than one display frame's epochs ahead of the
 * slowest one still training. Each run is held at (slowest epoch + that margin) with the worker's
 * hold, which waits exactly there without pausing; the hold moves on with every frame of the
 * slowest run, so a run that keeps up never waits, and one that got ahead waits at the hold until
 * the others come, then trains on by itself (no play has to travel back and forth). A run that
 * diverges stops alone and leaves the lock-step; the others go on.
 */
import { createBridge, type RunBridge, type WorkerFactory } from '../bridge/bridge';
import { classifyChange, liveSettings } from '../config/changes';
import type { PlaygroundConfig, Speed } from '../config/config';
import { compareRuns, type CompareRun } from '../url/compare';
import type { Frame, WorkerToPage } from '../worker/protocol';
import { FrameHub } from './frameHub';
import { initialRunView, useStore, type RunStatus, type RunView } from './store';

/** The store's run ids of the compare and seeds views (at most ten runs at once). */
export const COMPARE_RUN_IDS = Array.from({ length: 10 }, (_, i) => `compare-${i}`);

/** Display frames per second the margin is counted in. */
const FRAMES_PER_SECOND = 60;
/** Each run's frames come at most this often (about 30 a second). */
const FRAME_INTERVAL_MS = 32;
/** The most a run may lead at full speed, however fast the runs are. */
const MAX_MARGIN = 4096;
/** Numbers on screen redraw at most this often while training (as in the single view). */
const DETAIL_INTERVAL_MS = 100;

export interface CompareMember {
  readonly runId: string;
  readonly label: string;
  config: PlaygroundConfig;
  readonly hub: FrameHub;
}

export interface CompareController {
  readonly members: readonly CompareMember[];
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One batch or one epoch (the store's step unit) for every run still training. */
  step(): void;
  /** Every run back to epoch 0, on the same initial weights. */
  reset(): void;
  /** The shared configuration changed: rebuilds or updates the runs (the caller makes a new controller when their number changes). */
  update(shared: PlaygroundConfig): void;
  /** Whether the learner has the runs playing (for the play button). */
  readonly playing: boolean;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

interface MemberState extends CompareMember {
  bridge: RunBridge;
  /** Configures and resets sent: frames of an older generation are stale. */
  generation: number;
  epoch: number;
  /** The hold last sent (null: none). */
  holdSent: number | null;
  out: boolean;
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

/** What the run's number table shows beyond the single view's numbers. */
export interface CompareRunView extends RunView {
  trainingSeconds: number;
}

/** Epochs one display frame holds at `speed`, for the slowest run measured at `slowestRate`. */
export function lockStepMargin(speed: Speed, slowestRate: number): number {
  const perSecond = speed === 'max' ? slowestRate : speed;
  return Math.max(1, Math.ceil(perSecond / FRAMES_PER_SECOND));
}

/**
 * The epoch each run may train to: `margin` past the slowest run still training, and never past
 * the learner's stop (when it still lies ahead).
 */
export function lockStepTarget(epochs: readonly number[], margin: number, stopAt: number | null): number {
  const slowest = Math.min(...epochs);
  const target = slowest + margin;
  return stopAt !== null && slowest < stopAt ? Math.min(target, stopAt) : target;
}

export function connectCompare(
  initial: PlaygroundConfig,
  factory?: WorkerFactory,
  raf: (cb: () => void) => void = (cb) => requestAnimationFrame(cb),
): CompareController {
  const store = useStore;
  let shared = initial;
  let wantRunning = false;
  /** The learner's stop-at applies to this stretch of play (it lay ahead when play was pressed). */
  let stopArmed = false;
  let disposed = false;
  /** How far the runs may part, in epochs: a display frame's worth, learnt while they train. */
  let margin = lockStepMargin(initial.speed, 0);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const runs: CompareRun[] = compareRuns(shared);
  const members: MemberState[] = runs.map((run, i) => ({
    runId: COMPARE_RUN_IDS[i],
    label: run.label,
    config: run.config,
    hub: new FrameHub(),
    bridge: createBridge(COMPARE_RUN_IDS[i], factory),
    generation: 0,
    epoch: 0,
    holdSent: null,
    out: false,
    pending: null,
    latest: null,
    lastRequest: -Infinity,
    drawScheduled: false,
    trainingMs: 0,
    lastRunningAt: null,
  }));

  const patch = (m: MemberState, p: Partial<CompareRunView>) => store.getState().patchRun(m.runId, p);
  /** Several runs' numbers in one store update, so the page renders once for all of them. */
  const patchAll = (patches: [MemberState, Partial<CompareRunView>][]) =>
    store.setState((s) => {
      const runs = { ...s.runs };
      for (const [m, p] of patches) runs[m.runId] = { ...(runs[m.runId] ?? initialRunView()), ...p };
      return { runs };
    });
  const statusOf = (m: MemberState): RunStatus => store.getState().runs[m.runId]?.status ?? 'idle';
  const active = () => members.filter((m) => !m.out);

  const setPlaying = (on: boolean) => {
    if (wantRunning === on) return;
    wantRunning = on;
    notify();
  };

  /** Keeps every run within the margin of the slowest; called on every frame and on play. */
  const coordinate = () => {
    if (!wantRunning || disposed) return;
    const going = active();
    if (going.length === 0) return setPlaying(false);
    const stopAt = stopArmed ? shared.stopAt : null;
    // All at the learner's stop: held there, they pause together.
    if (stopAt !== null && going.every((m) => m.epoch >= stopAt)) {
      stopArmed = false;
      return pause();
    }
    // Everyone held at the target: the margin is less than a frame's epochs of even the slowest
    // run, and the runs spend their time waiting for the page. Double it until they train on
    // between two frames (at a chosen pace, up to two of that pace's frames: the frames of two runs reach the page up to a display frame apart).
    const allHeld = going.every((m) => m.holdSent !== null && m.epoch >= m.holdSent);
    if (allHeld && (stopAt === null || Math.min(...going.map((m) => m.epoch)) + margin < stopAt)) {
      margin = Math.min(margin * 2, shared.speed === 'max' ? MAX_MARGIN : 2 * lockStepMargin(shared.speed, 0));
    }
    const target = lockStepTarget(going.map((m) => m.epoch), margin, stopAt);
    for (const m of going) {
      if (m.holdSent === target) continue;
      m.holdSent = target;
      m.bridge.send({ type: 'hold-at', epoch: target });
    }
  };

  const numbersOf = (m: MemberState, frame: Frame): Partial<CompareRunView> => {
    const finite = (v: number) => (Number.isFinite(v) ? v : null);
    const status = statusOf(m);
    const held = status === 'diverged' || status === 'error';
    return {
      epoch: frame.epoch,
      updates: frame.updates,
      batchInEpoch: frame.batchInEpoch,
      batchesPerEpoch: frame.batchesPerEpoch,
      trainAccuracy: frame.trainAccuracy,
      testAccuracy: frame.testAccuracy,
      epochsPerSecond: frame.epochsPerSecond,
      lossRising: frame.lossRising,
      trainLoss: finite(frame.trainLoss),
      testLoss: finite(frame.testLoss),
      trainingSeconds: m.trainingMs / 1000,
      ...(held ? {} : { status: wantRunning ? 'running' : frame.epoch > 0 || frame.updates > 0 ? 'paused' : 'idle' }),
    };
  };

  /**
   * Every run's numbers go to the store together, so the counters on screen change in the same
   * display frame and read as the lock-step keeps them (a run's own clock would show them apart).
   */
  let lastDetail = -Infinity;
  const draw = (m: MemberState) => {
    m.drawScheduled = false;
    const frame = m.pending;
    m.pending = null;
    if (!frame || disposed) return;
    m.latest = frame;
    const now = performance.now();
    const detail = !wantRunning || now - lastDetail >= DETAIL_INTERVAL_MS;
    if (detail) {
      lastDetail = now;
      patchAll(members.filter((o) => o.latest).map((o) => [o, numbersOf(o, o.latest!)]));
    }
    m.hub.publishFrame(frame, detail);
    requestFrame(m);
  };

  /**
   * The next frame, asked for no sooner than FRAME_INTERVAL_MS after the last: several runs at
   * the display's rate would keep the page busy reading frames it cannot show.
   */
  const requestFrame = (m: MemberState) => {
    const wait = m.lastRequest + FRAME_INTERVAL_MS - performance.now();
    const send = () => {
      if (disposed) return;
      m.lastRequest = performance.now();
      m.bridge.send({ type: 'request-frame' });
    };
    if (wait <= 0) send();
    else setTimeout(send, wait);
  };

  const onMessage = (m: MemberState, message: WorkerToPage) => {
    if (disposed) return;
    switch (message.type) {
      case 'frame': {
        if (message.generation < m.generation) {
          m.bridge.send({ type: 'request-frame' });
          return;
        }
        const now = performance.now();
        // From play (or the last frame that said "training") to this frame the run was training,
        // unless it spent it waiting at its hold.
        if (m.lastRunningAt !== null && message.updates !== m.latest?.updates) m.trainingMs += now - m.lastRunningAt;
        m.lastRunningAt = message.running ? now : null;
        m.epoch = message.epoch;
        m.pending = message;
        if (!m.drawScheduled) {
          m.drawScheduled = true;
          raf(() => draw(m));
        }
        coordinate();
        return;
      }
      case 'data':
        patch(m, { numClasses: message.numClasses });
        m.hub.publishData(message);
        return;
      case 'diverged':
        m.out = true;
        patch(m, { status: 'diverged', divergence: { epoch: message.epoch, what: message.what } });
        // The others go on: the slowest may have been this one.
        coordinate();
        return;
      case 'error':
        m.out = true;
        patch(m, { status: 'error', error: message.message });
        coordinate();
        return;
      case 'gradient-check':
        return;
    }
  };

  const configure = (m: MemberState) => {
    m.generation++;
    m.epoch = 0;
    m.out = false;
    m.holdSent = null;
    m.trainingMs = 0;
    m.lastRunningAt = null;
    m.latest = null;
    patch(m, { ...initialRunView(), trainingSeconds: 0 } as Partial<CompareRunView>);
    // A small multiple shows the boundary alone: the worker paints nothing else.
    m.bridge.send({ type: 'configure', config: m.config, detail: 'boundary' });
    m.bridge.send({ type: 'set-speed', speed: m.config.speed });
  };

  const unsubscribers = members.map((m) => m.bridge.subscribe((message) => onMessage(m, message)));
  // Started after the current task: React's StrictMode mounts, unmounts and mounts again at
  // once, and a controller disposed by then never starts its workers.
  const startTimer = setTimeout(() => members.forEach(configure), 0);

  const pause = () => {
    setPlaying(false);
    for (const m of members) {
      m.lastRunningAt = null;
      m.bridge.send({ type: 'pause' });
    }
    patchAll(active().map((m) => [m, { status: m.epoch > 0 ? 'paused' : 'idle' }]));
  };

  const play = () => {
    const going = active();
    if (going.length === 0) return;
    const slowest = Math.min(...going.map((m) => m.epoch));
    stopArmed = shared.stopAt !== null && slowest < shared.stopAt;
    margin = lockStepMargin(shared.speed, 0);
    setPlaying(true);
    // Held first, so no run trains past the others before its hold comes.
    coordinate();
    const now = performance.now();
    for (const m of going) {
      m.lastRunningAt ??= now;
      m.bridge.send({ type: 'play' });
    }
    patchAll(going.map((m) => [m, { status: 'running' }]));
  };

  return {
    members,
    get playing() {
      return wantRunning;
    },
    play,
    pause,
    togglePlay: () => (wantRunning ? pause() : play()),
    step: () => {
      pause();
      const unit = store.getState().stepUnit;
      for (const m of active()) m.bridge.send({ type: 'step', unit });
    },
    reset: () => {
      setPlaying(false);
      members.forEach(configure);
    },
    update(next) {
      const prev = shared;
      shared = next;
      const nextRuns = compareRuns(next);
      let restart = false;
      let live = false;
      nextRuns.forEach((run, i) => {
        const m = members[i];
        if (!m) return;
        const kind = classifyChange(m.config, run.config);
        if (kind === 'rebuild' || kind === 'reset') restart = true;
        if (kind === 'live') live = true;
        m.config = run.config;
      });
      if (restart) {
        // All start again together, so the curves still compare epoch for epoch.
        setPlaying(false);
        members.forEach(configure);
      } else if (live) {
        for (const m of members) m.bridge.send({ type: 'set-live', settings: liveSettings(m.config) });
      }
      if (next.speed !== prev.speed) {
        margin = lockStepMargin(next.speed, 0);
        for (const m of members) m.bridge.send({ type: 'set-speed', speed: next.speed });
      }
      if (next.stopAt !== prev.stopAt && wantRunning) {
        const slowest = Math.min(...active().map((m) => m.epoch));
        stopArmed = next.stopAt !== null && slowest < next.stopAt;
        coordinate();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimeout(startTimer);
      unsubscribers.forEach((u) => u());
      for (const m of members) {
        m.bridge.terminate();
        store.getState().patchRun(m.runId, initialRunView());
      }
      listeners.clear();
    },
  };
}
