/**
 * The path training took through parameter space, for the loss landscape: a copy of the
 * parameters every few epochs. Memory stays bounded at MAX_POINTS copies: when full, every other
 * one is dropped and the spacing doubles, so a run of any length keeps an even sample of its
 * whole history. Recording costs a counter per epoch and a copy every `stride` epochs.
 */
export const MAX_POINTS = 256;

export class ParamPath {
  #points: Float64Array[] = [];
  #stride = 1;
  #sinceLast = 0;

  /** A new start: the path begins at these parameters. */
  restart(params: Float64Array): void {
    this.#points = [Float64Array.from(params)];
    this.#stride = 1;
    this.#sinceLast = 0;
  }

  /** After an epoch or a step (or an edit): keeps a copy when one is due. */
  record(params: Float64Array): void {
    if (++this.#sinceLast < this.#stride) return;
    this.#sinceLast = 0;
    this.#points.push(Float64Array.from(params));
    if (this.#points.length <= MAX_POINTS) return;
    this.#points = this.#points.filter((_, k) => k % 2 === 0);
    this.#stride *= 2;
  }

  /** The path up to `current`, which is its last point (the plane's origin). */
  upTo(current: Float64Array): Float64Array[] {
    const last = this.#points[this.#points.length - 1];
    const same = last !== undefined && last.length === current.length && last.every((v, k) => v === current[k]);
    return same ? [...this.#points] : [...this.#points, Float64Array.from(current)];
  }
}
