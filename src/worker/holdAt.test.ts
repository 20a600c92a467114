import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { drivenSession } from './fakeHost';

const playingHeld = (holdAt: number) =>
  drivenSession(
    { type: 'configure', config: defaultConfig() },
    { type: 'set-speed', speed: 'max' },
    { type: 'hold-at', epoch: holdAt },
    { type: 'play' },
  );

describe('the lock-step hold', () => {
  it('waits at the epoch still running, and trains on when the hold moves, with no play', () => {
    const { h, s, slices } = playingHeld(5);
    slices(30);
    expect(h.frames().at(-1)).toMatchObject({ epoch: 5, running: true });
    expect(Math.max(...h.frames().map((f) => f.epoch))).toBe(5);
    // Held, it sleeps instead of spinning a core.
    expect(h.delays.at(-1)).toBeGreaterThanOrEqual(100);
    s.handle({ type: 'hold-at', epoch: 12 });
    slices(30);
    expect(h.frames().at(-1)).toMatchObject({ epoch: 12, running: true });
    s.handle({ type: 'hold-at', epoch: null });
    slices(10);
    expect(h.frames().at(-1)!.epoch).toBeGreaterThan(12);
  });

  it('answers a frame request at once while held', () => {
    const { h, s, slices } = playingHeld(3);
    slices(20);
    const before = h.frames().length;
    s.handle({ type: 'request-frame' });
    expect(h.frames().length).toBe(before + 1);
    expect(h.frames().at(-1)).toMatchObject({ epoch: 3, running: true });
  });

  it("the learner's stop still pauses the run exactly, inside the hold", () => {
    const { h, s, slices } = playingHeld(50);
    s.handle({ type: 'set-stop-at', epoch: 7 });
    slices(40);
    expect(h.frames().at(-1)).toMatchObject({ epoch: 7, running: false });
    expect(h.pendingSlices()).toBe(0);
  });
});
