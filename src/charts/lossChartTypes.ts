/** What the loss chart takes and offers: its texts, its options and the handle its host drives. */
import type { LossHistory } from '../config/history';

export interface LossChartLabels {
  train: string;
  test: string;
  trainAcc: string;
  testAcc: string;
  epoch: string;
  /** Said after the epoch axis' title when it is logarithmic. */
  logEpochs?: string;
  loss: string;
  accuracy: string;
}

export interface LossChartApi {
  /**
   * Copies the points (the caller may reuse or transfer its arrays afterwards). Appending does
   * not draw: the caller says when with `flush`, so the curves redraw in the same display
   * frame as the other views.
   */
  append(points: LossHistory): void;
  /** Draws now if anything changed since the last draw. */
  flush(): void;
  clear(): void;
  /**
   * Keeps the test-loss curve drawn so far as a faint ghost behind the next run's (before a
   * `clear`); false when there was too little of it to keep.
   */
  keepGhost(): boolean;
  dropGhost(): void;
  /** Both axes logarithmic (log-log is how training curves are read). */
  setLogScale(log: boolean): void;
  /** The epoch axis alone logarithmic. */
  setLogEpochs(log: boolean): void;
  setShowAccuracy(show: boolean): void;
  setLabels(labels: LossChartLabels): void;
  resize(): void;
  destroy(): void;
}

export interface LossChartOptions {
  labels: LossChartLabels;
  /**
   * The container has a height of its own (set by the page's CSS) and the chart fills it;
   * otherwise the chart's height follows its width. (Without a height of its own, a container's
   * height is the chart's, and filling it would feed back on itself.)
   */
  fitHeight?: boolean;
}
