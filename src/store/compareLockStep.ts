/**
 * The compare view's lock-step: while playing, no run may be more than one display frame's
 * epochs ahead of the slowest one still training. Each run is held at (slowest epoch + that
 * margin) with the worker's hold ('hold-at'), which waits exactly there without pausing; the hold
 * moves on with every frame of the slowest run, so a run that keeps up never waits, and one that
 * got ahead waits at the hold until the others come, then trains on by itself (no play has to
 * travel back and forth). Pure: compareSync.ts applies the plan.
 */
import type { Speed } from '../config/config';

/** Display frames per second the margin is counted in. */
const FRAMES_PER_SECOND = 60;
/** The most a run may lead at full speed, however fast the runs are. */
const MAX_MARGIN = 4096;

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

/** What the lock-step reads of a run. */
export interface Stepper {
  epoch: number;
  /** The hold last sent (null: none). */
  holdSent: number | null;
}

export type LockStepPlan =
  /** Every run stands at the learner's stop: they pause together. */
  | { stop: true }
  /** Hold every run in step at `target`, with the margin `margin` from now on. */
  | { stop: false; margin: number; target: number };

/**
 * One look at the runs still training (`inStep`: those in the lock-step; `all`: with the ones
 * restarted apart, which only the learner's stop binds).
 */
export function planLockStep(inStep: readonly Stepper[], all: readonly Stepper[], margin: number, stopAt: number | null, speed: Speed): LockStepPlan {
  if (stopAt !== null && all.every((m) => m.epoch >= stopAt)) return { stop: true };
  if (inStep.length === 0) return { stop: false, margin, target: stopAt ?? Infinity };
  // Everyone held at the target: the margin is less than a frame's epochs of even the slowest
  // run, and the runs spend their time waiting for the page. Double it until they train on
  // between two frames (at a chosen pace, up to two of that pace's frames: the frames of two
  // runs reach the page up to a display frame apart).
  const allHeld = inStep.every((m) => m.holdSent !== null && m.epoch >= m.holdSent);
  const epochs = inStep.map((m) => m.epoch);
  let next = margin;
  if (allHeld && (stopAt === null || Math.min(...epochs) + margin < stopAt)) {
    next = Math.min(margin * 2, speed === 'max' ? MAX_MARGIN : 2 * lockStepMargin(speed, 0));
  }
  return { stop: false, margin: next, target: lockStepTarget(epochs, next, stopAt) };
}
