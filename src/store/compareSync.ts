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
import type { Frame, WorkerToPage } from '../worker/protocol';
import { lockStepMargin, planLockStep } from './compareLockStep';
import { configureMember, createMember, requestFrame, restartMember, type CompareMember, type MemberState } from './compareMembers';
import { emptyCompareRun, numbersOf, patchRuns, runStatus, type CompareRunView } from './compareNumbers';
import { DETAIL_INTERVAL_MS } from './runNumbers';
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
  return new CompareSession(initial, factory, raf, watchdogHost);
}

/**
 * The controller's state and moves. Its public moves are arrow properties: the views hand them
 * to buttons as they are, unbound.
 */
class CompareSession implements CompareController {
  readonly members: MemberState[];
  #shared: PlaygroundConfig;
  #wantRunning = false;
  /** The learner's stop-at applies to this stretch of play (it lay ahead when play was pressed). */
  #stopArmed = false;
  #disposed = false;
  readonly #isDisposed = () => this.#disposed;
  /** How far the runs may part, in epochs: a display frame's worth, learnt while they train. */
  #margin: number;
  #lastDetail = -Infinity;
  readonly #listeners = new Set<() => void>();
  readonly #unsubscribers: (() => void)[];
  readonly #startTimer: ReturnType<typeof setTimeout>;
  readonly #raf: (cb: () => void) => void;

  constructor(initial: PlaygroundConfig, factory: WorkerFactory | undefined, raf: (cb: () => void) => void, watchdogHost: WatchdogHost) {
    this.#raf = raf;
    this.#shared = initial;
    this.#margin = lockStepMargin(initial.speed, 0);
    this.members = compareRuns(initial).map((run, i) => createMember(COMPARE_RUN_IDS[i], run, factory, watchdogHost));
    this.#unsubscribers = this.members.map((m) => m.bridge.subscribe((message) => this.#onMessage(m, message)));
    // Started after the current task: React's StrictMode mounts, unmounts and mounts again at
    // once, and a controller disposed by then never starts its workers.
    this.#startTimer = setTimeout(() => this.members.forEach((m) => this.#configure(m)), 0);
  }

  get playing(): boolean { return this.#wantRunning; }

  readonly play = (): void => {
    const going = this.#active();
    if (going.length === 0) return;
    this.#stopArmed = this.#stopLiesAhead(this.#shared.stopAt);
    this.#margin = lockStepMargin(this.#shared.speed, 0);
    this.#setPlaying(true);
    // Held first, so no run trains past the others before its hold comes.
    this.#coordinate();
    const now = performance.now();
    for (const m of going) {
      m.lastRunningAt ??= now;
      m.bridge.send({ type: 'play' });
    }
    patchRuns(going.map((m) => [m.runId, { status: 'running' }] as const));
  };

  readonly pause = (): void => {
    this.#setPlaying(false);
    for (const m of this.members) {
      m.lastRunningAt = null;
      m.bridge.send({ type: 'pause' });
    }
    patchRuns(this.#active().map((m) => [m.runId, { status: m.epoch > 0 ? 'paused' : 'idle' }] as const));
  };

  readonly togglePlay = (): void => (this.#wantRunning ? this.pause() : this.play());

  readonly step = (): void => {
    this.pause();
    const unit = useStore.getState().stepUnit;
    for (const m of this.#active()) m.bridge.send({ type: 'step', unit });
  };

  readonly reset = (): void => {
    this.#setPlaying(false);
    this.members.forEach((m) => this.#configure(m));
  };

  readonly restartRun = (runId: string): void => {
    const m = this.members.find((x) => x.runId === runId);
    if (!m || this.#disposed) return;
    restartMember(m);
    useStore.getState().patchRun(m.runId, { ...emptyCompareRun(), status: 'idle' });
    if (!this.#wantRunning) return;
    // The others are training: this one joins them at once.
    m.watchdog.setActive(true);
    this.#coordinate();
    m.lastRunningAt = performance.now();
    m.bridge.send({ type: 'play' });
    useStore.getState().patchRun(m.runId, { status: 'running' });
  };

  readonly update = (next: PlaygroundConfig): void => {
    const prev = this.#shared;
    this.#shared = next;
    this.#applyRunConfigs(next);
    if (next.speed !== prev.speed) {
      this.#margin = lockStepMargin(next.speed, 0);
      for (const m of this.members) m.bridge.send({ type: 'set-speed', speed: next.speed });
    }
    if (next.stopAt !== prev.stopAt && this.#wantRunning) {
      this.#stopArmed = this.#stopLiesAhead(next.stopAt);
      this.#coordinate();
    }
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly dispose = (): void => {
    this.#disposed = true;
    clearTimeout(this.#startTimer);
    this.#unsubscribers.forEach((u) => u());
    for (const m of this.members) {
      m.watchdog.dispose();
      m.bridge.terminate();
      useStore.getState().patchRun(m.runId, initialRunView());
    }
    this.#listeners.clear();
  };

  /** Each run takes its own configuration; a change that restarts one restarts all. */
  #applyRunConfigs(next: PlaygroundConfig): void {
    let restart = false;
    let live = false;
    compareRuns(next).forEach((run, i) => {
      const m = this.members[i];
      if (!m) return;
      const kind = classifyChange(m.config, run.config);
      if (kind === 'rebuild' || kind === 'reset') restart = true;
      if (kind === 'live') live = true;
      m.config = run.config;
    });
    if (restart) {
      // All start again together, so the curves still compare epoch for epoch.
      this.#setPlaying(false);
      this.members.forEach((m) => this.#configure(m));
    } else if (live) {
      for (const m of this.members) m.bridge.send({ type: 'set-live', settings: liveSettings(m.config) });
    }
  }

  readonly #active = (): MemberState[] => this.members.filter((m) => !m.out);

  #stopLiesAhead(stopAt: number | null): boolean {
    return stopAt !== null && Math.min(...this.#active().map((m) => m.epoch)) < stopAt;
  }

  #setPlaying(on: boolean): void {
    if (this.#wantRunning === on) return;
    this.#wantRunning = on;
    // Only a run that should be training makes silence a fault.
    this.members.forEach((m) => m.watchdog.setActive(on && !m.out));
    this.#listeners.forEach((l) => l());
  }

  /** Keeps every run within the margin of the slowest; called on every frame and on play. */
  #coordinate(): void {
    if (!this.#wantRunning || this.#disposed) return;
    const going = this.#active();
    if (going.length === 0) return this.#setPlaying(false);
    const stopAt = this.#stopArmed ? this.#shared.stopAt : null;
    const inStep = going.filter((m) => !m.apart);
    const plan = planLockStep(inStep, going, this.#margin, stopAt, this.#shared.speed);
    if (plan.stop) {
      // All at the learner's stop: held there, they pause together.
      this.#stopArmed = false;
      return this.pause();
    }
    this.#margin = plan.margin;
    for (const m of going) {
      // A run restarted apart is bound by the learner's stop alone.
      const hold = m.apart ? stopAt : plan.target;
      if (m.holdSent === hold) continue;
      m.holdSent = hold;
      m.bridge.send({ type: 'hold-at', epoch: hold });
    }
  }

  #draw(m: MemberState): void {
    m.drawScheduled = false;
    const frame = m.pending;
    m.pending = null;
    if (!frame || this.#disposed) return;
    m.latest = frame;
    const now = performance.now();
    const detail = !this.#wantRunning || now - this.#lastDetail >= DETAIL_INTERVAL_MS;
    if (detail) {
      this.#lastDetail = now;
      patchRuns(this.members.filter((o) => o.latest).map((o) => [o.runId, numbersOf(o.latest!, runStatus(o.runId), this.#wantRunning, o.trainingMs)] as const));
    }
    m.hub.publishFrame(frame, detail);
    requestFrame(m, this.#isDisposed);
  }

  #fault(m: MemberState, p: Partial<CompareRunView>): void {
    m.out = true;
    m.watchdog.setActive(false);
    useStore.getState().patchRun(m.runId, p);
    // The others go on: the slowest may have been this one.
    this.#coordinate();
  }

  #onMessage(m: MemberState, message: WorkerToPage): void {
    if (this.#disposed) return;
    m.watchdog.heard();
    switch (message.type) {
      case 'frame':
        return this.#onFrame(m, message);
      case 'data':
        useStore.getState().patchRun(m.runId, { numClasses: message.numClasses });
        m.hub.publishData(message);
        return;
      case 'diverged':
        return this.#fault(m, { status: 'diverged', divergence: { epoch: message.epoch, what: message.what } });
      case 'error':
        return this.#fault(m, { status: 'error', error: message.message });
      default:
        return;
    }
  }

  #onFrame(m: MemberState, message: Frame): void {
    if (message.generation < m.generation) {
      requestFrame(m, this.#isDisposed);
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
      this.#raf(() => this.#draw(m));
    }
    this.#coordinate();
  }

  #configure(m: MemberState): void {
    configureMember(m);
    useStore.getState().patchRun(m.runId, emptyCompareRun());
  }
}
