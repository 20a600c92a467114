import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { drivenSession, fakeHost } from './fakeHost';
import { TrainingSession } from './session';

describe('frame detail', () => {
  it("a 'boundary' run sends its boundary on a coarser grid and no neuron pictures, paused or training", () => {
    const { h, s, slices } = drivenSession({ type: 'configure', config: defaultConfig(), detail: 'boundary' });
    const first = h.frames()[0];
    expect(first.grids!.gridSize).toBe(50);
    expect(first.grids!.outputGrid.length).toBe(50 * 50);
    expect(first.grids!.neurons).toBeNull();
    s.handle({ type: 'play' });
    slices(40);
    const withGrids = h.frames().filter((f) => f.grids !== null);
    expect(withGrids.length).toBeGreaterThan(1);
    expect(withGrids.every((f) => f.grids!.neurons === null && f.grids!.gridSize === 50)).toBe(true);
    // The numbers and losses still come with every frame.
    expect(h.frames().at(-1)!.epoch).toBeGreaterThan(0);
    expect(h.frames().at(-1)!.history.epoch.length).toBeGreaterThan(0);
    s.handle({ type: 'pause' });
    s.handle({ type: 'request-frame' });
    expect(h.frames().at(-1)!.grids?.neurons ?? null).toBeNull();
  });

  it("sends small boundaries less often than the single view's", () => {
    const count = (detail: 'full' | 'boundary') => {
      const { h, slices } = drivenSession({ type: 'configure', config: defaultConfig(), detail }, { type: 'play' });
      const start = h.frames().length;
      slices(60);
      return h.frames().slice(start).filter((f) => f.grids !== null).length;
    };
    expect(count('boundary')).toBeLessThan(count('full'));
  });

  it("a configure asking for 'full' after 'boundary' brings every picture again", () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: defaultConfig(), detail: 'boundary' });
    s.handle({ type: 'request-frame' });
    const before = h.frames().length;
    s.handle({ type: 'configure', config: defaultConfig(), detail: 'full' });
    s.handle({ type: 'request-frame' });
    const frame = h.frames().at(-1)!;
    expect(h.frames().length).toBeGreaterThan(before);
    expect(frame.grids!.gridSize).toBe(100);
    // 4 + 2 hidden neurons and 1 output.
    expect(frame.grids!.neurons!.neuronGrids.length).toBe(7 * frame.grids!.neurons!.neuronGridSize ** 2);
    // A reconfigure without a detail keeps the one set.
    s.handle({ type: 'configure', config: { ...defaultConfig(), learningRate: 0.1 } });
    expect(h.frames().at(-1)!.grids!.neurons).not.toBeNull();
  });

  it('a worker that never heard of detail sends everything, as before', () => {
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: defaultConfig() });
    expect(h.frames()[0].grids!.neurons).not.toBeNull();
    expect(h.frames()[0].grids!.gridSize).toBe(100);
  });
});
