/**
 * Pictures of the charts for slides and reports. The page's Content-Security-Policy lets no
 * blob: or data: image load (img-src 'self'), so an SVG cannot be drawn onto a canvas as an
 * image: instead the canvases are copied and the SVG's shapes painted one by one (groups with
 * translations, paths, lines, rectangles with a gradient, circles and text: what D3 draws here).
 */
import { isAccuracy, type SeriesKey } from './lossHistory';
import { legendLayout, SWATCH, type LegendEntry } from './svgLegend';

/** Paints a container's canvases and SVGs at `scale`, on white, as they sit on screen. */
export function paintContainer(container: HTMLElement, scale = 2): HTMLCanvasElement {
  const box = container.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.ceil(box.width * scale);
  out.height = Math.ceil(box.height * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, box.width, box.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (r.width === 0 || canvas.width === 0) continue;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(canvas, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  for (const svg of container.querySelectorAll('svg')) {
    if (getComputedStyle(svg).display === 'none') continue;
    const r = svg.getBoundingClientRect();
    ctx.save();
    ctx.translate(r.left - box.left, r.top - box.top);
    paintChildren(ctx, svg, svg);
    ctx.restore();
  }
  paintHtml(ctx, container, box);
  return out;
}

const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

/** HTML boxes and words over the pictures (the diagram's labels, bias squares and node frames). */
function paintHtml(ctx: CanvasRenderingContext2D, container: HTMLElement, box: DOMRect): void {
  for (const el of container.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || el instanceof HTMLCanvasElement || el.closest('svg')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0' || el.closest('[hidden]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) continue;
    const x = r.left - box.left;
    const y = r.top - box.top;
    if (!transparent(style.backgroundColor) && el !== container) {
      ctx.fillStyle = style.backgroundColor;
      ctx.fillRect(x, y, r.width, r.height);
    }
    const border = parseFloat(style.borderTopWidth) || 0;
    if (border > 0 && !transparent(style.borderTopColor)) {
      ctx.strokeStyle = style.borderTopColor;
      ctx.lineWidth = border;
      ctx.setLineDash([]);
      ctx.strokeRect(x + border / 2, y + border / 2, r.width - border, r.height - border);
    }
    for (const node of el.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const t = range.getBoundingClientRect();
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      ctx.fillStyle = style.color;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, t.left - box.left, t.top - box.top + t.height / 2);
    }
  }
}

function translation(el: Element): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[ ,]*([-\d.e]+)?\s*\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

function paintChildren(ctx: CanvasRenderingContext2D, parent: Element, svg: SVGSVGElement): void {
  for (const el of parent.children) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.tagName === 'defs') continue;
    ctx.save();
    const [tx, ty] = translation(el);
    ctx.translate(tx, ty);
    ctx.globalAlpha *= Number(style.opacity || 1);
    paintElement(ctx, el, style, svg);
    if (el.tagName === 'g' || el.tagName === 'svg') paintChildren(ctx, el, svg);
    ctx.restore();
  }
}

/** A fill or stroke as canvas takes it: 'none' is null, a url(#gradient) a gradient across `width`. */
function paintOf(ctx: CanvasRenderingContext2D, value: string, svg: SVGSVGElement, width: number): string | CanvasGradient | null {
  if (!value || value === 'none') return null;
  const url = /url\("?#([^")]+)"?\)/.exec(value);
  if (!url) return value;
  const def = svg.querySelector(`[id="${url[1]}"]`);
  if (!def) return null;
  const gradient = ctx.createLinearGradient(0, 0, width, 0);
  for (const stop of def.querySelectorAll('stop')) gradient.addColorStop(parseFloat(stop.getAttribute('offset') ?? '0') / (stop.getAttribute('offset')?.endsWith('%') ? 100 : 1), stop.getAttribute('stop-color') ?? '#000');
  return gradient;
}

const num = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '0') || 0;

function paintElement(ctx: CanvasRenderingContext2D, el: Element, style: CSSStyleDeclaration, svg: SVGSVGElement): void {
  const width = el.tagName === 'rect' ? num(el, 'width') : 0;
  const fill = paintOf(ctx, style.fill, svg, width);
  const stroke = paintOf(ctx, style.stroke, svg, width);
  ctx.lineWidth = parseFloat(style.strokeWidth) || 1;
  const dash = style.strokeDasharray;
  ctx.setLineDash(dash && dash !== 'none' ? dash.split(/[ ,]+/).map(parseFloat).filter(Number.isFinite) : []);
  const draw = (path: Path2D) => {
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.stroke(path);
    }
  };
  switch (el.tagName) {
    case 'path':
      draw(new Path2D(el.getAttribute('d') ?? ''));
      break;
    case 'line': {
      const p = new Path2D();
      p.moveTo(num(el, 'x1'), num(el, 'y1'));
      p.lineTo(num(el, 'x2'), num(el, 'y2'));
      draw(p);
      break;
    }
    case 'rect': {
      const p = new Path2D();
      p.rect(num(el, 'x'), num(el, 'y'), width, num(el, 'height'));
      draw(p);
      break;
    }
    case 'circle': {
      const p = new Path2D();
      p.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
      draw(p);
      break;
    }
    case 'text': {
      const text = el.textContent ?? '';
      if (!text) break;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const anchor = style.textAnchor;
      ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
      const fontPx = parseFloat(style.fontSize) || 10;
      const dy = el.getAttribute('dy') ?? '0';
      const shift = dy.endsWith('em') ? parseFloat(dy) * fontPx : parseFloat(dy) || 0;
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = (fill as string | null) ?? style.color;
      ctx.fillText(text, num(el, 'x'), num(el, 'y') + shift);
      break;
    }
  }
}

/**
 * The loss chart's curves as legend entries, each with the stroke its path is drawn with: the
 * loss curves always, the accuracy curves when they are drawn.
 */
export function lossLegend(svg: SVGSVGElement, labels: Record<SeriesKey, string>): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const path of svg.querySelectorAll('path[data-series]')) {
    const key = path.getAttribute('data-series') as SeriesKey;
    if (!(key in labels) || (isAccuracy(key) && !path.getAttribute('d'))) continue;
    entries.push({ label: labels[key], color: path.getAttribute('stroke') ?? 'currentColor', dash: path.getAttribute('stroke-dasharray') });
  }
  return entries;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Puts the legend in a row above the picture (the clone grows by its height), aligned with the plot's left edge. */
function addLegend(clone: SVGSVGElement, legend: readonly LegendEntry[], width: number, fontPx: number, fontFamily: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `${fontPx}px ${fontFamily}`;
  const measure = (text: string) => (ctx ? ctx.measureText(text).width : text.length * fontPx * 0.6);
  const plot = clone.querySelector(':scope > g');
  const { items, height } = legendLayout(legend, width, fontPx, measure, plot ? translation(plot)[0] : 0);
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${height})`);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'legend');
  for (const item of items) {
    const line = document.createElementNS(SVG_NS, 'line');
    for (const [name, value] of [['x1', item.x], ['x2', item.x + SWATCH], ['y1', item.lineY], ['y2', item.lineY], ['stroke', item.color], ['stroke-width', 2]] as const) line.setAttribute(name, String(value));
    if (item.dash) line.setAttribute('stroke-dasharray', item.dash);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(item.textX));
    text.setAttribute('y', String(item.baseline));
    text.setAttribute('fill', 'currentColor');
    text.textContent = item.label;
    group.append(line, text);
  }
  clone.append(group, body);
  return height;
}

/**
 * An SVG as a file of its own: fonts and colours written in, so it looks the same outside the
 * page, and the legend (which the page shows in HTML beside it) drawn in.
 */
export function standaloneSvg(svg: SVGSVGElement, legend: readonly LegendEntry[] = []): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  const box = svg.getBoundingClientRect();
  const fontPx = parseFloat(svg.getAttribute('font-size') ?? '') || parseFloat(style.fontSize) || 12;
  const legendHeight = legend.length > 0 ? addLegend(clone, legend, box.width, fontPx, style.fontFamily) : 0;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.ceil(box.width)));
  clone.setAttribute('height', String(Math.ceil(box.height + legendHeight)));
  clone.setAttribute('font-family', style.fontFamily);
  clone.setAttribute('color', style.color);
  clone.removeAttribute('class');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone).replace(/currentColor/g, style.color)}`;
}
