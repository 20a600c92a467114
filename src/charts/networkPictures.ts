/**
 * Every node's picture in the diagram, drawn into one canvas under the nodes.
 *
 * A canvas per node made each of them a compositing layer of its own: at 131 nodes the browser
 * spent more time committing layers than drawing. Here the pictures live as tiles of one
 * off-screen atlas at grid resolution (one column of square tiles, so each tile's pixels are
 * contiguous and the whole atlas takes one putImageData), and one on-screen canvas, sized to
 * the diagram, shows each tile scaled to its node box.
 */
import { CLASS_LUTS, PROBABILITY_DOMAIN, writeValueRgba } from './colors';
import { fillHeatmapPixels, type HeatmapOptions } from './heatmap';

export interface PictureBox {
  /** Top-left corner and side, in CSS pixels of the diagram's stage. */
  x: number;
  y: number;
  size: number;
}

export interface NetworkPictures {
  /** The on-screen canvas; the caller places it in the stage, under the nodes. */
  readonly canvas: HTMLCanvasElement;
  /** Paints tile `node` with `draw`, which gets a square canvas of the tile's side (inputs' feature pictures). */
  drawTile(node: number, draw: (canvas: HTMLCanvasElement) => void): void;
  /**
   * Fills the tiles of nodes first, first + 1, … from consecutive grids of `gridSize`² values.
   * Tiles from node `classFrom` on (a softmax layer) hold probabilities: node classFrom + k is
   * painted from the neutral colour to class k's colour, as the output plot paints that class.
   */
  fillGrids(first: number, values: Float32Array, gridSize: number, classFrom?: number): void;
  /** Sets where each node's picture goes and the stage's size, then redraws. */
  place(boxes: readonly PictureBox[], width: number, height: number): void;
  /** Copies every tile to its box on screen. */
  render(): void;
  /** Draws one node's picture scaled onto `target` (the hover card's enlargement). */
  copyTo(node: number, target: HTMLCanvasElement): void;
}

/** Grey of a node with no picture yet: the same as an untrained, featureless box. */
const EMPTY_RGB = [0xf3, 0xf3, 0xf3] as const;

const heatmapOptions: HeatmapOptions = { mode: 'diverging' };

/** Every pixel the grey of an empty node (mutates px). */
function fillEmpty(px: Uint8ClampedArray): void {
  for (let k = 0; k < px.length; k += 4) {
    px[k] = EMPTY_RGB[0];
    px[k + 1] = EMPTY_RGB[1];
    px[k + 2] = EMPTY_RGB[2];
    px[k + 3] = 255;
  }
}

/**
 * Paints `count` consecutive grids of `values` into the atlas' pixels `px` as tiles first,
 * first + 1, … (mutates px); see `fillGrids` for `classFrom`.
 */
function paintTiles(px: Uint8ClampedArray, values: Float32Array, first: number, count: number, tile: number, classFrom: number): void {
  const cells = tile * tile;
  for (let k = 0; k < count; k++) {
    const start = (first + k) * cells * 4;
    const cls = classFrom >= 0 ? first + k - classFrom : -1;
    if (cls >= 0) {
      // Past the palette (never with today's datasets) the default diverging table applies.
      const lut = CLASS_LUTS[cls] as Uint8ClampedArray | undefined;
      for (let c = 0, o = k * cells; c < cells; c++) writeValueRgba(values[o + c], px, start + c * 4, PROBABILITY_DOMAIN, false, lut);
      continue;
    }
    heatmapOptions.offset = k * cells;
    fillHeatmapPixels(px.subarray(start, start + cells * 4), values, tile, heatmapOptions);
  }
}

export function createNetworkPictures(nodeCount: number, tileSize = 32): NetworkPictures {
  return new PictureAtlas(nodeCount, tileSize);
}

class PictureAtlas implements NetworkPictures {
  readonly canvas = document.createElement('canvas');
  readonly #ctx: CanvasRenderingContext2D | null;
  readonly #atlas = document.createElement('canvas');
  #atlasCtx: CanvasRenderingContext2D | null = null;
  #image: ImageData | null = null;
  readonly #scratch = document.createElement('canvas');
  #boxes: readonly PictureBox[] = [];
  #scale = 1;
  #tile: number;
  readonly #nodeCount: number;

  constructor(nodeCount: number, tileSize: number) {
    this.#nodeCount = nodeCount;
    this.#tile = tileSize;
    // Each node's box carries its name; the pictures under them are for the eye.
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.className = 'network-pictures';
    this.#ctx = this.canvas.getContext('2d');
    this.#resizeAtlas(tileSize);
  }

  /** A new atlas of tiles of `side`, every tile empty. */
  #resizeAtlas(side: number): void {
    const atlas = this.#atlas;
    this.#tile = side;
    atlas.width = side;
    atlas.height = side * Math.max(1, this.#nodeCount);
    this.#atlasCtx = atlas.getContext('2d');
    if (!this.#atlasCtx) return;
    this.#image = this.#atlasCtx.createImageData(atlas.width, atlas.height);
    fillEmpty(this.#image.data);
    this.#atlasCtx.putImageData(this.#image, 0, 0);
  }

  /** Resizes the tiles to `side`, scaling the first `keep` tiles (the drawn feature tiles) across so they survive the change. */
  #retile(side: number, keep: number): void {
    const old = document.createElement('canvas');
    old.width = this.#atlas.width;
    old.height = this.#atlas.height;
    old.getContext('2d')?.drawImage(this.#atlas, 0, 0);
    const oldTile = this.#tile;
    this.#resizeAtlas(side);
    for (let n = 0; n < keep; n++) this.#atlasCtx?.drawImage(old, 0, n * oldTile, oldTile, oldTile, 0, n * side, side, side);
  }

  drawTile(node: number, draw: (canvas: HTMLCanvasElement) => void): void {
    const atlasCtx = this.#atlasCtx;
    const scratch = this.#scratch;
    const tile = this.#tile;
    if (!atlasCtx || node < 0 || node >= this.#nodeCount) return;
    scratch.width = scratch.height = tile;
    draw(scratch);
    atlasCtx.clearRect(0, node * tile, tile, tile);
    atlasCtx.drawImage(scratch, 0, 0, scratch.width, scratch.height, 0, node * tile, tile, tile);
  }

  fillGrids(first: number, values: Float32Array, gridSize: number, classFrom = -1): void {
    if (gridSize !== this.#tile) this.#retile(gridSize, first);
    const atlasCtx = this.#atlasCtx;
    const image = this.#image;
    const tile = this.#tile;
    if (!atlasCtx || !image) return;
    const cells = tile * tile;
    const count = Math.min(this.#nodeCount - first, Math.floor(values.length / cells));
    if (count <= 0) return;
    paintTiles(image.data, values, first, count, tile, classFrom);
    // Only the neurons' rows: the feature tiles above them were drawn, not put.
    atlasCtx.putImageData(image, 0, 0, 0, first * tile, tile, count * tile);
  }

  place(boxes: readonly PictureBox[], width: number, height: number): void {
    const canvas = this.canvas;
    this.#boxes = boxes;
    this.#scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
    canvas.width = Math.max(1, Math.round(width * this.#scale));
    canvas.height = Math.max(1, Math.round(height * this.#scale));
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    this.render();
  }

  render(): void {
    const ctx = this.#ctx;
    const boxes = this.#boxes;
    const tile = this.#tile;
    const atlas = this.#atlas;
    if (!ctx) return;
    // Smooth upscaling, like the output heatmap: a 32 × 32 grid reads as a continuous field.
    ctx.imageSmoothingEnabled = true;
    ctx.setTransform(this.#scale, 0, 0, this.#scale, 0, 0);
    const n = Math.min(boxes.length, this.#nodeCount);
    for (let k = 0; k < n; k++) {
      const b = boxes[k];
      ctx.drawImage(atlas, 0, k * tile, tile, tile, b.x, b.y, b.size, b.size);
    }
  }

  copyTo(node: number, target: HTMLCanvasElement): void {
    const tile = this.#tile;
    if (node < 0 || node >= this.#nodeCount) return;
    if (target.width !== tile || target.height !== tile) {
      target.width = tile;
      target.height = tile;
    }
    target.getContext('2d')?.drawImage(this.#atlas, 0, node * tile, tile, tile, 0, 0, tile, tile);
  }
}
