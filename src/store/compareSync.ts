/**
 * The runs of the compare and seeds views: one worker each (compareMembers.ts), their numbers in
 * the store under their run ids (compareNumbers.ts), their pictures and losses through a frame
 * hub each, and one set of controls for all of them, moving them in lock-step
 * (compareLockStep.ts). A run that diverges or whose worker fails stops alone and leaves the
 * lock-step; the others go on.
 */
import type { WorkerFactory } from '../bridge/bridge';
import { classifyChange, liveSettings } from '../config/changes';
import type { PlaygroundConfig } from '../config/config';
import { compareRuns } from '../url/compare';
import type { WorkerToPage } from '../worker/protocol';
import { lockStepMargin, planLockStep } from './compareLockStep';
import { configureMember, createMember, requestFrame, restartMember, type CompareMember, type MemberState } from './compareMembers';
import { DETAIL_INTERVAL_MS, emptyCompareRun, numbersOf, patchRuns, runStatus, type CompareRunView } from './compareNumbers';
import { initialRunView, useStore } from './store';
import { browserWatchdogHost, type WatchdogHost } from './watchdog';

export type { CompareMember } from './compareMembers';
export type { CompareRunView } from './compareNumbers';
export { lockStepMargin, lockStepTarget } from './compareLockStep';

/** The store's run ids of the compare and seeds views (at most ten runs at once). */
export const COMPARE_RUN_IDS = Array.from({ length: 10 }, (_, i) => `compare-${i}`);

export interface CompareController {
  readonly members: readonly CompareMember[];
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** One batch or one epoch (the store's step unit) for every run still training. */
  step(): void;
  /** Every run back to epoch 0, on the same initial weights. */
  reset(): void;
  /** A fresh worker for a run whose worker failed; it trains on with the others, outside the lock-step until the next reset. */
  restartRun(runId: string): void;
  /** The shared configuration changed: rebuilds or updates the runs (the caller makes a new controller when their number changes). */
  update(shared: PlaygroundConfig): void;
  /** Whether the learner has the runs playing (for the play button). */
  readonly playing: boolean;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export function connectCompare(
  initial: PlaygroundConfig,
  factory?: WorkerFactory,
  raf: (cb: () => void) => void = (cb) => requestAnimationFrame(cb),
  watchdogHost: WatchdogHost = browserWatchdogHost,
): CompareController {
  let shared = initial;
  let wantRunning = false;
  /** The learner's stop-at applies to this stretch of play (it lay ahead when play was pressed). */
  let stopArmed = false;
  let disposed = false;
  const isDisposed = () => disposed;
  /** How far the runs may part, in epochs: a display frame's worth, learnt while they train. */
  let margin = lockStepMargin(initial.speed, 0);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const members: MemberState[] = compareRuns(shared).map((run, i) => createMember(COMPARE_RUN_IDS[i], run, factory, watchdogHost));
  const active = () => members.filter((m) => !m.out);
  /** Only a run that should be training makes silence a fault. */
  const watch = () => members.forEach((m) => m.watchdog.setActive(wantRunning && !m.out));

  const setPlaying = (on: boolean) => {
    if (wantRunning === on) return;
    wantRunning = on;
    watch();
    notify();
  };

  /** Keeps every run within the margin of the slowest; called on every frame and on play. */
  const coordinate = () => {
    if (!wantRunning || disposed) return;
    const going = active();
    if (going.length === 0) return setPlaying(false);
    const stopAt = stopArmed ? shared.stopAt : null;
    const inStep = going.filter((m) => !m.apart);
    const plan = planLockStep(inStep, going, margin, stopAt, shared.speed);
    if (plan.stop) {
      // All at the learner's stop: held there, they pause together.
      stopArmed = false;
      return pause();
    }
    margin = plan.margin;
    for (const m of going) {
      // A run restarted apart is bound by the learner's stop alone.
      const hold = m.apart ? stopAt : plan.target;
      if (m.holdSent === hold) continue;
      m.holdSent = hold;
      m.bridge.send({ type: 'hold-at', epoch: hold });
    }
  };

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
      patchRuns(members.filter((o) => o.latest).map((o) => [o.runId, numbersOf(o.latest!, runStatus(o.runId), wantRunning, o.trainingMs)] as const));
    }
    m.hub.publishFrame(frame, detail);
    requestFrame(m, isDisposed);
  };

  const fault = (m: MemberState, p: Partial<CompareRunView>) => {
    m.out = true;
    m.watchdog.setActive(false);
    useStore.getState().patchRun(m.runId, p);
    // The others go on: the slowest may have been this one.
    coordinate();
  };

  const onMessage = (m: MemberState, message: WorkerToPage) => {
    if (disposed) return;
    m.watchdog.heard();
    switch (message.type) {
      case 'frame': {
        if (message.generation < m.generation) {
          requestFrame(m, isDisposed);
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
        useStore.getState().patchRun(m.runId, { numClasses: message.numClasses });
        m.hub.publishData(message);
        return;
      case 'diverged':
        return fault(m, { status: 'diverged', divergence: { epoch: message.epoch, what: message.what } });
      case 'error':
        return fault(m, { status: 'error', error: message.message });
      default:
        return;
    }
  };

  const configure = (m: MemberState) => {
    configureMember(m);
    useStore.getState().patchRun(m.runId, emptyCompareRun());
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
    patchRuns(active().map((m) => [m.runId, { status: m.epoch > 0 ? 'paused' : 'idle' }] as const));
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
    patchRuns(going.map((m) => [m.runId, { status: 'running' }] as const));
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
      const unit = useStore.getState().stepUnit;
      for (const m of active()) m.bridge.send({ type: 'step', unit });
    },
    reset: () => {
      setPlaying(false);
      members.forEach(configure);
    },
    restartRun(runId) {
      const m = members.find((x) => x.runId === runId);
      if (!m || disposed) return;
      restartMember(m);
      useStore.getState().patchRun(m.runId, { ...emptyCompareRun(), status: 'idle' });
      if (!wantRunning) return;
      // The others are training: this one joins them at once.
      m.watchdog.setActive(true);
      coordinate();
      m.lastRunningAt = performance.now();
      m.bridge.send({ type: 'play' });
      useStore.getState().patchRun(m.runId, { status: 'running' });
    },
    update(next) {
      const prev = shared;
      shared = next;
      let restart = false;
      let live = false;
      compareRuns(next).forEach((run, i) => {
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
        m.watchdog.dispose();
        m.bridge.terminate();
        useStore.getState().patchRun(m.runId, initialRunView());
      }
      listeners.clear();
    },
  };
}
