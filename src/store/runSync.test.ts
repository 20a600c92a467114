import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { connectRun } from './runSync';
import { initialRunView, useStore } from './store';
import { FakeWorker, frame, manualClock } from './testWorker';

describe('run sync', () => {
  let workers: FakeWorker[];
  beforeEach(() => {
    workers = [];
    useStore.setState({ config: { ...defaultConfig(), speed: 'max' }, runs: { t: initialRunView() } });
  });
  const connect = (runId = 't', raf: (cb: () => void) => void = (cb) => cb(), watchdog = manualClock().host) =>
    connectRun(
      runId,
      (first) => {
        const w = new FakeWorker();
        if (first) w.sent.push(first);
        workers.push(w);
        return w;
      },
      raf,
      watchdog,
    );

  it('configures at start, rebuilds on structural changes and updates live settings in place', () => {
    const run = connect();
    const w = workers[0];
    expect(w.sent[0].type).toBe('configure');
    w.sent.length = 0;
    useStore.getState().updateConfig({ learningRate: 0.3 });
    expect(w.sent).toEqual([expect.objectContaining({ type: 'set-live', settings: expect.objectContaining({ learningRate: 0.3 }) })]);
    w.sent.length = 0;
    useStore.getState().updateConfig({ showTestData: true });
    expect(w.sent).toEqual([]);
    useStore.getState().updateConfig({ networkShape: [3], activations: ['relu'] });
    expect(w.sent.map((m) => m.type)).toEqual(['configure']);
    run.dispose();
    expect(w.terminated).toBe(true);
  });

  it('turns divergence and errors into statuses, and restarts a failed worker with the same config', () => {
    const run = connect();
    run.play();
    expect(useStore.getState().runs.t.status).toBe('running');
    workers[0].reply({ type: 'diverged', epoch: 12, what: 'loss' });
    expect(useStore.getState().runs.t.status).toBe('diverged');
    expect(useStore.getState().runs.t.divergence).toEqual({ epoch: 12, what: 'loss' });
    run.play();
    expect(workers[0].sent.filter((m) => m.type === 'play').length).toBe(1);
    workers[0].reply({ type: 'error', message: 'boom' });
    expect(useStore.getState().runs.t.status).toBe('error');
    run.restartWorker();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].sent[0]).toEqual(expect.objectContaining({ type: 'configure' }));
    expect(useStore.getState().runs.t.status).toBe('idle');
    run.dispose();
  });

  it('asks for the next frame only after drawing the last one', () => {
    const run = connect();
    const w = workers[0];
    w.sent.length = 0;
    w.reply(frame({ epoch: 3, updates: 75, trainLoss: 0.2, testLoss: NaN, trainAccuracy: 0.9, testAccuracy: null }));
    expect(w.sent.map((m) => m.type)).toEqual(['request-frame']);
    const view = useStore.getState().runs.t;
    expect(view.epoch).toBe(3);
    // A NaN loss is never shown as a number.
    expect(view.testLoss).toBeNull();
    run.dispose();
  });

  it('shows a run’s first picture alone, then its slow views a display frame later', () => {
    const frames: (() => void)[] = [];
    const run = connect('first', (cb) => frames.push(cb));
    const seen: string[] = [];
    run.hub.subscribe({
      grids: () => seen.push('grids'),
      frame: (f, detail) => seen.push(`frame ${f.seq} ${detail ? 'detail' : 'boundary only'}`),
    });
    const grids = { gridSize: 1, outputGrid: new Float32Array(1), neurons: null };
    const pictured = (seq: number, withGrids: boolean) => frame({ seq, grids: withGrids ? grids : null });
    workers[workers.length - 1].reply(pictured(1, true));
    frames.shift()!();
    expect(seen).toEqual(['grids', 'frame 1 boundary only']);
    frames.shift()!();
    expect(seen).toEqual(['grids', 'frame 1 boundary only', 'grids', 'frame 1 detail']);
    // Later pictures of the same run show with everything at once.
    workers[workers.length - 1].reply(pictured(2, true));
    frames.shift()!();
    expect(seen.slice(4)).toEqual(['grids', 'frame 2 detail']);
    expect(frames).toHaveLength(0);
    run.dispose();
  });
  it('Reset counts up in the config and asks the worker for new weights on the same data', () => {
    const run = connect();
    const w = workers[0];
    w.sent.length = 0;
    run.reset();
    expect(useStore.getState().config.resets).toBe(1);
    expect(w.sent.map((m) => m.type)).toEqual(['set-live', 'reset']);
    expect(w.sent[1]).toEqual({ type: 'reset', resets: 1 });
    run.reset();
    expect(useStore.getState().config.resets).toBe(2);
    expect(w.sent.filter((m) => m.type === 'configure')).toEqual([]);
    run.dispose();
  });

  it("Regenerate takes TF's next seed from the worker and starts its Reset count again", () => {
    const run = connect();
    const w = workers[0];
    run.reset();
    w.reply({
      type: 'frame', seq: 1, generation: 2, epoch: 0, updates: 0, batchInEpoch: 0, batchesPerEpoch: 25, running: false, trainLoss: 0.5, testLoss: 0.5,
      trainAccuracy: 0.5, testAccuracy: 0.5, grids: null, weights: new Float32Array(0), biases: new Float32Array(0), batchNorm: new Float32Array(0),
      zeroWeights: new Uint32Array(3), nextSeed: '0.62930', gradNorms: new Float64Array(0), epochsPerSecond: 0, lossRising: false,
      history: { epoch: new Float64Array(0), trainLoss: new Float64Array(0), testLoss: new Float64Array(0), trainAccuracy: new Float64Array(0), testAccuracy: new Float64Array(0) },
    });
    w.sent.length = 0;
    run.regenerate();
    expect(useStore.getState().config.seed).toBe('0.62930');
    expect(useStore.getState().config.resets).toBe(0);
    expect(w.sent.map((m) => m.type)).toEqual(['configure']);
    run.dispose();
  });

  it('a worker that stops by itself (at the epoch it was asked to stop at) leaves play ready to play', () => {
    const run = connect();
    const w = workers[0];
    run.play();
    w.reply(frame({ epoch: 40, running: true }));
    expect(useStore.getState().runs.t.status).toBe('running');
    w.reply(frame({ epoch: 50, running: false }));
    expect(useStore.getState().runs.t.status).toBe('paused');
    w.sent.length = 0;
    run.togglePlay();
    expect(w.sent.map((m) => m.type)).toEqual(['play']);
    run.dispose();
  });

  it('a worker silent while it should train is called failed, stopped, and can be restarted', () => {
    const clock = manualClock();
    const run = connect('t', (cb) => cb(), clock.host);
    const w = workers[0];
    // Paused, a worker rightly keeps the request open: no fault however long.
    w.reply(frame());
    clock.pass(60_000);
    expect(useStore.getState().runs.t.status).toBe('idle');
    run.play();
    w.reply(frame({ epoch: 5, running: true }));
    clock.pass(4_000);
    expect(useStore.getState().runs.t.status).toBe('running');
    // Then nothing comes back.
    clock.pass(2_000);
    expect(useStore.getState().runs.t.status).toBe('error');
    expect(useStore.getState().runs.t.error).toMatch(/stopped answering/);
    expect(w.terminated).toBe(true);
    run.restartWorker();
    expect(workers).toHaveLength(2);
    expect(useStore.getState().runs.t.status).toBe('idle');
    run.dispose();
  });

  it('remembers a loaded model as the run’s start until the next fresh start (the code view exports it)', () => {
    const run = connect();
    const w = workers[0];
    expect(run.loadedStart()).toBeNull();
    const params = Float64Array.of(1, 2, 3);
    const stats = Float64Array.of(4);
    const load = () => run.loadModel(useStore.getState().config, params, stats);
    load();
    expect(w.sent.slice(-2).map((m) => m.type)).toEqual(['configure', 'set-model']);
    expect(Array.from(run.loadedStart()!.params)).toEqual([1, 2, 3]);
    expect(Array.from(run.loadedStart()!.stats)).toEqual([4]);
    // A live setting keeps the run, so its start.
    useStore.getState().updateConfig({ learningRate: 0.1 });
    expect(run.loadedStart()).not.toBeNull();
    // New points of the same kind keep the weights in the worker, and so the start.
    useStore.getState().updateConfig({ customData: { classes: 2, x: [0.5], y: [0.5], label: [1] } });
    expect(run.loadedStart()).not.toBeNull();
    // A rebuild, a Reset and a restarted worker each draw from the seed again.
    useStore.getState().updateConfig({ networkShape: [3], activations: ['relu'] });
    expect(run.loadedStart()).toBeNull();
    load();
    run.reset();
    expect(run.loadedStart()).toBeNull();
    load();
    run.restartWorker();
    expect(run.loadedStart()).toBeNull();
    load();
    // Another number of classes is a new network in the worker.
    useStore.getState().updateConfig({ customData: { classes: 3, x: [0.5], y: [0.5], label: [2] } });
    expect(run.loadedStart()).toBeNull();
    run.dispose();
  });
});
