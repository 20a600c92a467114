import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../config/config';
import { fakeHost } from './fakeHost';
import { MAX_POINTS, ParamPath } from './paramPath';
import type { LossLandscapeMessage } from './protocol';
import { TrainingSession } from './session';

describe('the loss landscape from the worker', () => {
  it('answers with the grid whose centre is the training loss the frame reports, and a path ending at the origin', async () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: { ...defaultConfig(), learningRate: 0.1 } });
    for (let k = 0; k < 8; k++) s.handle({ type: 'step', unit: 'epoch' });
    s.handle({ type: 'request-frame' });
    const frame = h.frames().at(-1)!;
    s.handle({ type: 'loss-landscape', size: 21, seed: 3 });
    await vi.waitFor(() => expect(h.messages.at(-1)!.type).toBe('loss-landscape'));
    const reply = h.messages.at(-1) as LossLandscapeMessage;
    expect(reply.type).toBe('loss-landscape');
    expect(reply.size).toBe(21);
    expect(reply.losses.length).toBe(21 * 21);
    expect(reply.losses[10 * 21 + 10]).toBe(frame.trainLoss);
    // The untrained start and eight epochs, then the current weights.
    expect(reply.path.length).toBeGreaterThanOrEqual(2 * 9);
    expect(reply.path[reply.path.length - 2]).toBe(0);
    expect(reply.path[reply.path.length - 1]).toBe(0);
    expect(reply.extent).toBeGreaterThanOrEqual(1);
    expect(h.transfers.at(-1)).toContain(reply.losses.buffer);
    expect(reply.epoch).toBe(frame.epoch);
  });

  it('keeps a bounded, evenly spaced path however long the run', () => {
    const path = new ParamPath();
    path.restart(Float64Array.of(0));
    for (let e = 1; e <= 10_000; e++) path.record(Float64Array.of(e));
    const points = path.upTo(Float64Array.of(10_001));
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(points.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(points[0][0]).toBe(0);
    expect(points.at(-1)![0]).toBe(10_001);
    const gaps = points.slice(1, -1).map((p, k) => p[0] - points[k][0]);
    expect(Math.max(...gaps)).toBe(Math.min(...gaps));
  });
});
