import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { planLockStep } from './compareLockStep';
import { connectCompare, type CompareController } from './compareSync';
import { useStore } from './store';
import { FakeWorker, frame, manualClock } from './testWorker';

const tick = () => new Promise((done) => setTimeout(done, 0));
const status = (i: number) => useStore.getState().runs[`compare-${i}`]?.status;

describe('compare runs', () => {
  let workers: FakeWorker[];
  let controller: CompareController | null = null;
  const clock = manualClock();
  const start = async (shared: Partial<PlaygroundConfig>) => {
    controller = connectCompare(
      { ...defaultConfig(), speed: 'max', ...shared },
      (first) => {
        const w = new FakeWorker();
        if (first) w.sent.push(first);
        workers.push(w);
        return w;
      },
      (cb) => cb(),
      clock.host,
    );
    await tick();
    return controller;
  };
  beforeEach(() => {
    workers = [];
    useStore.setState({ runs: {} });
  });
  afterEach(() => controller?.dispose());

  it('each run asks its worker for the small boundary alone', async () => {
    await start({ compare: { key: 'learningRate', values: ['0.01', '0.1'] } } as Partial<PlaygroundConfig>);
    expect(workers).toHaveLength(2);
    for (const w of workers) expect(w.sent[0]).toMatchObject({ type: 'configure', detail: 'boundary' });
    expect(workers.map((w) => (w.sent[0] as { config: PlaygroundConfig }).config.learningRate)).toEqual([0.01, 0.1]);
  });

  it('holds every run within the margin of the slowest, before play and as the slowest moves', async () => {
    const c = await start({ compare: { key: 'learningRate', values: ['0.01', '0.1', '1'] } } as Partial<PlaygroundConfig>);
    c.play();
    for (const w of workers) {
      const types = w.sent.map((m) => m.type);
      expect(types.indexOf('hold-at')).toBeGreaterThan(-1);
      expect(types.indexOf('hold-at')).toBeLessThan(types.indexOf('play'));
      expect(w.holds().at(-1)).toBe(1);
    }
    workers[0].reply(frame({ epoch: 1, updates: 25, running: true }));
    workers[1].reply(frame({ epoch: 1, updates: 25, running: true }));
    // The slowest has not moved: nobody may go further.
    expect(workers.map((w) => w.holds().at(-1))).toEqual([1, 1, 1]);
    workers[2].reply(frame({ epoch: 1, updates: 25, running: true }));
    // Everyone waited at the hold: the margin doubles, from the slowest's epoch.
    expect(workers.map((w) => w.holds().at(-1))).toEqual([3, 3, 3]);
    workers[0].reply(frame({ epoch: 3, updates: 75, running: true }));
    workers[1].reply(frame({ epoch: 2, updates: 50, running: true }));
    workers[2].reply(frame({ epoch: 3, updates: 75, running: true }));
    expect(Math.max(...workers.map((w) => w.holds().at(-1)!))).toBe(2 + 2);
    // No play travels back and forth while they train.
    for (const w of workers) expect(w.sent.filter((m) => m.type === 'play')).toHaveLength(1);
    expect([0, 1, 2].map(status)).toEqual(['running', 'running', 'running']);
  });

  it('a silent worker is called failed on its own card, the others go on, and Restart gives that run a fresh worker', async () => {
    const c = await start({ compare: { key: 'learningRate', values: ['0.01', '0.1'] } } as Partial<PlaygroundConfig>);
    workers[0].reply(frame());
    // Paused, silence is no fault.
    clock.pass(60_000);
    expect(status(1)).not.toBe('error');
    c.play();
    for (let k = 1; k <= 6; k++) {
      workers[0].reply(frame({ epoch: k, updates: 25 * k, running: true }));
      clock.pass(1000);
    }
    expect(status(1)).toBe('error');
    expect(useStore.getState().runs['compare-1'].error).toMatch(/stopped answering/);
    expect(workers[1].terminated).toBe(true);
    expect(status(0)).toBe('running');
    expect(c.playing).toBe(true);
    // Out of the lock-step: the other is no longer held back by it.
    workers[0].reply(frame({ epoch: 7, updates: 175, running: true }));
    expect(workers[0].holds().at(-1)).toBeGreaterThan(7);

    c.restartRun('compare-1');
    expect(workers).toHaveLength(3);
    expect(workers[2].sent[0]).toMatchObject({ type: 'configure', detail: 'boundary' });
    expect(workers[2].sent.map((m) => m.type)).toContain('play');
    expect(status(1)).toBe('running');
    // Numbers show ten times a second.
    await new Promise((done) => setTimeout(done, 110));
    workers[2].reply(frame({ epoch: 1, updates: 25, running: true }));
    expect(useStore.getState().runs['compare-1'].epoch).toBe(1);
    // Restarted apart, it does not hold the other back while it catches up.
    workers[0].reply(frame({ epoch: 9, updates: 225, running: true }));
    expect(workers[0].holds().at(-1)).toBeGreaterThan(9);
    expect(status(0)).toBe('running');
  });
});

describe('the lock-step plan', () => {
  const run = (epoch: number, holdSent: number | null = null) => ({ epoch, holdSent });
  it('stops all together only when every run stands at the stop', () => {
    expect(planLockStep([run(10), run(8)], [run(10), run(8)], 2, 10, 'max')).toMatchObject({ stop: false, target: 10 });
    expect(planLockStep([run(10), run(10)], [run(10), run(10)], 2, 10, 'max')).toEqual({ stop: true });
  });
  it('never holds a run beyond the slowest plus the margin, and widens the margin only when all wait', () => {
    expect(planLockStep([run(4, 8), run(9, 8)], [run(4, 8), run(9, 8)], 4, null, 'max')).toEqual({ stop: false, margin: 4, target: 8 });
    expect(planLockStep([run(8, 8), run(8, 8)], [run(8, 8), run(8, 8)], 4, null, 'max')).toEqual({ stop: false, margin: 8, target: 16 });
    // At a chosen pace the margin stays within two of its frames.
    expect(planLockStep([run(8, 8), run(8, 8)], [run(8, 8), run(8, 8)], 2, null, 30)).toEqual({ stop: false, margin: 2, target: 10 });
  });
});
