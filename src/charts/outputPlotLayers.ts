/**
 * The decision-boundary plot's layers, each drawn by a function of its own: the canvas under
 * everything, then in the SVG the axes, the training and test points, the probe's mark, the
 * overlay line and the legend. outputPlot.ts holds the state and says when each is redrawn.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { classColor, type Domain, HEATMAP_WASH, valueColor } from './colors';
import { drawHeatmap, type HeatmapMode, type HeatmapOptions } from './heatmap';
import { circlePath, classMarkerPath } from './classMarkers';
import type { PointSet } from './outputPlot';

export const MARGIN = { top: 6, right: 10, bottom: 20, left: 24 };
const TICKS = [-6, -4, -2, 0, 2, 4, 6];

export type G = Selection<SVGGElement, unknown, null, undefined>;
type Scale = ScaleLinear<number, number>;

export interface OutputPlotDom {
  root: HTMLDivElement;
  canvas: HTMLCanvasElement;
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  xAxis: G;
  yAxis: G;
  train: G;
  test: G;
  probe: G;
  overlayLine: Selection<SVGLineElement, unknown, null, undefined>;
  legend: G;
}

function createCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'output-heatmap';
  // The SVG over it is the plot's image for screen readers (role img, with the description).
  canvas.setAttribute('aria-hidden', 'true');
  // Smooth upscaling (charts.css); placed by the plot's margins, which the axes share.
  canvas.className = 'output-plot-canvas';
  canvas.style.left = `${MARGIN.left}px`;
  canvas.style.top = `${MARGIN.top}px`;
  canvas.width = canvas.height = 1;
  return canvas;
}

function appendProbeMarker(plot: G): G {
  const probe: G = plot.append('g').attr('class', 'probe-marker').attr('data-testid', 'output-probe').style('display', 'none');
  // White under dark, so the mark reads on orange, blue and white alike.
  for (const [stroke, w] of [['white', 3.5], ['#222', 1.5]] as const) {
    probe.append('circle').attr('r', 7).attr('fill', 'none').attr('stroke', stroke).attr('stroke-width', w);
    probe.append('path').attr('d', 'M-14,0H-9M9,0H14M0,-14V-9M0,9V14').attr('stroke', stroke).attr('stroke-width', w);
  }
  return probe;
}

/** Builds the plot's elements into `container`, unsized until the first layout. */
export function buildPlotDom(container: HTMLElement, ariaLabel: string | undefined): OutputPlotDom {
  const root = document.createElement('div');
  root.className = 'output-plot';
  root.dataset.testid = 'output-plot';
  const canvas = createCanvas();
  root.appendChild(canvas);
  const svg = select(root)
    .append('svg')
    // Over the canvas, leaving pointer events to whatever the caller layers on it (charts.css).
    .attr('class', 'output-plot-svg')
    .attr('role', 'img')
    .attr('aria-label', ariaLabel ?? null);
  const plot: G = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const xAxis: G = plot.append('g').attr('class', 'x-axis');
  const yAxis: G = plot.append('g').attr('class', 'y-axis');
  const train: G = plot.append('g').attr('class', 'train-points');
  const test: G = plot.append('g').attr('class', 'test-points');
  const probe = appendProbeMarker(plot);
  const overlayLine = plot.append('line').attr('class', 'overlay-line').attr('data-testid', 'output-overlay-line').style('display', 'none');
  const legend: G = svg.append('g').attr('class', 'legend');
  container.appendChild(root);
  return { root, canvas, svg, xAxis, yAxis, train, test, probe, overlayLine, legend };
}

/** Grows with the root font, which a projector-sized screen enlarges, like the rest of the page. */
export function plotFontPx(side: number): number {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
  return Math.round((side < 400 ? 11 : 12) * Math.min(1.4, Math.max(1, rootPx / 15)));
}

/** Sizes the plot's box, canvas and SVG and draws both axes on scales already ranged to `side`. */
export function sizePlot(dom: OutputPlotDom, size: { width: number; height: number; side: number; fontPx: number }, x: Scale, y: Scale): void {
  const { width, height, side, fontPx } = size;
  dom.root.style.height = `${height}px`;
  dom.canvas.style.width = dom.canvas.style.height = `${side}px`;
  dom.svg.attr('width', width).attr('height', height).attr('font-size', fontPx);
  dom.xAxis
    .attr('transform', `translate(0,${side})`)
    .call(axisBottom(x).tickValues(TICKS).tickSize(3).tickSizeOuter(0))
    .attr('font-size', fontPx);
  dom.yAxis.call(axisLeft(y).tickValues(TICKS).tickSize(3).tickSizeOuter(0)).attr('font-size', fontPx);
}

export interface PointLook {
  x: Scale;
  y: Scale;
  r: number;
  mode: HeatmapMode;
  domain: Domain;
  stroke: string;
}

/** One point set as marks in `g`, or none (and `g` hidden) when not shown. */
export function renderPoints(g: G, set: PointSet, show: boolean, look: PointLook): void {
  const { x, y, r, mode, domain, stroke } = look;
  g.style('display', show ? '' : 'none');
  const n = Math.min(set.labels.length, set.points.length >> 1);
  const idx = Array.from({ length: show ? n : 0 }, (_, i) => i);
  // K classes each get their own shape; otherwise every point is TF Playground's circle.
  const circle = circlePath(r);
  const shapeOf = mode === 'classes' ? (i: number) => classMarkerPath(set.labels[i], r) : () => circle;
  const fillOf = (label: number) => (mode === 'classes' ? classColor(label) : valueColor(label, domain));
  g.selectAll<SVGPathElement, number>('path')
    .data(idx)
    .join('path')
    .attr('transform', (i) => `translate(${x(set.points[2 * i])},${y(set.points[2 * i + 1])})`)
    .attr('d', shapeOf)
    .attr('fill', (i) => fillOf(set.labels[i]))
    .attr('stroke', stroke)
    .attr('stroke-width', Math.max(1, r / 3));
}

/** The heatmap, washed lighter than the points drawn on it so their full colours stand out; the legend applies the same wash. */
export function paintGrid(canvas: HTMLCanvasElement, grid: Float32Array, gridSize: number, options: HeatmapOptions): void {
  drawHeatmap(canvas, grid, gridSize, options);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = `rgba(255,255,255,${HEATMAP_WASH})`;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
}
