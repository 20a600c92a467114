/**
 * The worker's brain, without the worker: it takes page messages, trains in time slices and
 * posts frames. The clock, the scheduler and `post` are passed in, so tests drive it directly
 * and training.worker.ts only wires it to `self`.
 */
import type { PlaygroundConfig } from '../config/config';
import { gradientCheck } from '../engine';
import type { DataMessage, Frame, PageToWorker, Speed, WorkerToPage } from './protocol';
import { HistoryBuffer } from './history';
import { LossWatch } from './lossWatch';
import { Run } from './run';
import { gradientNorms, packGrids, packParams } from './snapshot';

export interface SessionHost {
  post(message: WorkerToPage, transfer: Transferable[]): void;
  now(): number;
  /** Runs `task` soon, after pending messages have been handled. */
  schedule(task: () => void): void;
}

/** Training time per slice before the session looks at its messages again. */
const SLICE_MS = 12;
/** Pictures may take at most this share of the worker's time. */
const GRID_TIME_SHARE = 0.2;
/**
 * While training, a new decision boundary at most every this many ms (30 a second). Each one
 * costs the page a repaint of its canvas; past 30 a second a boundary that morphs as training
 * goes looks no smoother, and the page keeps its main thread for everything else.
 */
const MIN_GRID_INTERVAL_MS = 33;
/**
 * While training, neuron pictures and histograms are sent at most this often: the page draws
 * them ten times a second (with the diagram), so more would only cost the worker forward passes
 * and the page garbage.
 */
const NEURON_PICTURES_INTERVAL_MS = 100;
/** At full speed, measuring the loss may take at most this share of the time. */
const EVAL_TIME_SHARE = 0.5;
/** Samples the gradient check uses: enough to be representative, few enough to be instant. */
const GRADIENT_CHECK_SAMPLES = 20;

function batchProgress(run: Run): { batchInEpoch: number; batchesPerEpoch: number } {
  const batchesPerEpoch = Math.max(1, run.trainer.updatesPerEpoch);
  return { batchInEpoch: Math.min(batchesPerEpoch, run.trainer.updatesInEpoch), batchesPerEpoch };
}

export class TrainingSession {
  private run: Run | null = null;
  private running = false;
  private speed: Speed = 'max';
  private frameRequested = true;
  private seq = 0;
  private generation = 0;
  private history = new HistoryBuffer();
  private lossWatch = new LossWatch();
  private tickScheduled = false;
  /** Cost of the last grid painting and when it ended, to pace the next one. */
  private gridCost = 0;
  private lastGridAt = -Infinity;
  private lastNeuronsAt = -Infinity;
  private gridsStale = true;
  /** Something the page has not seen yet changed; a paused session answers a request only then. */
  private dirty = true;
  /** For paced speeds: when the pace started and how many epochs it has run. */
  private paceStart = 0;
  private pacedEpochs = 0;
  /** Epochs per second over the last second. */
  private rateWindowStart = 0;
  private rateWindowEpochs = 0;
  private epochsPerSecond = 0;
  /** Running means of the cost of one epoch and of one evaluation, in ms. */
  private trainCost = 0;
  private evalCost = 0;
  private evalEvery = 1;
  private epochsSinceEval = 0;

  constructor(private readonly host: SessionHost) {}

  handle(message: PageToWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      this.running = false;
      this.host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  private dispatch(message: PageToWorker): void {
    switch (message.type) {
      case 'configure':
        this.configure(message.config);
        break;
      case 'play':
        if (!this.run || this.run.divergence) return;
        this.running = true;
        this.startPace();
        this.ensureTick();
        break;
      case 'pause':
        this.running = false;
        this.dirty = true;
        this.gridsStale = true;
        this.maybeSendFrame();
        break;
      case 'step':
        this.stepOnce(message.unit);
        break;
      case 'reset':
        if (!this.run) return;
        this.run.reset(message.resets);
        this.beginGeneration();
        this.maybeSendFrame();
        break;
      case 'regenerate':
        if (!this.run) return;
        this.configure({ ...this.run.config, seed: message.seed, resets: 0 });
        break;
      case 'set-live':
        if (!this.run) return;
        this.run.updateLive({ ...this.run.config, ...message.settings });
        this.dirty = true;
        this.startPace();
        break;
      case 'set-param':
        this.setParam(message);
        break;
      case 'set-speed':
        this.speed = message.speed;
        this.startPace();
        break;
      case 'request-frame':
        this.frameRequested = true;
        // While running, the next slice answers; paused, answer now.
        if (!this.running) this.maybeSendFrame();
        break;
      case 'gradient-check':
        this.checkGradients();
        break;
    }
  }

  private configure(config: PlaygroundConfig): void {
    const wasRunning = this.running;
    this.run = new Run(config);
    this.beginGeneration();
    this.sendData();
    this.maybeSendFrame();
    // A new configuration keeps playing if the run was playing, as TF Playground does.
    if (wasRunning) {
      this.running = true;
      this.startPace();
      this.ensureTick();
    }
  }

  /** A new start (configure or reset): the page drops its history when it sees the new number. */
  private beginGeneration(): void {
    this.dirty = true;
    this.generation++;
    this.history.length = 0;
    this.gridsStale = true;
    this.lastGridAt = -Infinity;
    this.lastNeuronsAt = -Infinity;
    this.running = false;
    this.rateWindowEpochs = 0;
    this.epochsPerSecond = 0;
    const run = this.run!;
    this.history.push(0, run.lastTrain.loss, run.lastTest.loss, run.lastTrain.accuracy, run.lastTest.accuracy);
    this.lossWatch.restart(run.lastTrain.loss);
  }

  private sendData(): void {
    const { train, test, numClasses } = this.run!.data;
    const interleave = (p: typeof train) => {
      const out = new Float32Array(p.count * 2);
      for (let k = 0; k < p.count; k++) {
        out[2 * k] = p.x[k];
        out[2 * k + 1] = p.y[k];
      }
      return out;
    };
    const message: DataMessage = {
      type: 'data',
      generation: this.generation,
      trainPoints: interleave(train),
      trainLabels: Float32Array.from(train.label),
      testPoints: interleave(test),
      testLabels: Float32Array.from(test.label),
      numClasses,
    };
    this.host.post(message, [message.trainPoints.buffer, message.trainLabels.buffer, message.testPoints.buffer, message.testLabels.buffer]);
  }

  private startPace(): void {
    this.paceStart = this.host.now();
    this.pacedEpochs = 0;
  }

  private ensureTick(): void {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    this.host.schedule(() => {
      this.tickScheduled = false;
      this.tick();
    });
  }

  /** One slice of training, then a frame if the page has asked for one. */
  tick(): void {
    const run = this.run;
    if (!this.running || !run) return;
    const start = this.host.now();
    const deadline = start + SLICE_MS;
    let due = Infinity;
    if (this.speed !== 'max') due = Math.floor(((start - this.paceStart) / 1000) * this.speed) - this.pacedEpochs;
    let done = 0;
    while (done < due && !run.divergence) {
      const last = done + 1 >= due || this.host.now() + this.trainCost >= deadline;
      this.trainOneEpoch(run, last);
      done++;
      if (last) break;
    }
    this.pacedEpochs += done;
    this.countRate(done, start);
    if (done > 0) this.gridsStale = true;
    if (run.divergence) {
      this.running = false;
      this.gridsStale = true;
      this.maybeSendFrame();
      this.host.post({ type: 'diverged', epoch: run.divergence.epoch, what: run.divergence.what }, []);
      return;
    }
    this.maybeSendFrame();
    this.ensureTick();
  }

  /**
   * One epoch, then the train and test loss over all points, as TF Playground measures them.
   * At full speed on a small network, measuring costs more than training (500 points forward
   * against 250 forward and backward), so there the loss is measured every `evalEvery`-th
   * epoch, chosen so measuring takes at most EVAL_TIME_SHARE of the time; the curve still has
   * hundreds of points a second. At a chosen speed, and when stepping, every epoch is measured.
   */
  private trainOneEpoch(run: Run, lastInSlice = true): void {
    const t0 = this.host.now();
    run.trainer.trainEpoch();
    const t1 = this.host.now();
    this.trainCost = 0.9 * this.trainCost + 0.1 * (t1 - t0);
    this.epochsSinceEval++;
    const adaptive = this.running && this.speed === 'max';
    if (!adaptive || lastInSlice || this.epochsSinceEval >= this.evalEvery) {
      run.evaluate();
      const t2 = this.host.now();
      this.evalCost = 0.9 * this.evalCost + 0.1 * (t2 - t1);
      this.evalEvery = Math.max(1, Math.ceil(this.evalCost / (EVAL_TIME_SHARE * Math.max(this.trainCost, 1e-3))));
      this.epochsSinceEval = 0;
      const { lastTrain: tr, lastTest: te } = run;
      if (!run.divergence) this.history.push(run.trainer.epoch, tr.loss, te.loss, tr.accuracy, te.accuracy);
      this.lossWatch.observe(run.trainer.epoch, tr.loss);
    } else if (!run.trainer.parametersFinite()) {
      run.evaluate();
    }
  }

  private countRate(epochs: number, now: number): void {
    if (this.rateWindowEpochs === 0 && epochs > 0 && this.rateWindowStart === 0) this.rateWindowStart = now;
    this.rateWindowEpochs += epochs;
    const elapsed = now - this.rateWindowStart;
    if (elapsed >= 1000) {
      this.epochsPerSecond = (this.rateWindowEpochs * 1000) / elapsed;
      this.rateWindowStart = now;
      this.rateWindowEpochs = 0;
    }
  }

  private stepOnce(unit: 'batch' | 'epoch'): void {
    const run = this.run;
    if (!run || run.divergence) return;
    this.running = false;
    if (unit === 'epoch') {
      this.trainOneEpoch(run);
    } else {
      const before = run.trainer.epoch;
      run.trainer.step();
      run.evaluate();
      const epoch = before + (run.trainer.epoch > before ? 1 : run.trainer.epochProgress);
      if (!run.divergence) this.history.push(epoch, run.lastTrain.loss, run.lastTest.loss, run.lastTrain.accuracy, run.lastTest.accuracy);
      this.lossWatch.observe(epoch, run.lastTrain.loss);
    }
    this.gridsStale = true;
    this.dirty = true;
    this.maybeSendFrame();
    // Training above may have set it; TypeScript's narrowing from the guard does not know.
    const divergence = run.divergence as Run['divergence'];
    if (divergence) this.host.post({ type: 'diverged', epoch: divergence.epoch, what: divergence.what }, []);
  }

  private setParam(message: Extract<PageToWorker, { type: 'set-param' }>): void {
    const run = this.run;
    if (!run || !Number.isFinite(message.value)) return;
    const { ref, value } = message;
    const layer = run.net.layers[ref.layer - 1];
    if (!layer) return;
    if (ref.kind === 'weight') {
      if (ref.to < 0 || ref.to >= layer.fanOut || ref.from < 0 || ref.from >= layer.fanIn) return;
      layer.weights[ref.to * layer.fanIn + ref.from] = value;
    } else {
      if (ref.neuron < 0 || ref.neuron >= layer.fanOut) return;
      layer.biases[ref.neuron] = value;
    }
    run.evaluate();
    this.gridsStale = true;
    this.dirty = true;
    this.maybeSendFrame();
  }

  private checkGradients(): void {
    const run = this.run;
    if (!run) return;
    const table = run.data.trainTable;
    const count = Math.min(GRADIENT_CHECK_SAMPLES, table.count);
    const sample = { ...table, inputs: table.inputs.slice(0, count * table.width), targets: table.targets.slice(0, count), count };
    // Dropout draws a new mask on every pass, which would make the objective random: check without it.
    const dropout = run.config.dropout;
    run.net.setDropout(0);
    const penalty = run.config.regularization === 'none' ? 0 : run.config.regularizationRate;
    const result = gradientCheck(run.net, sample, run.config.regularization, penalty);
    run.net.setDropout(dropout);
    this.host.post({ type: 'gradient-check', maxRelativeError: result.maxRelativeError, parameterCount: run.net.params.length }, []);
  }

  /**
   * Sends a frame only if the page has asked for one, so no queue can grow on either side;
   * the page asks again as soon as it has drawn, so a step or an edit shows within a display
   * frame. Pictures are repainted only when paced: their cost stays under GRID_TIME_SHARE of
   * the worker's time while training.
   */
  private maybeSendFrame(): void {
    const run = this.run;
    if (!run || !this.frameRequested) return;
    // Paused and nothing new: keep the request open instead of sending the same frame again.
    if (!this.running && !this.dirty && !this.gridsStale) return;
    const now = this.host.now();
    const gridDue = this.gridsStale && (!this.running || now - this.lastGridAt >= Math.max(MIN_GRID_INTERVAL_MS, this.gridCost / GRID_TIME_SHARE));
    let grids = null;
    if (gridDue) {
      const t0 = this.host.now();
      const withNeurons = !this.running || t0 - this.lastNeuronsAt >= NEURON_PICTURES_INTERVAL_MS;
      if (withNeurons) this.lastNeuronsAt = t0;
      grids = packGrids(run.net, run.config.features, run.data.trainTable, withNeurons);
      const t1 = this.host.now();
      this.gridCost = t1 - t0;
      this.lastGridAt = t1;
      this.gridsStale = false;
    }
    const params = packParams(run.net);
    const frame: Frame = {
      type: 'frame',
      seq: ++this.seq,
      generation: this.generation,
      epoch: run.trainer.epoch,
      updates: run.trainer.updates,
      ...batchProgress(run),
      running: this.running,
      trainLoss: run.lastTrain.loss,
      testLoss: run.lastTest.loss,
      trainAccuracy: Number.isNaN(run.lastTrain.accuracy) ? null : run.lastTrain.accuracy,
      testAccuracy: Number.isNaN(run.lastTest.accuracy) ? null : run.lastTest.accuracy,
      grids,
      ...params,
      nextSeed: run.nextSeed,
      history: this.history.drain(),
      // Before the first update there is no gradient to show: NaN reads as "–", not as 0.
      gradNorms: run.trainer.updates > 0 ? gradientNorms(run.net) : new Float64Array(run.net.layers.length).fill(NaN),
      epochsPerSecond: this.running ? this.epochsPerSecond : 0,
      lossRising: this.lossWatch.rising,
    };
    this.frameRequested = false;
    this.dirty = false;
    const transfer: Transferable[] = [frame.weights.buffer, frame.biases.buffer, frame.batchNorm.buffer, frame.zeroWeights.buffer, frame.gradNorms.buffer];
    for (const a of Object.values(frame.history)) transfer.push((a as Float64Array).buffer);
    if (grids) transfer.push(grids.outputGrid.buffer);
    if (grids?.neurons) transfer.push(grids.neurons.neuronGrids.buffer, grids.neurons.activationCounts.buffer, grids.neurons.activationDomains.buffer);
    this.host.post(frame, transfer);
  }
}
