/**
 * Storage and reduction for the loss chart, kept apart from the DOM so Node tests can run it.
 * A run can reach hundreds of thousands of epochs; the chart never draws more than about two
 * points per pixel column.
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
 * Reduces (xs[i], ys[i]), i < n, to at most two points per pixel column: the minimum and the
 * maximum of the column, in the order they occurred, so a single spike and the band of SGD
 * noise both survive while a smooth full-batch curve stays smooth. Non-finite points are skipped.
 * Columns split [x0, x1] evenly. Mutates and returns `out`.
 */
export function downsampleMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  n: number,
  x0: number,
  x1: number,
  columns: number,
  out: Downsampled = createDownsampled(),
): Downsampled {
  out.x.clear();
  out.y.clear();
  out.yMin = Infinity;
  out.yMax = -Infinity;
  const cols = Math.max(1, Math.floor(columns));
  const span = x1 - x0;
  const perUnit = span > 0 ? cols / span : 0;

  let col = -1;
  let iMin = -1;
  let iMax = -1;

  const flush = () => {
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
    iMin = iMax = -1;
  };

  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    let c = Math.floor((x - x0) * perUnit);
    if (c >= cols) c = cols - 1;
    else if (c < 0) c = 0;
    if (c !== col) {
      flush();
      col = c;
    }
    if (iMin < 0) {
      iMin = iMax = i;
    } else {
      // Ties keep the earlier point, so a flat stretch reduces to one point.
      if (y < ys[iMin]) iMin = i;
      if (y > ys[iMax]) iMax = i;
    }
  }
  flush();
  return out;
}

/** 10^e exactly: Math.pow(10, -4) is 0.00009999999999999999, which would print as such. */
export function decade(e: number): number {
  return Number(`1e${e}`);
}

/** Decades between lo and hi (both > 0), thinned to at most `max` ticks, for the log axis. */
export function decadeTicks(lo: number, hi: number, max = 5): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  const step = Math.max(1, Math.ceil((b - a + 1) / max));
  const ticks: number[] = [];
  for (let e = b; e >= a; e -= step) {
    const t = decade(e);
    if (t >= lo * 0.999 && t <= hi * 1.001) ticks.unshift(t);
  }
  return ticks;
}
