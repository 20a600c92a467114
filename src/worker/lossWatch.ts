/**
 * Notices a run that got worse than where it started and stays there: the usual sign that the
 * learning rate is too large. With a bounded output (tanh, sigmoid) the loss cannot blow up to
 * infinity; the first steps overshoot, the neurons saturate, their gradients vanish and the
 * loss sticks above its starting value. A learner sees a frozen orange map and needs to be told.
 */

/** How much above the starting loss counts as "worse" (measurement noise stays below it). */
const WORSE_BY = 1.1;
/** Consecutive worse measurements before saying so, so one bad mini-batch never triggers it. */
const STREAK = 5;
/** Epochs before judging: the very first updates may wobble on a good run too. */
const GRACE_EPOCHS = 3;

export class LossWatch {
  #start = NaN;
  #streak = 0;
  rising = false;

  /** A new start (configure, reset): `loss` is the untrained network's training loss. */
  restart(loss: number): void {
    this.#start = loss;
    this.#streak = 0;
    this.rising = false;
  }

  /** Feeds one measurement of the training loss; returns whether the warning is on. */
  observe(epoch: number, loss: number): boolean {
    if (!Number.isFinite(this.#start) || !Number.isFinite(loss)) return this.rising;
    if (loss > this.#start * WORSE_BY && epoch >= GRACE_EPOCHS) this.#streak++;
    else this.#streak = 0;
    if (this.#streak >= STREAK) this.rising = true;
    // Only a real recovery clears it, not one lucky measurement just under the threshold.
    else if (loss < this.#start) this.rising = false;
    return this.rising;
  }
}
