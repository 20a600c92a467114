/**
 * The loss history gathered between two frames. Every epoch adds a point; if the page is slow
 * to ask and thousands pile up, the frame carries a summary that keeps each bucket's first
 * point and its highest and lowest train loss, so spikes and noise survive the thinning.
 */
import type { LossHistory } from '../config/history';

/** Points a frame carries at most. */
export const MAX_FRAME_POINTS = 1500;

export class HistoryBuffer {
  #epoch = new Float64Array(1024);
  #train = new Float64Array(1024);
  #test = new Float64Array(1024);
  #trainAcc = new Float64Array(1024);
  #testAcc = new Float64Array(1024);
  length = 0;

  push(epoch: number, trainLoss: number, testLoss: number, trainAccuracy: number, testAccuracy: number): void {
    if (this.length === this.#epoch.length) this.#grow();
    const k = this.length++;
    this.#epoch[k] = epoch;
    this.#train[k] = trainLoss;
    this.#test[k] = testLoss;
    this.#trainAcc[k] = trainAccuracy;
    this.#testAcc[k] = testAccuracy;
  }

  #grow(): void {
    const next = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.#epoch = next(this.#epoch);
    this.#train = next(this.#train);
    this.#test = next(this.#test);
    this.#trainAcc = next(this.#trainAcc);
    this.#testAcc = next(this.#testAcc);
  }

  /** Takes the points gathered so far (thinned when there are too many) and empties the buffer. */
  drain(maxPoints = MAX_FRAME_POINTS): LossHistory {
    const n = this.length;
    const keep: number[] = [];
    if (n <= maxPoints) {
      for (let k = 0; k < n; k++) keep.push(k);
    } else {
      const buckets = Math.floor(maxPoints / 3);
      for (let q = 0; q < buckets; q++) {
        const from = Math.floor((q * n) / buckets);
        const to = Math.floor(((q + 1) * n) / buckets);
        let lo = from;
        let hi = from;
        for (let k = from; k < to; k++) {
          if (this.#train[k] < this.#train[lo]) lo = k;
          if (this.#train[k] > this.#train[hi]) hi = k;
        }
        for (const k of [...new Set([from, lo, hi])].sort((a, b) => a - b)) keep.push(k);
      }
      if (keep[keep.length - 1] !== n - 1) keep.push(n - 1);
    }
    const pick = (src: Float64Array) => Float64Array.from(keep, (k) => src[k]);
    const out: LossHistory = {
      epoch: pick(this.#epoch),
      trainLoss: pick(this.#train),
      testLoss: pick(this.#test),
      trainAccuracy: pick(this.#trainAcc),
      testAccuracy: pick(this.#testAcc),
    };
    this.length = 0;
    return out;
  }
}
