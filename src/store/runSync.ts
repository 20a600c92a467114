/**
 * Connects one run's bridge to the store and the frame hub: worker messages become store
 * numbers and hub pictures; configuration changes become configure or set-live messages.
 * Frames are paced by the display: the next one is requested only after this one is drawn.
 */
import { classifyChange, liveSettings } from '../config/changes';
import { createBridge, type RunBridge, type WorkerFactory } from '../bridge/bridge';
import { activeDataset, MAX_RESETS, type PlaygroundConfig } from '../config/config';
// By path, not through the barrel, which would pull the custom-data split and its rng into the first load.
import { numClassesOf } from '../data/datasets';
import type { Frame, ModelMessage, PageToWorker, RunProgress, WorkerToPage } from '../worker/protocol';
import { hubFor, type FrameHub } from './frameHub';
import { NeuronProbe } from './probe';
import { useStore, type RunStatus } from './store';
import { browserWatchdogHost, createWatchdog, type WatchdogHost } from './watchdog';

/**
 * While training, the views other than the decision boundary (numbers, diagram, curves) redraw
 * together at most this often. Each redraw costs the browser a layout, a paint and a commit of
 * its own; at 10 a second they read as live and leave the main thread mostly idle.
 */
const DETAIL_INTERVAL_MS = 100;

export interface RunController {
  readonly runId: string;
  readonly hub: FrameHub;
  /** The run's own copy of the network, read at the point under the pointer. */
  readonly probe: NeuronProbe;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  reset(): void;
  regenerate(): void;
  restartWorker(): void;
  gradientCheck(): void;
  /** Asks the worker for the loss landscape (it comes to the hub's `landscape` sinks). */
  lossLandscape(size: number, seed: number): void;
  editParam(message: Extract<PageToWorker, { type: 'set-param' }>): void;
  /** Every parameter in full precision, for a model file. */
  requestModel(): Promise<ModelMessage>;
  /** A fresh run of `config` (already in the store) with these parameters in place of the drawn ones. */
  loadModel(config: PlaygroundConfig, params: Float64Array, stats: Float64Array): void;
  /** The parameters the run started from when a model file gave them; null when the seed drew them. */
  loadedStart(): LoadedStart | null;
  dispose(): void;
}

const classCount = (config: PlaygroundConfig) => (config.customData ? config.customData.classes : numClassesOf(activeDataset(config)));

export interface LoadedStart {
  params: Float64Array;
  stats: Float64Array;
}

const progressOf = (f: Frame): RunProgress => ({
  epoch: f.epoch,
  updates: f.updates,
  batchInEpoch: f.batchInEpoch,
  batchesPerEpoch: f.batchesPerEpoch,
  trainAccuracy: f.trainAccuracy,
  testAccuracy: f.testAccuracy,
  epochsPerSecond: f.epochsPerSecond,
  lossRising: f.lossRising,
});

/**
 * The seed Regenerate picks: TF Playground's, the next number of the run's stream after the
 * current weights' draw, to 5 decimals (the worker sends it with each frame). Before any frame
 * has come, a fresh one in the same style.
 */
export const newSeed = (frame: Frame | null): string => frame?.nextSeed || Math.random().toFixed(5);

export function connectRun(
  runId: string,
  factory?: WorkerFactory,
  raf: (cb: () => void) => void = (cb) => requestAnimationFrame(cb),
  watchdogHost: WatchdogHost = browserWatchdogHost,
): RunController {
  const bridge: RunBridge = createBridge(runId, factory);
  const hub = hubFor(runId);
  const probe = new NeuronProbe();
  const store = useStore;
  let pendingFrame: Frame | null = null;
  let drawScheduled = false;
  // Every fresh start (configure, reset, a restarted worker) draws from the seed again and forgets it.
  let loaded: LoadedStart | null = null;
  const watchdog = createWatchdog(watchdogHost, () => bridge.fail('it stopped answering'));
  /** The learner wants the run training; only then is a silent worker a fault. */
  let wantRunning = false;
  const want = (running: boolean) => {
    wantRunning = running;
    watchdog.setActive(running);
  };
  const requestFrame = () => {
    watchdog.asked();
    bridge.send({ type: 'request-frame' });
  };

  const patch = (p: Parameters<ReturnType<typeof store.getState>['patchRun']>[1]) => store.getState().patchRun(runId, p);
  const status = (): RunStatus => store.getState().runs[runId]?.status ?? 'idle';

  let lastDetail = -Infinity;
  let pictureGeneration = -1;
  let lossGeneration = -1;
  const draw = () => {
    drawScheduled = false;
    const frame = pendingFrame;
    pendingFrame = null;
    if (!frame) return;
    const finite = (v: number) => (Number.isFinite(v) ? v : null);
    const current = status();
    const now = performance.now();
    // Any frame that is not part of a running stream (a step, a pause, an edit) shows in full at once.
    const detail = !frame.running || current !== 'running' || now - lastDetail >= DETAIL_INTERVAL_MS;
    if (detail) lastDetail = now;
    // The first frame of a run carries its untrained loss.
    if (frame.generation !== lossGeneration && frame.updates === 0) {
      lossGeneration = frame.generation;
      patch({ initialTrainLoss: finite(frame.trainLoss) });
    }
    if (detail) patch({
      ...progressOf(frame),
      trainLoss: finite(frame.trainLoss),
      testLoss: finite(frame.testLoss),
      gradNorms: Array.from(frame.gradNorms),
      lossRising: frame.lossRising,
      zeroWeights: frame.zeroWeights.reduce((sum, n) => sum + n, 0),
      status: current === 'diverged' || current === 'error' ? current : frame.running ? 'running' : frame.epoch > 0 || frame.updates > 0 ? 'paused' : 'idle',
    });
    // The first picture of a run shows alone: the diagram, curves and histograms of a big network
    // take tens of milliseconds to build, and the boundary should not wait for them. They
    // follow on the next display frame (unless a newer frame has come by then).
    const firstPicture = detail && frame.grids !== null && frame.generation !== pictureGeneration;
    if (frame.grids !== null) pictureGeneration = frame.generation;
    hub.publishFrame(frame, detail && !firstPicture);
    if (firstPicture) raf(() => hub.latestFrame === frame && hub.publishFrame(frame, true));
    requestFrame();
  };

  const onMessage = (message: WorkerToPage) => {
    watchdog.heard();
    switch (message.type) {
      case 'frame':
        // The worker stopped by itself (the epoch it was asked to stop at): the learner's next
        // press of play plays.
        if (!message.running && wantRunning) want(false);
        pendingFrame = message;
        if (!drawScheduled) {
          drawScheduled = true;
          raf(draw);
        }
        break;
      case 'data':
        patch({ numClasses: message.numClasses });
        hub.publishData(message);
        break;
      case 'diverged':
        want(false);
        patch({ status: 'diverged', divergence: { epoch: message.epoch, what: message.what } });
        break;
      case 'error':
        want(false);
        patch({ status: 'error', error: message.message });
        break;
      case 'gradient-check':
        patch({ gradientCheck: { maxRelativeError: message.maxRelativeError, parameterCount: message.parameterCount } });
        break;
      case 'loss-landscape':
        hub.publishLandscape(message);
        break;
      case 'model':
        modelWaiters.splice(0).forEach((resolve) => resolve(message));
        break;
    }
  };
  const modelWaiters: ((m: ModelMessage) => void)[] = [];
  const unsubscribeBridge = bridge.subscribe(onMessage);

  const configure = (config: PlaygroundConfig) => {
    loaded = null;
    patch({ divergence: null, error: null, gradientCheck: null, status: wantRunning ? 'running' : 'idle' });
    bridge.send({ type: 'configure', config });
    if (wantRunning) bridge.send({ type: 'play' });
  };

  configure(store.getState().config);
  bridge.send({ type: 'set-speed', speed: store.getState().config.speed });
  bridge.send({ type: 'set-stop-at', epoch: store.getState().config.stopAt });

  const unsubscribeStore = store.subscribe((state, prev) => {
    if (state.config !== prev.config) {
      const change = classifyChange(prev.config, state.config);
      // A diverged run's weights are not numbers any more: a new learning rate (or any live
      // change) cannot rescue them, so it starts the run again with the new setting.
      const diverged = status() === 'diverged';
      if (change === 'rebuild' || ((change === 'live' || change === 'data') && diverged)) configure(state.config);
      else if (change === 'data') {
        // The worker keeps the weights through new points of the same kind; another number of classes is a new network.
        if (classCount(state.config) !== classCount(prev.config)) loaded = null;
        bridge.send({ type: 'set-data', config: state.config });
      }
      else if (change === 'live' || change === 'reset') bridge.send({ type: 'set-live', settings: liveSettings(state.config) });
      if (change === 'reset' || (change === 'data' && !diverged && state.config.resets !== prev.config.resets)) {
        loaded = null;
        bridge.send({ type: 'reset', resets: state.config.resets });
      }
    }
    if (state.config.speed !== prev.config.speed) bridge.send({ type: 'set-speed', speed: state.config.speed });
    if (state.config.stopAt !== prev.config.stopAt) bridge.send({ type: 'set-stop-at', epoch: state.config.stopAt });
  });

  const play = () => {
    if (status() === 'diverged' || status() === 'error') return;
    want(true);
    patch({ status: 'running' });
    bridge.send({ type: 'play' });
  };
  const pause = () => {
    want(false);
    if (status() === 'running') patch({ status: 'paused' });
    bridge.send({ type: 'pause' });
  };

  return {
    runId,
    hub,
    probe,
    play,
    pause,
    togglePlay: () => (wantRunning ? pause() : play()),
    step: () => {
      want(false);
      bridge.send({ type: 'step', unit: store.getState().stepUnit });
    },
    // As TF Playground's Reset: the stream goes on, so new weights on the same data. The count
    // is part of the link, so the link gives these weights again.
    reset: () => {
      want(false);
      patch({ divergence: null, error: null, status: 'idle', gradientCheck: null });
      const { config, updateConfig } = store.getState();
      // Past the largest count a link may carry, Reset starts the last draw again.
      if (config.resets >= MAX_RESETS) {
        loaded = null;
        bridge.send({ type: 'reset', resets: config.resets });
      }
      else updateConfig({ resets: config.resets + 1 });
    },
    regenerate: () => store.getState().updateConfig({ seed: newSeed(hub.latestFrame), resets: 0 }),
    restartWorker: () => {
      want(false);
      patch({ divergence: null, error: null, status: 'idle' });
      loaded = null;
      bridge.restart();
    },
    gradientCheck: () => bridge.send({ type: 'gradient-check' }),
    lossLandscape: (size, seed) => bridge.send({ type: 'loss-landscape', size, seed }),
    editParam: (message) => bridge.send(message),
    requestModel: () =>
      new Promise<ModelMessage>((resolve) => {
        modelWaiters.push(resolve);
        bridge.send({ type: 'get-model' });
      }),
    loadModel: (config, params, stats) => {
      want(false);
      // A fresh run (a new optimizer, epoch 0) whatever the configuration was before.
      configure(config);
      // Copies, taken before the message could hand its buffers over to the worker.
      loaded = { params: params.slice(), stats: stats.slice() };
      bridge.send({ type: 'set-model', params, stats });
    },
    loadedStart: () => loaded,
    dispose: () => {
      watchdog.dispose();
      unsubscribeBridge();
      unsubscribeStore();
      bridge.terminate();
    },
  };
}
