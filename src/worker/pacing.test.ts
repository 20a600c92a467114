import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { drivenSession, fakeHost } from './fakeHost';
import type { Speed } from './protocol';
import { TrainingSession } from './session';

/** A session on the default network, playing at `speed` and stopping at `stopAt`; the page asks for a frame every slice. */
const playing = (speed: Speed, stopAt: number | null) =>
  drivenSession(
    { type: 'configure', config: defaultConfig() },
    { type: 'set-speed', speed },
    { type: 'set-stop-at', epoch: stopAt },
    { type: 'play' },
  );

describe('stop at an epoch', () => {
  it('at full speed stops exactly there, also in the middle of a slice, and says so in its frame', () => {
    // Where the slices end on their own (the fake clock is deterministic): a stop elsewhere cuts one short.
    const free = playing('max', null);
    free.slices(6);
    const sliceEnds = new Set(free.h.frames().map((f) => f.epoch));
    const stops = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(stops.filter((n) => !sliceEnds.has(n)).length).toBeGreaterThan(4);
    for (const stopAt of stops) {
      const { h, slices } = playing('max', stopAt);
      slices(40);
      const frames = h.frames();
      expect(frames.at(-1)!, `stop at ${stopAt}`).toMatchObject({ epoch: stopAt, running: false });
      expect(Math.max(...frames.map((f) => f.epoch))).toBe(stopAt);
      expect(h.pendingSlices()).toBe(0);
    }
  });

  it('at a chosen pace stops exactly there', () => {
    const { h, slices } = playing(20, 5);
    slices(200);
    const last = h.frames().at(-1)!;
    expect(last.epoch).toBe(5);
    expect(last.running).toBe(false);
    expect(h.pendingSlices()).toBe(0);
  });

  it('play pressed at the stop trains on; a stop already passed does not stop the run', () => {
    const { h, s, slices } = playing('max', 4);
    slices(40);
    expect(h.frames().at(-1)!.epoch).toBe(4);
    s.handle({ type: 'play' });
    slices(10);
    expect(h.frames().at(-1)!.epoch).toBeGreaterThan(4);
    expect(h.frames().at(-1)!.running).toBe(true);
    const now = h.frames().at(-1)!.epoch;
    s.handle({ type: 'set-stop-at', epoch: now - 1 });
    slices(10);
    expect(h.frames().at(-1)!.running).toBe(true);
    // A stop ahead, set while running, applies; null clears it.
    const ahead = h.frames().at(-1)!.epoch + 7;
    s.handle({ type: 'set-stop-at', epoch: ahead });
    slices(40);
    expect(h.frames().at(-1)!).toMatchObject({ epoch: ahead, running: false });
    s.handle({ type: 'set-stop-at', epoch: null });
    s.handle({ type: 'play' });
    slices(20);
    expect(h.frames().at(-1)!.running).toBe(true);
  });

  it('a new run (reset) stops at the same epoch again', () => {
    const { h, s, slices } = playing('max', 6);
    slices(40);
    s.handle({ type: 'reset', resets: 1 });
    s.handle({ type: 'play' });
    slices(40);
    expect(h.frames().at(-1)!).toMatchObject({ epoch: 6, running: false });
  });
});

describe('epochs per second', () => {
  it('after a pause, shows the rate of training since play, not an average over the pause', () => {
    const { h, s, slices } = playing('max', null);
    slices(120);
    const before = h.frames().at(-1)!.epochsPerSecond;
    expect(before).toBeGreaterThan(0);
    s.handle({ type: 'pause' });
    h.advance(20_000);
    s.handle({ type: 'play' });
    let after = 0;
    for (let k = 0; k < 100 && after === 0; k++) {
      slices(1);
      after = h.frames().at(-1)!.epochsPerSecond;
    }
    expect(after).toBeGreaterThan(before * 0.5);
    expect(after).toBeLessThan(before * 2);
  });
});

describe('a paced run between epochs', () => {
  it('sleeps until its next epoch is due (at most 250 ms) instead of spinning, and never at full speed', () => {
    const paced = playing(2, null);
    paced.slices(10);
    const waits = paced.h.delays.filter((d) => d > 0);
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(250);
    const fast = playing('max', null);
    fast.slices(10);
    expect(fast.h.delays.every((d) => d === 0)).toBe(true);
  });
});

describe('a weight edited by hand', () => {
  it('adds a point to the loss history at once, while paused', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: defaultConfig() });
    s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'request-frame' });
    const before = h.frames().length;
    s.handle({ type: 'set-param', ref: { kind: 'weight', layer: 1, to: 0, from: 0 }, value: 6 });
    s.handle({ type: 'request-frame' });
    const after = h.frames().slice(before);
    const points = after.flatMap((f) => Array.from(f.history.trainLoss));
    expect(points.length).toBeGreaterThanOrEqual(1);
    const edited = after.at(-1)!;
    expect(points.at(-1)).toBe(edited.trainLoss);
  });
});
