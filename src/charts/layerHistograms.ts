/**
 * Small multiples, one row per layer: how the layer's activations are spread over the training
 * points, and how its weights are spread. Drawn on one canvas (one compositing layer however many
 * layers the network has) with the numbers of each axis under its bars. Imperative: frames call
 * `update`, nothing re-renders.
 */
import { layerWeights, paramLayout } from '../engine/paramLayout';
import { computeHistogram } from './histogram';
import { formatExponent, formatPlain } from './lossScales';

export interface LayerHistogramLabels {
  activations: string;
  weights: string;
  /** "{count} at 0": how many of a layer's weights are exactly zero (L1 puts them there). */
  zeroWeights: (count: number) => string;
  /** Name of layer l (1 = first hidden layer; the last is the output layer). */
  layerName: (l: number) => string;
}

export interface LayerHistogramInput {
  /** Per layer (hidden layers, then the output layer): shares per bin (bins each) and [lo, hi]; null until the first pictures. */
  activations: { bins: number; counts: Float32Array; domains: Float32Array } | null;
  /** All weights, layer by layer (hidden layers, then the output layer), as in a Frame. */
  weights: Float32Array;
  /** Neurons per layer, inputs first: fixes where each layer's weights start. */
  layerSizes: readonly number[];
}

export interface LayerHistogramsApi {
  update(input: LayerHistogramInput): void;
  setLabels(labels: LayerHistogramLabels): void;
  destroy(): void;
}

const ROW = 46;
const LABEL_W = 64;
const GAP = 12;
const AXIS_TEXT = 11;
const WEIGHT_BINS = 24;
const ACT_COLOR = '#0877bd';
const WEIGHT_COLOR = '#6b7785';
const INK = '#555';

/** An axis end in the loss chart's number style (true minus, compact exponents); a non-finite end reads "–", never as a number. */
function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const rounded = Number(v.toPrecision(2));
  return Math.abs(rounded) >= 100 || Math.abs(rounded) < 0.01 ? formatExponent(rounded) : formatPlain(rounded);
}

function countZeros(values: Float32Array): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (values[k] === 0) n++;
  return n;
}

/** How far (share of the width) the 0 mark must stay from both ends, so it never sits on their labels. */
const ZERO_LABEL_CLEARANCE = 0.2;

/** Bars of heights proportional to `shares`, the largest `h` tall. */
function drawBars(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, shares: ArrayLike<number>, color: string): void {
  let max = 0;
  for (let i = 0; i < shares.length; i++) max = Math.max(max, shares[i]);
  if (max <= 0) return;
  const bw = w / shares.length;
  ctx.fillStyle = color;
  for (let i = 0; i < shares.length; i++) {
    const bh = (shares[i] / max) * h;
    if (bh > 0) ctx.fillRect(x + i * bw + 0.5, y + h - bh, Math.max(0.5, bw - 1), bh);
  }
}

/** A baseline with its two ends and, where it fits, 0 written under it. */
function drawAxis(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, lo: number, hi: number): void {
  ctx.fillStyle = INK;
  ctx.fillRect(x, y, w, 1);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(fmt(lo), x, y + 2);
  ctx.textAlign = 'right';
  ctx.fillText(fmt(hi), x + w, y + 2);
  const zeroAt = lo < 0 && hi > 0 ? -lo / (hi - lo) : -1;
  if (zeroAt > ZERO_LABEL_CLEARANCE && zeroAt < 1 - ZERO_LABEL_CLEARANCE) {
    ctx.textAlign = 'center';
    ctx.fillText('0', x + w * zeroAt, y + 2);
  }
}

/** One layer's weights: their histogram, its axis and how many are exactly 0. */
function drawWeights(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, layerW: Float32Array, labels: LayerHistogramLabels): void {
  const hist = computeHistogram(layerW, { bins: WEIGHT_BINS });
  drawBars(ctx, x, y, w, h, hist.bins.map((bin) => bin.count), WEIGHT_COLOR);
  drawAxis(ctx, x, y + h, w, hist.domain[0], hist.domain[1]);
  const zeros = countZeros(layerW);
  if (zeros > 0) {
    ctx.fillStyle = INK;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(labels.zeroWeights(zeros), x + w, y, w / 2);
  }
}

/** Sizes the canvas for `width` × `height` CSS pixels at the screen's density (at most 3×), drawing in CSS pixels. */
function fitCanvas(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, width: number, height: number): void {
  const scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  if (canvas.width !== Math.round(width * scale) || canvas.height !== Math.round(height * scale)) {
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.style.height = `${height}px`;
  }
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
}

type Activations = NonNullable<LayerHistogramInput['activations']>;

/** Where a row's pieces go: the label column, then the activations and the weights side by side. */
interface RowLayout {
  row: number;
  labelW: number;
  barH: number;
  colW: number;
  actX: number;
  wX: number;
}

/** Layer l's row: its name, its activations' histogram when there is one, and its weights'. */
function drawRow(ctx: CanvasRenderingContext2D, r: RowLayout, l: number, activations: Activations | null, layerW: Float32Array, labels: LayerHistogramLabels): void {
  const y = (l - 1) * r.row;
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(labels.layerName(l), 0, y + r.barH / 2, r.labelW - 4);
  if (activations) {
    const b = activations.bins;
    drawBars(ctx, r.actX, y, r.colW, r.barH, activations.counts.subarray((l - 1) * b, l * b), ACT_COLOR);
    drawAxis(ctx, r.actX, y + r.barH, r.colW, activations.domains[2 * (l - 1)], activations.domains[2 * l - 1]);
  }
  if (layerW.length > 0) drawWeights(ctx, r.wX, y, r.colW, r.barH, layerW, labels);
}

/** Rows, header and label column are laid out for 10 px text and grow with it. */
function rowLayout(width: number, font: number): RowLayout {
  const k = font / 10;
  const row = Math.round(ROW * k);
  const labelW = Math.round(LABEL_W * k);
  const colW = (width - labelW - GAP) / 2;
  return { row, labelW, barH: row - Math.round(AXIS_TEXT * k) - 8, colW, actX: labelW, wX: labelW + colW + GAP };
}

/** Text grows with the page's root font, which a projector-sized screen enlarges. */
function histogramFont(): number {
  return Math.round(Math.min(13, Math.max(10, 0.68 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 15))));
}

function createCanvas(container: HTMLElement, labels: LayerHistogramLabels): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'layer-histograms';
  canvas.setAttribute('role', 'img');
  // Named from the start, not only on its first draw: a screen reader may meet it before a frame.
  canvas.setAttribute('aria-label', `${labels.activations}, ${labels.weights}`);
  canvas.className = 'histogram-canvas';
  container.append(canvas);
  return canvas;
}

export function createLayerHistograms(container: HTMLElement, initialLabels: LayerHistogramLabels): LayerHistogramsApi {
  let labels = initialLabels;
  let last: LayerHistogramInput | null = null;
  const canvas = createCanvas(container, labels);
  const ctx = canvas.getContext('2d');
  // The width comes from a ResizeObserver, so a redraw on a frame never forces a layout.
  let width = 0;
  let font = 10;
  const observer = new ResizeObserver((entries) => {
    const next = Math.max(200, Math.floor(entries[entries.length - 1].contentRect.width));
    // Style is fresh inside the observer's callback, so this read costs nothing.
    const nextFont = histogramFont();
    if (next === width && nextFont === font) return;
    width = next;
    font = nextFont;
    draw();
  });
  observer.observe(container);

  function draw(): void {
    if (!ctx || !last || width === 0) return;
    const { weights, layerSizes } = last;
    const layers = layerSizes.length - 1;
    const layout = paramLayout(layerSizes);
    // A frame sent before a change of shape does not fit the new layers: it is not drawn.
    // (The column headings are HTML above the canvas, so a narrow screen wraps them instead of overlapping.)
    if (weights.length !== layout.weightCount) return;
    const activations = last.activations && last.activations.counts.length === layers * last.activations.bins ? last.activations : null;
    const rows = rowLayout(width, font);
    const height = layers * rows.row;
    fitCanvas(canvas, ctx, width, height);
    ctx.clearRect(0, 0, width, height);
    ctx.font = `${font}px system-ui, sans-serif`;
    container.style.setProperty('--histogram-label', `${rows.labelW}px`);
    for (let l = 1; l <= layers; l++) drawRow(ctx, rows, l, activations, layerWeights(layout, weights, l), labels);
    canvas.setAttribute('aria-label', `${labels.activations}, ${labels.weights}: ${Array.from({ length: layers }, (_, i) => labels.layerName(i + 1)).join(', ')}`);
    canvas.dataset.activationRows = String(activations ? layers : 0);
  }

  return {
    update(input) {
      last = input;
      draw();
    },
    setLabels(next) {
      labels = next;
      draw();
    },
    destroy() {
      observer.disconnect();
      canvas.remove();
      last = null;
    },
  };
}
