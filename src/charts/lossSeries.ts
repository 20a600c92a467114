/**
 * Storage and reduction for the loss chart, kept apart from the DOM so Node tests can run it.
 * A run can reach hundreds of thousands of epochs; the chart never draws more than about two
 * points per pixel column. (Scales, ticks and sizes are in lossScales.ts.)
 */

/** A Float64Array that doubles when full, so appending a frame's points is amortised O(1). */
export class GrowableArray {
  data: Float64Array;
  length = 0;


  constructor(capacity = 1024) {

    this.data = new Float64Array(Math.max(1, capacity));
  }

  reserve(total: number): void {
    if (total <= this.data.length) return;
    let cap = this.data.length;
    while (cap < total) cap *= 2;
    const next = new Float64Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  append(values: ArrayLike<number>, count = values.length): void {
    this.reserve(this.length + count);
    if (count === values.length) this.data.set(values, this.length);
    else for (let i = 0; i < count; i++) this.data[this.length + i] = values[i];
    this.length += count;
  }

  push(v: number): void {
    this.reserve(this.length + 1);
    this.data[this.length++] = v;
  }

  clear(): void {
    this.length = 0;
  }

  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Result buffers of a downsampling pass, reused from one draw to the next. */
export interface Downsampled {
  x: GrowableArray;
  y: GrowableArray;
  /** Extremes of the finite values kept; +Infinity / −Infinity when nothing was kept. */
  yMin: number;
  yMax: number;
}

export function createDownsampled(capacity = 2048): Downsampled {
  return { x: new GrowableArray(capacity), y: new GrowableArray(capacity), yMin: Infinity, yMax: -Infinity };
}

/**
 * Index of the minimum and maximum finite point of every complete block of `size` points,
 * built as points arrive, so a redraw folds whole blocks instead of visiting every point:
 * with 500,000 points and 800 columns a draw touches about 30,000 entries, not 500,000.
 */
export class MinMaxBlocks {
  readonly size: number;
  /** Per complete block: index of its smallest finite y, or −1 when it has none. */
  readonly min = new GrowableArray(256);
  /** Per complete block: index of its largest finite y, or −1 when it has none. */
  readonly max = new GrowableArray(256);

  constructor(size = 64) {
    this.size = size;
  }

  /** Summarises the blocks completed since the last call. Mutates this. */
  update(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): void {
    const complete = Math.floor(n / this.size);
    for (let b = this.min.length; b < complete; b++) {
      let lo = -1;
      let hi = -1;
      for (let i = b * this.size, end = i + this.size; i < end; i++) {
        const y = ys[i];
        if (!Number.isFinite(xs[i]) || !Number.isFinite(y)) continue;
        if (lo < 0 || y < ys[lo]) lo = i;
        if (hi < 0 || y > ys[hi]) hi = i;
      }
      this.min.push(lo);
      this.max.push(hi);
    }
  }

  clear(): void {
    this.min.clear();
    this.max.clear();
  }
}

/** Maps an x to its pixel column: [x0, x1] (of transform(x) with a transform) split into even columns, the ends clamped. */
function columnMapper(x0: number, x1: number, columns: number, transform?: (x: number) => number): (x: number) => number {
  const cols = Math.max(1, Math.floor(columns));
  const span = x1 - x0;
  const perUnit = span > 0 ? cols / span : 0;
  const columnOfLinear = (x: number) => {
    const c = Math.floor((x - x0) * perUnit);
    return c >= cols ? cols - 1 : c < 0 ? 0 : c;
  };
  return transform ? (x: number) => columnOfLinear(transform(x)) : columnOfLinear;
}

/** The smallest and largest point of the column being filled, written to `out` when the column changes. Mutates out. */
class ColumnExtremes {
  #col = -1;
  #iMin = -1;
  #iMax = -1;
  readonly #xs: ArrayLike<number>;
  readonly #ys: ArrayLike<number>;
  readonly #out: Downsampled;

  constructor(xs: ArrayLike<number>, ys: ArrayLike<number>, out: Downsampled) {
    this.#xs = xs;
    this.#ys = ys;
    this.#out = out;
  }

  /** Writes the column's minimum and maximum, in the order they occurred (one point when they are the same). */
  flush(): void {
    const xs = this.#xs;
    const ys = this.#ys;
    const out = this.#out;
    const iMin = this.#iMin;
    const iMax = this.#iMax;
    if (iMin < 0) return;
    const first = iMin < iMax ? iMin : iMax;
    const second = iMin < iMax ? iMax : iMin;
    out.x.push(xs[first]);
    out.y.push(ys[first]);
    if (second !== first) {
      out.x.push(xs[second]);
      out.y.push(ys[second]);
    }
    if (ys[iMin] < out.yMin) out.yMin = ys[iMin];
    if (ys[iMax] > out.yMax) out.yMax = ys[iMax];
    this.#iMin = this.#iMax = -1;
  }

  /**
   * Adds points lo (a minimum) and hi (a maximum) to column c. Ties keep the earlier point
   * (strict comparisons), so a flat stretch reduces to one point and folding a block gives
   * exactly what visiting its points would.
   */
  fold(c: number, lo: number, hi: number): void {
    if (c !== this.#col) {
      this.flush();
      this.#col = c;
    }
    if (this.#iMin < 0) {
      this.#iMin = lo;
      this.#iMax = hi;
      return;
    }
    const ys = this.#ys;
    if (ys[lo] < ys[this.#iMin]) this.#iMin = lo;
    if (ys[hi] > ys[this.#iMax]) this.#iMax = hi;
  }
}

/**
 * Reduces (xs[i], ys[i]), i < n, to at most two points per pixel column: the minimum and the
 * maximum of the column, in the order they occurred, so a single spike and the band of SGD
 * noise both survive while a smooth full-batch curve stays smooth. Non-finite points are skipped.
 * Columns split [x0, x1] evenly; xs must not decrease (epochs), which lets a block whose first
 * and last points share a column be folded whole from `blocks`. With `transform` (increasing,
 * e.g. Math.log1p for a logarithmic epoch axis) the columns split [x0, x1] of the transformed
 * values instead, and the points kept still carry their own xs. Mutates and returns `out`.
 */
export function downsampleMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  n: number,
  x0: number,
  x1: number,
  columns: number,
  out: Downsampled = createDownsampled(),
  blocks?: MinMaxBlocks,
  transform?: (x: number) => number,
): Downsampled {
  out.x.clear();
  out.y.clear();
  out.yMin = Infinity;
  out.yMax = -Infinity;
  const columnOf = columnMapper(x0, x1, columns, transform);
  const column = new ColumnExtremes(xs, ys, out);
  const size = blocks?.size ?? 0;
  const summarised = blocks ? Math.min(blocks.min.length, Math.floor(n / size)) * size : 0;
  let i = 0;
  while (i < n) {
    if (blocks && i % size === 0 && i + size <= summarised) {
      const first = xs[i];
      const last = xs[i + size - 1];
      if (Number.isFinite(first) && Number.isFinite(last)) {
        const c = columnOf(first);
        if (c === columnOf(last)) {
          const b = i / size;
          const lo = blocks.min.data[b];
          if (lo >= 0) column.fold(c, lo, blocks.max.data[b]);
          i += size;
          continue;
        }
      }
    }
    const x = xs[i];
    const y = ys[i];
    if (Number.isFinite(x) && Number.isFinite(y)) column.fold(columnOf(x), i, i);
    i++;
  }
  column.flush();
  return out;
}
