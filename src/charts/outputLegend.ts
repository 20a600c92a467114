/**
 * The output plot's key: a gradient bar over the value domain, or one swatch per class.
 * Labels arrive as strings so the caller translates them. The map behind the points is washed
 * toward white, so the key shows the washed colours (and a class's swatch its full-colour point).
 */
import { format } from 'd3-format';
import type { Selection } from 'd3-selection';
import { classMarkerPath } from './classMarkers';
import { CLASS_COLORS, type Domain, MAX_CLASSES, NEGATIVE_COLOR, POSITIVE_COLOR, washColor, ZERO_COLOR } from './colors';
import type { HeatmapMode } from './heatmap';

export interface LegendOptions {
  mode: HeatmapMode;
  numClasses: number;
  domain: Domain;
  discretize: boolean;
  /** Width available, in px. */
  width: number;
  fontSize: number;
  classLabels?: readonly string[];
  legendTitle?: string;
  /** The numbers written at the bar's ends, when they are not the domain's (see OutputPlotLabels). */
  valueRange?: Domain;
  /** Values past the ends are drawn in the end colours: write ≤ and ≥. */
  clampedEnds?: boolean;
}

/** The three numbers under the bar: its ends and middle. */
export function legendTicks(o: Pick<LegendOptions, 'domain' | 'valueRange' | 'clampedEnds'>): [number, string][] {
  const [lo, hi] = o.valueRange ?? o.domain;
  const open = o.clampedEnds ?? false;
  return [
    [0, `${open ? '≤ ' : ''}${formatTick(lo)}`],
    [0.5, formatTick((lo + hi) / 2)],
    [1, `${open ? '≥ ' : ''}${formatTick(hi)}`],
  ];
}

let nextId = 0;
const formatTick = format('~g');

export function drawLegend(g: Selection<SVGGElement, unknown, null, undefined>, o: LegendOptions): void {
  g.selectChildren().remove();
  let x0 = 0;
  if (o.legendTitle) {
    const title = g
      .append('text')
      .attr('y', o.fontSize)
      .attr('font-size', o.fontSize)
      .attr('fill', 'currentColor')
      .text(o.legendTitle);
    const node = title.node();
    // getComputedTextLength is missing where layout is not real (tests); fall back to an estimate.
    const w = node && typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : o.legendTitle.length * o.fontSize * 0.6;
    x0 = Math.ceil(w) + 8;
  }
  const room = Math.max(40, o.width - x0);
  if (o.mode === 'classes') drawSwatches(g, o, x0, room);
  else drawGradient(g, o, x0, room);
}

/**
 * The ticks whose labels fit under a bar barW wide: a middle label that would run into the end
 * ones ("−10 1" on a narrow plot) is left out. Label widths are estimated per character (a digit 0.56 em, the minus sign 0.85, the point 0.3).
 */
export function ticksThatFit(ticks: [number, string][], barW: number, fontSize: number): [number, string][] {
  const width = (label: string) => Array.from(label).reduce((w, ch) => w + (ch === '−' || ch === '-' ? 0.85 : ch === '.' ? 0.3 : 0.56), 0) * fontSize;
  const ends = ticks.filter((d) => d[0] === 0 || d[0] === 1);
  const fits = ticks.every(([at, label]) => {
    if (at === 0 || at === 1) return true;
    const left = ends.find((d) => d[0] === 0);
    const right = ends.find((d) => d[0] === 1);
    const room = Math.min(at * barW - (left ? width(left[1]) : 0), (1 - at) * barW - (right ? width(right[1]) : 0));
    return room - width(label) / 2 >= 2;
  });
  return fits ? ticks : ends;
}

function drawGradient(g: Selection<SVGGElement, unknown, null, undefined>, o: LegendOptions, x0: number, room: number): void {
  const id = `output-legend-gradient-${nextId++}`;
  const grad = g.append('defs').append('linearGradient').attr('id', id);
  // Three RGB stops reproduce the d3 diverging scale exactly; discretized, the bar shows the two hard colours.
  const stops: [number, string][] = o.discretize
    ? [
        [0, NEGATIVE_COLOR],
        [0.5, NEGATIVE_COLOR],
        [0.5, POSITIVE_COLOR],
        [1, POSITIVE_COLOR],
      ]
    : [
        [0, NEGATIVE_COLOR],
        [0.5, ZERO_COLOR],
        [1, POSITIVE_COLOR],
      ];
  for (const [offset, color] of stops) grad.append('stop').attr('offset', offset).attr('stop-color', washColor(color));

  const barW = Math.min(200, room);
  const barH = 8;
  const bar = g.append('g').attr('transform', `translate(${x0},${Math.max(0, o.fontSize - barH) / 2})`);
  bar.append('rect').attr('width', barW).attr('height', barH).attr('fill', `url(#${id})`).attr('stroke', '#bbb').attr('stroke-width', 0.5);
  bar
    .selectAll('text')
    .data(ticksThatFit(legendTicks(o), barW, o.fontSize))
    .join('text')
    .attr('x', (d) => d[0] * barW)
    .attr('y', barH + o.fontSize + 2)
    .attr('text-anchor', (d) => (d[0] === 0 ? 'start' : d[0] === 1 ? 'end' : 'middle'))
    .attr('font-size', o.fontSize)
    .attr('fill', 'currentColor')
    .text((d) => d[1]);
}

function drawSwatches(g: Selection<SVGGElement, unknown, null, undefined>, o: LegendOptions, x0: number, room: number): void {
  const k = Math.max(1, Math.min(o.numClasses, MAX_CLASSES));
  const perRow = room / k >= 56 ? k : Math.ceil(k / 2);
  const itemW = Math.min(110, room / perRow);
  const s = o.fontSize;
  const items = Array.from({ length: k }, (_, i) => i);
  const item = g
    .selectAll('g.swatch')
    .data(items)
    .join('g')
    .attr('class', 'swatch')
    .attr('transform', (i) => `translate(${x0 + (i % perRow) * itemW},${Math.floor(i / perRow) * (s + 4)})`);
  item
    .append('rect')
    .attr('width', s)
    .attr('height', s)
    .attr('rx', 2)
    .attr('fill', (i) => washColor(CLASS_COLORS[i]));
  item
    .append('path')
    .attr('transform', `translate(${s / 2},${s / 2})`)
    .attr('d', (i) => classMarkerPath(i, s * 0.3))
    .attr('fill', (i) => CLASS_COLORS[i])
    .attr('stroke', 'white')
    .attr('stroke-width', 1);
  item
    .append('text')
    .attr('x', s + 4)
    .attr('y', s - 1)
    .attr('font-size', s)
    .attr('fill', 'currentColor')
    .text((i) => o.classLabels?.[i] ?? String(i + 1));
}
