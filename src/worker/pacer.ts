/**
 * How many epochs a slice of training may run: all it can fit at full speed, the ones the
 * clock has made due at a chosen pace, and never past the epoch the run was asked to stop at.
 */
import type { Speed } from './protocol';

export class Pacer {
  speed: Speed = 'max';
  /** When the current pace started, and how many epochs it has run since. */
  #paceStart = 0;
  #pacedEpochs = 0;
  /** The epoch to stop at (null: none), and whether it still lies ahead of this stretch of training. */
  #stopAt: number | null = null;
  #armed = false;
  /** The lock-step's leash (see the 'hold-at' message): training waits at this epoch without stopping. */
  holdAt: number | null = null;

  /** The pace starts over now (play, a new speed, new settings): no catching up on lost time. */
  restart(now: number): void {
    this.#paceStart = now;
    this.#pacedEpochs = 0;
  }

  setStopAt(epoch: number | null, current: number): void {
    this.#stopAt = epoch;
    this.arm(current);
  }

  /**
   * Training starts (or a new run starts) at epoch `current`: a stop still ahead applies, one at
   * or behind it does not (play pressed at the stop trains on).
   */
  arm(current: number): void {
    this.#armed = this.#stopAt !== null && current < this.#stopAt;
  }

  /** Epochs the slice starting at `now` may train when the run stands at epoch `current`. */
  due(now: number, current: number): number {
    let due = this.speed === 'max' ? Infinity : Math.floor(((now - this.#paceStart) / 1000) * this.speed) - this.#pacedEpochs;
    if (this.#armed && this.#stopAt !== null) due = Math.min(due, this.#stopAt - current);
    if (this.holdAt !== null) due = Math.min(due, Math.max(0, this.holdAt - current));
    return due;
  }

  /** Whether the run, at epoch `current`, waits at its hold. */
  held(current: number): boolean {
    return this.holdAt !== null && current >= this.holdAt;
  }

  /** How long until the next epoch is due at this pace (0 at full speed, or when one is due now). */
  msUntilDue(now: number): number {
    if (this.speed === 'max') return 0;
    return Math.max(0, ((this.#pacedEpochs + 1) / this.speed) * 1000 - (now - this.#paceStart));
  }

  trained(epochs: number): void {
    this.#pacedEpochs += epochs;
  }

  /** Whether the run, now at `current`, has reached its stop; the stop is then used up. */
  reachedStop(current: number): boolean {
    if (!this.#armed || this.#stopAt === null || current < this.#stopAt) return false;
    this.#armed = false;
    return true;
  }
}
