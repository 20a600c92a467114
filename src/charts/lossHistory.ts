/**
 * Everything the loss chart remembers of a run: every point since the last clear (a run can
 * reach hundreds of thousands), block summaries that make redrawing cheap, and the reduced
 * curves of the last draw. No DOM, so Node tests can drive it.
 */
import type { LossHistory } from '../config/history';
import { createDownsampled, type Downsampled, downsampleMinMax, GrowableArray, MinMaxBlocks } from './lossSeries';

export type SeriesKey = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';
export const SERIES_KEYS: readonly SeriesKey[] = ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy'];
export const isAccuracy = (key: SeriesKey): boolean => key === 'trainAccuracy' || key === 'testAccuracy';

const perSeries = <T>(make: () => T): Record<SeriesKey, T> => ({ trainLoss: make(), testLoss: make(), trainAccuracy: make(), testAccuracy: make() });

export class LossRecord {
  readonly epoch = new GrowableArray();
  readonly values = perSeries(() => new GrowableArray());
  readonly #blocks = perSeries(() => new MinMaxBlocks());
  /** The curves as last reduced for drawing. */
  readonly reduced: Record<SeriesKey, Downsampled> = perSeries(() => createDownsampled());
  /** Smallest positive loss seen since the last clear: the bottom of the log axis. */
  minPositiveLoss = Infinity;
  /** The run's first finite loss: a linear axis stops at a multiple of it, so a blow-up to 1e288 does not flatten the rest. */
  firstLoss = NaN;

  get length(): number {
    return this.epoch.length;
  }

  /** Copies the points (the caller may reuse or transfer its arrays afterwards). */
  append(p: LossHistory): boolean {
    const n = Math.min(p.epoch.length, p.trainLoss.length, p.testLoss.length, p.trainAccuracy.length, p.testAccuracy.length);
    if (n === 0) return false;
    this.epoch.append(p.epoch, n);
    for (const key of SERIES_KEYS) {
      this.values[key].append(p[key], n);
      this.#blocks[key].update(this.epoch.data, this.values[key].data, this.epoch.length);
    }
    for (let i = 0; i < n; i++) {
      const a = p.trainLoss[i];
      const b = p.testLoss[i];
      // NaN and Infinity fail one comparison or the other.
      if (a > 0 && a < this.minPositiveLoss) this.minPositiveLoss = a;
      if (b > 0 && b < this.minPositiveLoss) this.minPositiveLoss = b;
      if (Number.isNaN(this.firstLoss) && Number.isFinite(a)) this.firstLoss = a;
    }
    return true;
  }

  clear(): void {
    this.epoch.clear();
    for (const key of SERIES_KEYS) {
      this.values[key].clear();
      this.#blocks[key].clear();
    }
    this.minPositiveLoss = Infinity;
    this.firstLoss = NaN;
  }

  /**
   * Reduces one series to `columns` pixel columns over [t0, t1] of the (possibly transformed)
   * epochs; the result is in `reduced[key]`.
   */
  reduce(key: SeriesKey, t0: number, t1: number, columns: number, transform?: (x: number) => number): Downsampled {
    return downsampleMinMax(this.epoch.data, this.values[key].data, this.epoch.length, t0, t1, columns, this.reduced[key], this.#blocks[key], transform);
  }
}
