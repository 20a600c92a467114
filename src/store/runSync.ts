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
import type { Frame, ModelMessage, PageToWorker, WorkerToPage } from '../worker/protocol';
import { hubFor, type FrameHub } from './frameHub';
import { NeuronProbe } from './probe';
import { DETAIL_INTERVAL_MS, finiteOrNull, frameNumbers } from './runNumbers';
import { useStore, type RunStatus, type RunView } from './store';
import { browserWatchdogHost, createWatchdog, type Watchdog, type WatchdogHost } from './watchdog';

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
  return new RunSession(runId, factory, raf, watchdogHost);
}


/**
 * One run's link between its worker and the page. Its public moves are arrow properties: the
 * views hand them to buttons as they are, unbound.
 */
class RunSession implements RunController {
  readonly hub: FrameHub;
  readonly probe = new NeuronProbe();
  readonly #bridge: RunBridge;
  readonly #watchdog: Watchdog;
  #pendingFrame: Frame | null = null;
  #drawScheduled = false;
  // Every fresh start (configure, reset, a restarted worker) draws from the seed again and forgets it.
  #loaded: LoadedStart | null = null;
  /** The learner wants the run training; only then is a silent worker a fault. */
  #wantRunning = false;
  #lastDetail = -Infinity;
  #pictureGeneration = -1;
  #lossGeneration = -1;
  readonly #modelWaiters: ((m: ModelMessage) => void)[] = [];
  readonly #unsubscribeBridge: () => void;
  readonly #unsubscribeStore: () => void;
  readonly #raf: (cb: () => void) => void;

  constructor(
    readonly runId: string,
    factory: WorkerFactory | undefined,
    raf: (cb: () => void) => void,
    watchdogHost: WatchdogHost,
  ) {
    this.#raf = raf;
    const bridge = createBridge(runId, factory);
    this.#bridge = bridge;
    this.hub = hubFor(runId);
    this.#watchdog = createWatchdog(watchdogHost, () => bridge.fail('it stopped answering'));
    this.#unsubscribeBridge = bridge.subscribe((message) => this.#onMessage(message));
    const { config } = useStore.getState();
    this.#configure(config);
    bridge.send({ type: 'set-speed', speed: config.speed });
    bridge.send({ type: 'set-stop-at', epoch: config.stopAt });
    this.#unsubscribeStore = useStore.subscribe((state, prev) => this.#onConfig(state.config, prev.config));
  }

  readonly play = (): void => {
    if (this.#status() === 'diverged' || this.#status() === 'error') return;
    this.#want(true);
    this.#patch({ status: 'running' });
    this.#bridge.send({ type: 'play' });
  };

  readonly pause = (): void => {
    this.#want(false);
    if (this.#status() === 'running') this.#patch({ status: 'paused' });
    this.#bridge.send({ type: 'pause' });
  };

  readonly togglePlay = (): void => (this.#wantRunning ? this.pause() : this.play());

  readonly step = (): void => {
    this.#want(false);
    this.#bridge.send({ type: 'step', unit: useStore.getState().stepUnit });
  };

  // As TF Playground's Reset: the stream goes on, so new weights on the same data. The count
  // is part of the link, so the link gives these weights again.
  readonly reset = (): void => {
    this.#want(false);
    this.#patch({ divergence: null, error: null, status: 'idle', gradientCheck: null });
    const { config, updateConfig } = useStore.getState();
    // Past the largest count a link may carry, Reset starts the last draw again.
    if (config.resets >= MAX_RESETS) {
      this.#loaded = null;
      this.#bridge.send({ type: 'reset', resets: config.resets });
    }
    else updateConfig({ resets: config.resets + 1 });
  };

  readonly regenerate = (): void => useStore.getState().updateConfig({ seed: newSeed(this.hub.latestFrame), resets: 0 });

  readonly restartWorker = (): void => {
    this.#want(false);
    this.#patch({ divergence: null, error: null, status: 'idle' });
    this.#loaded = null;
    this.#bridge.restart();
  };

  readonly gradientCheck = (): void => this.#bridge.send({ type: 'gradient-check' });

  readonly lossLandscape = (size: number, seed: number): void => this.#bridge.send({ type: 'loss-landscape', size, seed });

  readonly editParam = (message: Extract<PageToWorker, { type: 'set-param' }>): void => this.#bridge.send(message);

  readonly requestModel = (): Promise<ModelMessage> =>
    new Promise<ModelMessage>((resolve) => {
      this.#modelWaiters.push(resolve);
      this.#bridge.send({ type: 'get-model' });
    });

  readonly loadModel = (config: PlaygroundConfig, params: Float64Array, stats: Float64Array): void => {
    this.#want(false);
    // A fresh run (a new optimizer, epoch 0) whatever the configuration was before.
    this.#configure(config);
    // Copies, taken before the message could hand its buffers over to the worker.
    this.#loaded = { params: params.slice(), stats: stats.slice() };
    this.#bridge.send({ type: 'set-model', params, stats });
  };

  readonly loadedStart = (): LoadedStart | null => this.#loaded;

  readonly dispose = (): void => {
    this.#watchdog.dispose();
    this.#unsubscribeBridge();
    this.#unsubscribeStore();
    this.#bridge.terminate();
  };

  #want(running: boolean): void {
    this.#wantRunning = running;
    this.#watchdog.setActive(running);
  }

  #requestFrame(): void {
    this.#watchdog.asked();
    this.#bridge.send({ type: 'request-frame' });
  }

  #patch(p: Partial<RunView>): void {
    useStore.getState().patchRun(this.runId, p);
  }

  #status(): RunStatus {
    return useStore.getState().runs[this.runId]?.status ?? 'idle';
  }

  #configure(config: PlaygroundConfig): void {
    this.#loaded = null;
    this.#patch({ divergence: null, error: null, gradientCheck: null, status: this.#wantRunning ? 'running' : 'idle' });
    this.#bridge.send({ type: 'configure', config });
    if (this.#wantRunning) this.#bridge.send({ type: 'play' });
  }

  #onConfig(config: PlaygroundConfig, prev: PlaygroundConfig): void {
    if (config !== prev) this.#applyChange(config, prev);
    if (config.speed !== prev.speed) this.#bridge.send({ type: 'set-speed', speed: config.speed });
    if (config.stopAt !== prev.stopAt) this.#bridge.send({ type: 'set-stop-at', epoch: config.stopAt });
  }

  #applyChange(config: PlaygroundConfig, prev: PlaygroundConfig): void {
    const change = classifyChange(prev, config);
    // A diverged run's weights are not numbers any more: a new learning rate (or any live
    // change) cannot rescue them, so it starts the run again with the new setting.
    const diverged = this.#status() === 'diverged';
    if (change === 'rebuild' || ((change === 'live' || change === 'data') && diverged)) this.#configure(config);
    else if (change === 'data') {
      // The worker keeps the weights through new points of the same kind; another number of classes is a new network.
      if (classCount(config) !== classCount(prev)) this.#loaded = null;
      this.#bridge.send({ type: 'set-data', config });
    }
    else if (change === 'live' || change === 'reset') this.#bridge.send({ type: 'set-live', settings: liveSettings(config) });
    if (change === 'reset' || (change === 'data' && !diverged && config.resets !== prev.resets)) {
      this.#loaded = null;
      this.#bridge.send({ type: 'reset', resets: config.resets });
    }
  }

  #onMessage(message: WorkerToPage): void {
    this.#watchdog.heard();
    switch (message.type) {
      case 'frame':
        return this.#onFrame(message);
      case 'data':
        this.#patch({ numClasses: message.numClasses });
        return this.hub.publishData(message);
      case 'diverged':
        this.#want(false);
        return this.#patch({ status: 'diverged', divergence: { epoch: message.epoch, what: message.what } });
      case 'error':
        this.#want(false);
        return this.#patch({ status: 'error', error: message.message });
      case 'gradient-check':
        return this.#patch({ gradientCheck: { maxRelativeError: message.maxRelativeError, parameterCount: message.parameterCount } });
      case 'loss-landscape':
        return this.hub.publishLandscape(message);
      case 'model':
        this.#modelWaiters.splice(0).forEach((resolve) => resolve(message));
        return;
    }
  }

  #onFrame(frame: Frame): void {
    // The worker stopped by itself (the epoch it was asked to stop at): the learner's next
    // press of play plays.
    if (!frame.running && this.#wantRunning) this.#want(false);
    this.#pendingFrame = frame;
    if (this.#drawScheduled) return;
    this.#drawScheduled = true;
    this.#raf(() => this.#draw());
  }

  #draw(): void {
    this.#drawScheduled = false;
    const frame = this.#pendingFrame;
    this.#pendingFrame = null;
    if (!frame) return;
    const current = this.#status();
    const now = performance.now();
    // Any frame that is not part of a running stream (a step, a pause, an edit) shows in full at once.
    const detail = !frame.running || current !== 'running' || now - this.#lastDetail >= DETAIL_INTERVAL_MS;
    if (detail) this.#lastDetail = now;
    // The first frame of a run carries its untrained loss.
    if (frame.generation !== this.#lossGeneration && frame.updates === 0) {
      this.#lossGeneration = frame.generation;
      this.#patch({ initialTrainLoss: finiteOrNull(frame.trainLoss) });
    }
    if (detail) this.#patch(frameNumbers(frame, current));
    // The first picture of a run shows alone: the diagram, curves and histograms of a big network
    // take tens of milliseconds to build, and the boundary should not wait for them. They
    // follow on the next display frame (unless a newer frame has come by then).
    const firstPicture = detail && frame.grids !== null && frame.generation !== this.#pictureGeneration;
    if (frame.grids !== null) this.#pictureGeneration = frame.generation;
    this.hub.publishFrame(frame, detail && !firstPicture);
    const { hub } = this;
    if (firstPicture) this.#raf(() => hub.latestFrame === frame && hub.publishFrame(frame, true));
    this.#requestFrame();
  }
}

