/**
 * Training an epoch (or one batch) and measuring the result: the train and test loss over all
 * points, as TF Playground measures them, into the loss history and the loss watch. At full
 * speed measuring is thinned out so that it never costs more than half the training time.
 */
import { HistoryBuffer } from './history';
import { LossWatch } from './lossWatch';
import type { Run } from './run';

/**
 * At full speed, the time spent measuring may be at most this share of the time spent training
 * (0.5: measuring takes at most a third of all the time). Measuring 500 points costs more than
 * training on 250 (forward against forward and backward), so on a small network the loss is
 * measured every few epochs; the curve still gets hundreds of points a second.
 */
const EVAL_TO_TRAIN_RATIO = 0.5;

export class MeasuredTraining {
  /** Loss points since the last frame. */
  readonly history = new HistoryBuffer();
  readonly lossWatch = new LossWatch();
  /** Running means of the cost of one epoch and of one measurement, in ms. */
  trainCost = 0;
  #evalCost = 0;
  #evalEvery = 1;
  #epochsSinceEval = 0;
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** A new start (configure, reset): the history begins at the untrained network's point. */
  restart(run: Run): void {
    const { lastTrain: tr, lastTest: te } = run;
    this.history.length = 0;
    this.history.push(0, tr.loss, te.loss, tr.accuracy, te.accuracy);
    this.lossWatch.restart(tr.loss);
  }

  /**
   * One epoch, measured: every time unless `adaptive` (training at full speed), then every
   * `evalEvery`-th epoch and at the end of each slice (`lastInSlice`), so a frame never shows
   * a stale loss.
   */
  epoch(run: Run, adaptive: boolean, lastInSlice: boolean): void {
    const t0 = this.#now();
    run.trainer.trainEpoch();
    const t1 = this.#now();
    this.trainCost = 0.9 * this.trainCost + 0.1 * (t1 - t0);
    this.#epochsSinceEval++;
    if (!adaptive || lastInSlice || this.#epochsSinceEval >= this.#evalEvery) {
      run.evaluate();
      this.#evalCost = 0.9 * this.#evalCost + 0.1 * (this.#now() - t1);
      this.#evalEvery = Math.max(1, Math.ceil(this.#evalCost / (EVAL_TO_TRAIN_RATIO * Math.max(this.trainCost, 1e-3))));
      this.#epochsSinceEval = 0;
      this.#record(run, run.trainer.epoch);
    } else if (!run.trainer.parametersFinite()) {
      // Divergence is noticed at once, measured or not.
      run.evaluate();
    }
  }

  /** One mini-batch, measured; the point sits at the fraction of the epoch it reached. */
  batch(run: Run): void {
    const before = run.trainer.epoch;
    run.trainer.step();
    run.evaluate();
    this.#record(run, before + (run.trainer.epoch > before ? 1 : run.trainer.epochProgress));
  }

  /**
   * The run as it stands, measured again after a parameter was edited by hand, so the edit
   * shows on the loss curve at once (a new point at the same epoch).
   */
  edited(run: Run): void {
    run.evaluate();
    this.#record(run, run.trainer.epoch + run.trainer.epochProgress);
  }

  #record(run: Run, epoch: number): void {
    const { lastTrain: tr, lastTest: te } = run;
    if (!run.divergence) this.history.push(epoch, tr.loss, te.loss, tr.accuracy, te.accuracy);
    this.lossWatch.observe(epoch, tr.loss);
  }
}
