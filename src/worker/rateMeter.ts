/**
 * Epochs per second as the page shows them: counted over windows of about a second, and
 * started afresh whenever training starts (play, a new speed, a new run), so time spent paused
 * never dilutes the figure.
 */

/** Length of a measuring window. */
const WINDOW_MS = 1000;
/** The first window after a fresh start is shorter, so the figure shows soon after play. */
const FIRST_WINDOW_MS = 250;

export class RateMeter {
  #windowStart = 0;
  #epochs = 0;
  /** The last window's figure; 0 until one has been measured since the last restart. */
  epochsPerSecond = 0;

  /** Training starts now: forget the window in progress and the last figure. */
  restart(now: number): void {
    this.#windowStart = now;
    this.#epochs = 0;
    this.epochsPerSecond = 0;
  }

  /** `epochs` more were trained by `now`. */
  count(epochs: number, now: number): void {
    this.#epochs += epochs;
    const elapsed = now - this.#windowStart;
    if (elapsed < (this.epochsPerSecond === 0 ? FIRST_WINDOW_MS : WINDOW_MS)) return;
    this.epochsPerSecond = (this.#epochs * 1000) / elapsed;
    this.#windowStart = now;
    this.#epochs = 0;
  }
}
