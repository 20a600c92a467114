/**
 * The decision-boundary plot: the output heatmap on a canvas at grid resolution, and an SVG on
 * top for the axes, the data points and the legend. Imperative, so a training frame reaches
 * the canvas without React re-rendering anything.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { classColor, type Domain, HEATMAP_WASH, UNIT_DOMAIN, valueColor } from './colors';
import { drawHeatmap, type HeatmapMode } from './heatmap';
import { drawLegend } from './outputLegend';
import { circlePath, classMarkerPath } from './classMarkers';

/** The data plane is [−EXTENT, EXTENT]², as in TF Playground. */
export const GRID_EXTENT = 6;
const TICKS = [-6, -4, -2, 0, 2, 4, 6];
const MARGIN = { top: 6, right: 10, bottom: 20, left: 24 };
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
  setProbe(point: { x: number; y: number } | null): void;
  /** A line segment of the plane drawn dashed over the boundary (the linear collapse's), or none with null. */
  setOverlayLine(line: { x1: number; y1: number; x2: number; y2: number } | null): void;
  resize(): void;
  destroy(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

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
  let text: OutputPlotLabels = { ...labels };
  let mode: HeatmapMode = 'diverging';
  let numClasses = 2;
  let domain: Domain = UNIT_DOMAIN;
  let discretize = false;
  let showTrain = true;
  let showTest = false;
  let train = EMPTY;
  let test = EMPTY;
  let grid: Float32Array | null = null;
  let gridSize = 0;
  let width = 0;
  let side = 0;
  let probe: { x: number; y: number } | null = null;
  let fontPx = 10;

  const root = document.createElement('div');
  root.className = 'output-plot';
  root.dataset.testid = 'output-plot';

  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'output-heatmap';
  // The SVG over it is the plot's image for screen readers (role img, with the description).
  canvas.setAttribute('aria-hidden', 'true');
  // Smooth upscaling (charts.css); placed by the plot's margins, which the axes share.
  canvas.className = 'output-plot-canvas';
  canvas.style.left = `${MARGIN.left}px`;
  canvas.style.top = `${MARGIN.top}px`;
  canvas.width = canvas.height = 1;
  root.appendChild(canvas);

  const svg = select(root)
    .append('svg')
    // Over the canvas, leaving pointer events to whatever the caller layers on it (charts.css).
    .attr('class', 'output-plot-svg')
    .attr('role', 'img')
    .attr('aria-label', text.ariaLabel ?? null);
  const plot: G = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const xAxisG: G = plot.append('g').attr('class', 'x-axis');
  const yAxisG: G = plot.append('g').attr('class', 'y-axis');
  const trainG: G = plot.append('g').attr('class', 'train-points');
  const testG: G = plot.append('g').attr('class', 'test-points');
  const probeG: G = plot.append('g').attr('class', 'probe-marker').attr('data-testid', 'output-probe').style('display', 'none');
  // White under dark, so the mark reads on orange, blue and white alike.
  for (const [stroke, w] of [['white', 3.5], ['#222', 1.5]] as const) {
    probeG.append('circle').attr('r', 7).attr('fill', 'none').attr('stroke', stroke).attr('stroke-width', w);
    probeG.append('path').attr('d', 'M-14,0H-9M9,0H14M0,-14V-9M0,9V14').attr('stroke', stroke).attr('stroke-width', w);
  }
  const overlayLine = plot.append('line').attr('class', 'overlay-line').attr('data-testid', 'output-overlay-line').style('display', 'none');
  let overlay: { x1: number; y1: number; x2: number; y2: number } | null = null;
  const legendG: G = svg.append('g').attr('class', 'legend');
  container.appendChild(root);

  const x = scaleLinear().domain([-GRID_EXTENT, GRID_EXTENT]);
  const y = scaleLinear().domain([-GRID_EXTENT, GRID_EXTENT]);

  function fillOf(label: number): string {
    return mode === 'classes' ? classColor(label) : valueColor(label, domain);
  }

  function radius(): number {
    return Math.max(2, Math.min(5, side / 110));
  }

  function renderPoints(g: G, set: PointSet, stroke: string, show: boolean): void {
    g.style('display', show ? '' : 'none');
    const n = Math.min(set.labels.length, set.points.length >> 1);
    const idx = Array.from({ length: show ? n : 0 }, (_, i) => i);
    const r = radius();
    // K classes each get their own shape; otherwise every point is TF Playground's circle.
    const circle = circlePath(r);
    const shapeOf = mode === 'classes' ? (i: number) => classMarkerPath(set.labels[i], r) : () => circle;
    g.selectAll<SVGPathElement, number>('path')
      .data(idx)
      .join('path')
      .attr('transform', (i) => `translate(${x(set.points[2 * i])},${y(set.points[2 * i + 1])})`)
      .attr('d', shapeOf)
      .attr('fill', (i) => fillOf(set.labels[i]))
      .attr('stroke', stroke)
      .attr('stroke-width', Math.max(1, r / 3));
  }

  /** White rims read on a two-colour map; regression's near-zero points are white themselves, so they get a dark rim. */
  const trainStroke = () => (text.clampedEnds ? '#555' : 'white');

  function renderAllPoints(): void {
    renderPoints(trainG, train, trainStroke(), showTrain);
    // Drawn after the training points so a test point is never hidden under one.
    renderPoints(testG, test, '#222', showTest);
  }

  function renderProbe(): void {
    probeG.style('display', probe ? '' : 'none');
    if (probe) probeG.attr('transform', `translate(${x(probe.x)},${y(probe.y)})`);
  }

  function renderOverlay(): void {
    overlayLine.style('display', overlay ? '' : 'none');
    if (overlay) overlayLine.attr('x1', x(overlay.x1)).attr('y1', y(overlay.y1)).attr('x2', x(overlay.x2)).attr('y2', y(overlay.y2));
  }

  function renderLegend(): void {
    drawLegend(legendG, { mode, numClasses, domain, discretize, width: side, fontSize: fontSize(), ...text });
    legendG.attr('transform', `translate(${MARGIN.left},${MARGIN.top + side + MARGIN.bottom + 6})`);
  }

  function fontSize(): number {
    return fontPx;
  }

  function redrawGrid(): void {
    if (!grid) return;
    drawHeatmap(canvas, grid, gridSize, { mode, numClasses, discretize, domain });
    // Lighter than the points drawn on it, so their full colours stand out; the legend applies the same wash.
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = `rgba(255,255,255,${HEATMAP_WASH})`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }

  // The container's width as the ResizeObserver last saw it; 0 until the first observation.
  let observedWidth = 0;

  function layout(): void {
    if (observedWidth === 0) return;
    width = Math.max(MIN_WIDTH, observedWidth);
    side = width - MARGIN.left - MARGIN.right;
    // Grows with the root font, which a projector-sized screen enlarges, like the rest of the page.
    const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
    fontPx = Math.round((side < 400 ? 11 : 12) * Math.min(1.4, Math.max(1, rootPx / 15)));
    const height = MARGIN.top + side + MARGIN.bottom + Math.max(LEGEND_HEIGHT, Math.round(fontSize() * 2.9));
    root.style.height = `${height}px`;
    canvas.style.width = canvas.style.height = `${side}px`;
    svg.attr('width', width).attr('height', height).attr('font-size', fontSize());
    x.range([0, side]);
    y.range([side, 0]);
    const fs = fontSize();
    xAxisG
      .attr('transform', `translate(0,${side})`)
      .call(axisBottom(x).tickValues(TICKS).tickSize(3).tickSizeOuter(0))
      .attr('font-size', fs);
    yAxisG.call(axisLeft(y).tickValues(TICKS).tickSize(3).tickSizeOuter(0)).attr('font-size', fs);
    renderAllPoints();
    renderProbe();
    renderOverlay();
    renderLegend();
  }

  // Laid out from the observer only: the page mounts every chart in one go, and reading
  // clientWidth at creation would force a layout of the whole page for each of them. Layout is
  // fresh in the observer's callback, and it runs before the first paint.
  const observer = new ResizeObserver((entries) => {
    observedWidth = Math.floor(entries[entries.length - 1].contentRect.width);
    if (Math.max(MIN_WIDTH, observedWidth) !== width) layout();
  });
  observer.observe(container);

  return {
    setPoints(nextTrain, nextTest, nextMode, nextK = 2, nextDomain = UNIT_DOMAIN) {
      const recolour = nextMode !== mode || nextK !== numClasses || nextDomain[0] !== domain[0] || nextDomain[1] !== domain[1];
      train = nextTrain;
      test = nextTest;
      mode = nextMode;
      numClasses = nextK;
      domain = nextDomain;
      renderAllPoints();
      if (recolour) {
        renderLegend();
        redrawGrid();
      }
    },
    setShowTest(show) {
      if (show === showTest) return;
      showTest = show;
      renderPoints(testG, test, '#222', showTest);
    },
    setShowTrain(show) {
      if (show === showTrain) return;
      showTrain = show;
      renderPoints(trainG, train, trainStroke(), showTrain);
    },
    setDiscretize(next) {
      if (next === discretize) return;
      discretize = next;
      redrawGrid();
      renderLegend();
    },
    drawGrid(values, size) {
      grid = values;
      gridSize = size;
      redrawGrid();
    },
    setLabels(next) {
      text = { ...next };
      svg.attr('aria-label', text.ariaLabel ?? null);
      renderLegend();
      renderAllPoints();
    },
    setProbe(point) {
      if (point === probe || (point && probe && point.x === probe.x && point.y === probe.y)) return;
      probe = point ? { x: point.x, y: point.y } : null;
      renderProbe();
    },
    setOverlayLine(line) {
      overlay = line ? { ...line } : null;
      renderOverlay();
    },
    resize: layout,
    destroy() {
      observer.disconnect();
      root.remove();
      grid = null;
    },
  };
}
