/**
 * The worker's brain, without the worker: it takes page messages, trains in time slices and
 * posts frames. The clock, the scheduler and `post` are passed in, so tests drive it directly
 * and training.worker.ts only wires it to `self`. How much a slice trains is the pacer's
 * (pacer.ts), how an epoch is measured epochs.ts's, what a frame holds frames.ts's.
 */
import { activeDataset, type PlaygroundConfig } from '../config/config';
import { numClassesOf } from '../data';
import { networkSizes, paramLayout, refFits, weightInLayer } from '../engine/paramLayout';
import { MeasuredTraining } from './epochs';
import { dataMessage, FrameBuilder, type Outgoing } from './frames';
import { Pacer } from './pacer';
import type { PageToWorker, WorkerToPage } from './protocol';
import { ParamPath } from './paramPath';
import { RateMeter } from './rateMeter';
import { Run } from './run';
import type { Inspection } from './inspections';
import { loadModel, postModel } from './sessionHandlers';

export interface SessionHost {
  post(message: WorkerToPage, transfer: Transferable[]): void;
  now(): number;
  /**
   * Runs `task` soon, after pending messages have been handled; with `delayMs`, no sooner than
   * that (a paced run sleeps until its next epoch is due instead of spinning a core).
   */
  schedule(task: () => void, delayMs?: number): void;
}

/**
 * Longest sleep between slices at a slow pace: frames keep flowing (the page's watchdog hears the
 * worker) and a pause or a new pace is answered within it.
 */
const MAX_IDLE_MS = 250;

/** Training time per slice before the session looks at its messages again. */
const SLICE_MS = 12;

export class TrainingSession {
  #run: Run | null = null;
  #running = false;
  #frameRequested = true;
  #generation = 0;
  #tickScheduled = false;
  /** Which scheduled tick is current: a wake-up supersedes a tick that sleeps. */
  #tickToken = 0;
  /** Something the page has not seen yet changed; a paused session answers a request only then. */
  #dirty = true;
  readonly #pacer = new Pacer();
  readonly #rate = new RateMeter();
  readonly #training: MeasuredTraining;
  readonly #frames: FrameBuilder;
  /** Where training has been, for the loss landscape's path. */
  readonly #path = new ParamPath();

  readonly #send = (message: WorkerToPage, transfer: Transferable[]) => this.#host.post(message, transfer);
  readonly #host: SessionHost;

  constructor(host: SessionHost) {
    this.#host = host;
    const now = () => host.now();
    this.#training = new MeasuredTraining(now);
    this.#frames = new FrameBuilder(now);
  }

  handle(message: PageToWorker): void {
    try {
      this.#dispatch(message);
    } catch (error) {
      this.#running = false;
      this.#host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  #dispatch(message: PageToWorker): void {
    switch (message.type) {
      case 'configure':
        if (message.detail) this.#frames.setDetail(message.detail);
        return this.#configure(message.config);
      case 'play':
        if (!this.#run || this.#run.divergence) return;
        return this.#startRunning();
      case 'pause':
        return this.#stopRunning();
      case 'step':
        return this.#stepOnce(message.unit);
      case 'reset':
        if (!this.#run) return;
        this.#run.reset(message.resets);
        this.#beginGeneration();
        return this.#maybeSendFrame();
      case 'regenerate':
        if (!this.#run) return;
        return this.#configure({ ...this.#run.config, seed: message.seed, resets: 0 });
      case 'set-live':
        if (!this.#run) return;
        this.#run.updateLive({ ...this.#run.config, ...message.settings });
        this.#dirty = true;
        this.#pacer.restart(this.#host.now());
        return;
      case 'set-data':
        return this.#setData(message.config);
      case 'get-model':
        if (!this.#run) return;
        return postModel(this.#send, this.#run);
      case 'set-model':
        return this.#setModel(message.params, message.stats);
      case 'set-param':
        return this.#setParam(message);
      case 'set-speed':
        this.#pacer.speed = message.speed;
        this.#pacer.restart(this.#host.now());
        this.#rate.restart(this.#host.now());
        return;
      case 'set-stop-at':
        this.#pacer.setStopAt(message.epoch, this.#run?.trainer.epoch ?? 0);
        return;
      case 'hold-at':
        this.#pacer.holdAt = message.epoch;
        return this.#running ? this.#ensureTick(0, true) : undefined;
      case 'request-frame':
        this.#frameRequested = true;
        // While training, the next slice answers; paused or held, answer now.
        if (!this.#running || this.#pacer.held(this.#run?.trainer.epoch ?? 0)) this.#maybeSendFrame();
        return;
      case 'gradient-check':
      case 'loss-landscape':
        if (!this.#run) return;
        return this.#inspect(message, this.#run);
    }
  }

  /** Loaded with the first request (inspections.ts says why); failing to load is the worker failing. */
  #inspect(request: Inspection, run: Run): void {
    import('./inspections')
      .then(({ inspect }) => inspect(request, this.#send, run, this.#path, () => this.#host.now()))
      .catch((error: unknown) => this.#send({ type: 'error', message: String(error) }, []));
  }

  #configure(config: PlaygroundConfig): void {
    const wasRunning = this.#running;
    this.#run = new Run(config);
    this.#beginGeneration();
    this.#post(dataMessage(this.#run, this.#generation));
    // A new configuration keeps playing if the run was playing, as TF Playground does; its
    // first frame says so.
    if (wasRunning) this.#startRunning();
    this.#maybeSendFrame();
  }

  /** A new start (configure or reset): the page drops its history when it sees the new number. */
  #beginGeneration(): void {
    this.#dirty = true;
    this.#generation++;
    this.#running = false;
    this.#frames.restart();
    this.#training.restart(this.#run!);
    this.#path.restart(this.#run!.net.params);
  }

  #startRunning(): void {
    const now = this.#host.now();
    this.#running = true;
    this.#pacer.restart(now);
    this.#pacer.arm(this.#run!.trainer.epoch);
    this.#rate.restart(now);
    this.#ensureTick();
  }

  #stopRunning(): void {
    this.#running = false;
    this.#dirty = true;
    this.#frames.gridsStale = true;
    this.#maybeSendFrame();
  }

  /** `wake`: supersede a tick that sleeps (a held run trains on at once when its hold moves). */
  #ensureTick(delayMs = 0, wake = false): void {
    if (this.#tickScheduled && !wake) return;
    this.#tickScheduled = true;
    const token = ++this.#tickToken;
    this.#host.schedule(() => {
      if (token !== this.#tickToken) return;
      this.#tickScheduled = false;
      this.tick();
    }, delayMs);
  }

  /** One slice of training, then a frame if the page has asked for one. */
  tick(): void {
    const run = this.#run;
    if (!this.#running || !run) return;
    const deadline = this.#host.now() + SLICE_MS;
    const due = this.#pacer.due(this.#host.now(), run.trainer.epoch);
    const adaptive = this.#pacer.speed === 'max';
    let done = 0;
    while (done < due && !run.divergence) {
      const last = done + 1 >= due || this.#host.now() + this.#training.trainCost >= deadline;
      this.#training.epoch(run, adaptive, last);
      this.#path.record(run.net.params);
      done++;
      if (last) break;
    }
    this.#pacer.trained(done);
    this.#rate.count(done, this.#host.now());
    if (done > 0) this.#frames.gridsStale = true;
    if (run.divergence) {
      this.#stopRunning();
      this.#host.post({ type: 'diverged', epoch: run.divergence.epoch, what: run.divergence.what }, []);
      return;
    }
    // Stopped exactly at the epoch asked for: the frame it sends says so (running: false).
    if (this.#pacer.reachedStop(run.trainer.epoch)) return this.#stopRunning();
    this.#maybeSendFrame();
    // Held by the lock-step: asleep until the hold moves (wake) or the page's watchdog needs a word.
    const held = this.#pacer.held(run.trainer.epoch);
    this.#ensureTick(held ? MAX_IDLE_MS : Math.min(MAX_IDLE_MS, this.#pacer.msUntilDue(this.#host.now())));
  }

  #stepOnce(unit: 'batch' | 'epoch'): void {
    const run = this.#run;
    if (!run || run.divergence) return;
    this.#running = false;
    if (unit === 'epoch') this.#training.epoch(run, false, true);
    else this.#training.batch(run);
    this.#path.record(run.net.params);
    this.#frames.gridsStale = true;
    this.#dirty = true;
    this.#maybeSendFrame();
    // Training above may have set it; TypeScript's narrowing from the guard does not know.
    const divergence = run.divergence as Run['divergence'];
    if (divergence) this.#host.post({ type: 'diverged', epoch: divergence.epoch, what: divergence.what }, []);
  }

  #setParam(message: Extract<PageToWorker, { type: 'set-param' }>): void {
    const run = this.#run;
    if (!run || !Number.isFinite(message.value)) return;
    const { ref, value } = message;
    if (!refFits(paramLayout(networkSizes(run.net)), ref)) return;
    const layer = run.net.layers[ref.layer - 1];
    if (ref.kind === 'weight') layer.weights[weightInLayer(layer.fanIn, ref.to, ref.from)] = value;
    else layer.biases[ref.neuron] = value;
    this.#training.edited(run);
    this.#path.record(run.net.params);
    this.#frames.gridsStale = true;
    this.#dirty = true;
    this.#maybeSendFrame();
  }

  #setData(config: PlaygroundConfig): void {
    const run = this.#run;
    const classes = config.customData ? config.customData.classes : numClassesOf(activeDataset(config));
    if (!run || run.divergence || classes !== run.data.numClasses) return this.#configure(config);
    run.replaceData(config);
    this.#post(dataMessage(run, this.#generation));
    this.#training.edited(run);
    this.#frames.gridsStale = true;
    this.#dirty = true;
    this.#maybeSendFrame();
  }

  #setModel(params: Float64Array, stats: Float64Array): void {
    // A loaded model is a start of its own: its loss is the first point of a new history.
    if (!this.#run || !loadModel(this.#run, params, stats)) return;
    this.#beginGeneration();
    this.#maybeSendFrame();
  }

  /**
   * Sends a frame only if the page has asked for one, so no queue can grow on either side;
   * the page asks again as soon as it has drawn, so a step or an edit shows within a display
   * frame.
   */
  #maybeSendFrame(): void {
    const run = this.#run;
    if (!run || !this.#frameRequested) return;
    // Paused and nothing new: keep the request open instead of sending the same frame again.
    if (!this.#running && !this.#dirty && !this.#frames.gridsStale) return;
    const state = {
      generation: this.#generation,
      running: this.#running,
      epochsPerSecond: this.#rate.epochsPerSecond,
      lossRising: this.#training.lossWatch.rising,
      history: this.#training.history.drain(),
    };
    this.#frameRequested = false;
    this.#dirty = false;
    this.#post(this.#frames.build(run, state));
  }

  #post({ message, transfer }: Outgoing<WorkerToPage>): void {
    this.#host.post(message, transfer);
  }
}
