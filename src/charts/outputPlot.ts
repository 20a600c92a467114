/**
 * The decision-boundary plot: the output heatmap on a canvas at grid resolution, and an SVG on
 * top for the axes, the data points and the legend. Imperative, so a training frame reaches
 * the canvas without React re-rendering anything.
 */
import { scaleLinear } from 'd3-scale';
import { type Domain, UNIT_DOMAIN } from './colors';
import type { HeatmapMode } from './heatmap';
import { drawLegend } from './outputLegend';
import { buildPlotDom, type G, MARGIN, type OutputPlotDom, paintGrid, plotFontPx, renderPoints, sizePlot } from './outputPlotLayers';

/** The data plane is [−EXTENT, EXTENT]², as in TF Playground. */
export const GRID_EXTENT = 6;
const LEGEND_HEIGHT = 34;
const MIN_WIDTH = 120;

export interface PointSet {
  /** x, y of each point, interleaved. */
  points: Float32Array;
  /** ±1 (or 0/1), a regression value, or a class index, one per point. */
  labels: Float32Array;
}

export interface OutputPlotLabels {
  /** Names of the K classes, already translated; the index is used when missing. */
  classLabels?: readonly string[];
  /** Shown at the left of the legend. */
  legendTitle?: string;
  /** Read by screen readers for the whole plot. */
  ariaLabel?: string;
  /**
   * What the legend's ends read when the head's outputs are not [−1, 1] (a sigmoid's [0, 1]);
   * the grid arrives already mapped onto the colour scale, so only the numbers change.
   */
  valueRange?: Domain;
  /** Values beyond the ends take the end colours (regression targets may): the ends read ≤ and ≥. */
  clampedEnds?: boolean;
}

type Point = { x: number; y: number };
type Segment = { x1: number; y1: number; x2: number; y2: number };

export interface OutputPlotApi {
  /** The value domain defaults to [−1, 1]; pass [0, 1] for a sigmoid output with 0/1 labels. */
  setPoints(train: PointSet, test: PointSet, mode: HeatmapMode, numClasses?: number, domain?: Domain): void;
  setShowTest(show: boolean): void;
  setShowTrain(show: boolean): void;
  setDiscretize(discretize: boolean): void;
  /** Keeps a reference to `values` (not a copy) so a discretize toggle can redraw it. */
  drawGrid(values: Float32Array, gridSize: number): void;
  setLabels(labels: OutputPlotLabels): void;
  /** Marks a point of the plane (the one the neuron cards read), or removes the mark with null. */
  setProbe(point: Point | null): void;
  /** A line segment of the plane drawn dashed over the boundary (the linear collapse's), or none with null. */
  setOverlayLine(line: Segment | null): void;
  resize(): void;
  destroy(): void;
}

/** The worker's points as the plot shows them: K classes in their colours, else on the diverging scale. */
export function showDataOnPlot(
  plot: Pick<OutputPlotApi, 'setPoints'>,
  data: { trainPoints: Float32Array; trainLabels: Float32Array; testPoints: Float32Array; testLabels: Float32Array; numClasses: number },
): void {
  const multi = data.numClasses > 2;
  plot.setPoints(
    { points: data.trainPoints, labels: data.trainLabels },
    { points: data.testPoints, labels: data.testLabels },
    multi ? 'classes' : 'diverging',
    multi ? data.numClasses : undefined,
  );
}

const EMPTY: PointSet = { points: new Float32Array(0), labels: new Float32Array(0) };

export function createOutputPlot(container: HTMLElement, labels: OutputPlotLabels = {}): OutputPlotApi {
  return new OutputPlotView(container, labels);
}

class OutputPlotView implements OutputPlotApi {
  #text: OutputPlotLabels;
  #mode: HeatmapMode = 'diverging';
  #numClasses = 2;
  #domain: Domain = UNIT_DOMAIN;
  #discretize = false;
  #showTrain = true;
  #showTest = false;
  #train = EMPTY;
  #test = EMPTY;
  #grid: Float32Array | null = null;
  #gridSize = 0;
  #width = 0;
  #side = 0;
  #probe: Point | null = null;
  #overlay: Segment | null = null;
  #fontPx = 10;
  // The container's width as the ResizeObserver last saw it; 0 until the first observation.
  #observedWidth = 0;
  readonly #dom: OutputPlotDom;
  readonly #x = scaleLinear().domain([-GRID_EXTENT, GRID_EXTENT]);
  readonly #y = scaleLinear().domain([-GRID_EXTENT, GRID_EXTENT]);
  readonly #observer: ResizeObserver;

  constructor(container: HTMLElement, labels: OutputPlotLabels) {
    this.#text = { ...labels };
    this.#dom = buildPlotDom(container, this.#text.ariaLabel);
    // Laid out from the observer only: the page mounts every chart in one go, and reading
    // clientWidth at creation would force a layout of the whole page for each of them. Layout is
    // fresh in the observer's callback, and it runs before the first paint.
    this.#observer = new ResizeObserver((entries) => {
      this.#observedWidth = Math.floor(entries[entries.length - 1].contentRect.width);
      if (Math.max(MIN_WIDTH, this.#observedWidth) !== this.#width) this.#layout();
    });
    this.#observer.observe(container);
  }

  #renderSet(g: G, set: PointSet, stroke: string, show: boolean): void {
    const x = this.#x;
    const y = this.#y;
    const mode = this.#mode;
    const domain = this.#domain;
    renderPoints(g, set, show, { x, y, mode, domain, stroke, r: Math.max(2, Math.min(5, this.#side / 110)) });
  }

  /** White rims read on a two-colour map; regression's near-zero points are white themselves, so they get a dark rim. */
  #renderTrain(): void {
    this.#renderSet(this.#dom.train, this.#train, this.#text.clampedEnds ? '#555' : 'white', this.#showTrain);
  }

  #renderTest(): void {
    this.#renderSet(this.#dom.test, this.#test, '#222', this.#showTest);
  }

  #renderAllPoints(): void {
    this.#renderTrain();
    // Drawn after the training points so a test point is never hidden under one.
    this.#renderTest();
  }

  #renderProbe(): void {
    const probe = this.#probe;
    const x = this.#x;
    const y = this.#y;
    this.#dom.probe.style('display', probe ? '' : 'none');
    if (probe) this.#dom.probe.attr('transform', `translate(${x(probe.x)},${y(probe.y)})`);
  }

  #renderOverlay(): void {
    const overlay = this.#overlay;
    const x = this.#x;
    const y = this.#y;
    const line = this.#dom.overlayLine;
    line.style('display', overlay ? '' : 'none');
    if (overlay) line.attr('x1', x(overlay.x1)).attr('y1', y(overlay.y1)).attr('x2', x(overlay.x2)).attr('y2', y(overlay.y2));
  }

  #renderLegend(): void {
    const mode = this.#mode;
    const numClasses = this.#numClasses;
    const domain = this.#domain;
    const discretize = this.#discretize;
    const side = this.#side;
    drawLegend(this.#dom.legend, { mode, numClasses, domain, discretize, width: side, fontSize: this.#fontPx, ...this.#text });
    this.#dom.legend.attr('transform', `translate(${MARGIN.left},${MARGIN.top + side + MARGIN.bottom + 6})`);
  }

  #redrawGrid(): void {
    if (!this.#grid) return;
    const mode = this.#mode;
    const numClasses = this.#numClasses;
    const discretize = this.#discretize;
    const domain = this.#domain;
    paintGrid(this.#dom.canvas, this.#grid, this.#gridSize, { mode, numClasses, discretize, domain });
  }

  #layout(): void {
    if (this.#observedWidth === 0) return;
    this.#width = Math.max(MIN_WIDTH, this.#observedWidth);
    this.#side = this.#width - MARGIN.left - MARGIN.right;
    this.#fontPx = plotFontPx(this.#side);
    const width = this.#width;
    const side = this.#side;
    const fontPx = this.#fontPx;
    const height = MARGIN.top + side + MARGIN.bottom + Math.max(LEGEND_HEIGHT, Math.round(fontPx * 2.9));
    this.#x.range([0, side]);
    this.#y.range([side, 0]);
    sizePlot(this.#dom, { width, height, side, fontPx }, this.#x, this.#y);
    this.#renderAllPoints();
    this.#renderProbe();
    this.#renderOverlay();
    this.#renderLegend();
  }

  setPoints(train: PointSet, test: PointSet, mode: HeatmapMode, numClasses = 2, domain: Domain = UNIT_DOMAIN): void {
    const recolour = mode !== this.#mode || numClasses !== this.#numClasses || domain[0] !== this.#domain[0] || domain[1] !== this.#domain[1];
    this.#train = train;
    this.#test = test;
    this.#mode = mode;
    this.#numClasses = numClasses;
    this.#domain = domain;
    this.#renderAllPoints();
    if (recolour) {
      this.#renderLegend();
      this.#redrawGrid();
    }
  }

  setShowTest(show: boolean): void {
    if (show === this.#showTest) return;
    this.#showTest = show;
    this.#renderTest();
  }

  setShowTrain(show: boolean): void {
    if (show === this.#showTrain) return;
    this.#showTrain = show;
    this.#renderTrain();
  }

  setDiscretize(discretize: boolean): void {
    if (discretize === this.#discretize) return;
    this.#discretize = discretize;
    this.#redrawGrid();
    this.#renderLegend();
  }

  drawGrid(values: Float32Array, gridSize: number): void {
    this.#grid = values;
    this.#gridSize = gridSize;
    this.#redrawGrid();
  }

  setLabels(next: OutputPlotLabels): void {
    this.#text = { ...next };
    this.#dom.svg.attr('aria-label', this.#text.ariaLabel ?? null);
    this.#renderLegend();
    this.#renderAllPoints();
  }

  setProbe(point: Point | null): void {
    const probe = this.#probe;
    if (point === probe || (point && probe && point.x === probe.x && point.y === probe.y)) return;
    this.#probe = point ? { x: point.x, y: point.y } : null;
    this.#renderProbe();
  }

  setOverlayLine(line: Segment | null): void {
    this.#overlay = line ? { ...line } : null;
    this.#renderOverlay();
  }

  resize(): void {
    this.#layout();
  }

  destroy(): void {
    this.#observer.disconnect();
    this.#dom.root.remove();
    this.#grid = null;
  }
}
