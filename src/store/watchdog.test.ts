import { describe, expect, it } from 'vitest';
import { CHECK_MS, createWatchdog, STALL_MS } from './watchdog';

/** A clock the test moves; the watchdog's checks run as the clock passes them. */
function setup() {
  let now = 0;
  let hidden = false;
  let check: () => void = () => {};
  let stalls = 0;
  const dog = createWatchdog(
    {
      now: () => now,
      every: (_ms, fn) => {
        check = fn;
        return () => (check = () => {});
      },
      hidden: () => hidden,
    },
    () => stalls++,
  );
  /** Moves the clock by `ms`, checking every CHECK_MS (unless `throttled`: one late check at the end). */
  const pass = (ms: number, throttled = false) => {
    if (throttled) {
      now += ms;
      check();
      return;
    }
    for (let t = 0; t < ms; t += CHECK_MS) {
      now += CHECK_MS;
      check();
    }
  };
  return { dog, pass, stalls: () => stalls, hide: (h: boolean) => (hidden = h) };
}

describe('the worker watchdog', () => {
  it('calls a running worker that leaves a frame request unanswered for STALL_MS stalled, once', () => {
    const w = setup();
    w.dog.setActive(true);
    w.dog.asked();
    w.pass(STALL_MS - CHECK_MS);
    expect(w.stalls()).toBe(0);
    w.pass(CHECK_MS);
    expect(w.stalls()).toBe(1);
    w.pass(3 * STALL_MS);
    expect(w.stalls()).toBe(1);
  });

  it('is quiet while answers come, however slow the pace, and while the run is paused', () => {
    const w = setup();
    w.dog.setActive(true);
    for (let k = 0; k < 20; k++) {
      w.dog.asked();
      w.pass(STALL_MS - CHECK_MS);
      w.dog.heard();
    }
    expect(w.stalls()).toBe(0);
    // Paused: the worker keeps the request open on purpose.
    w.dog.asked();
    w.dog.setActive(false);
    w.pass(10 * STALL_MS);
    expect(w.stalls()).toBe(0);
    // Playing again: the wait starts from then, not from the old request.
    w.dog.setActive(true);
    w.pass(STALL_MS - CHECK_MS);
    expect(w.stalls()).toBe(0);
    w.pass(CHECK_MS);
    expect(w.stalls()).toBe(1);
  });

  it('does not count time the tab was hidden, or time its timers were held back', () => {
    const w = setup();
    w.dog.setActive(true);
    w.dog.asked();
    w.hide(true);
    w.pass(10 * STALL_MS);
    w.hide(false);
    w.pass(STALL_MS - CHECK_MS);
    expect(w.stalls()).toBe(0);
    // A background tab's timer fires a minute late: that minute was not watched.
    w.pass(60_000, true);
    expect(w.stalls()).toBe(0);
    w.pass(STALL_MS);
    expect(w.stalls()).toBe(1);
  });
});
