/**
 * A surface over the plane drawn in 3-D on a plain 2-D canvas: an orthographic view turned by
 * `yaw` about the vertical and tilted by `pitch`, the grid's cells painted back to front
 * (the painter's algorithm), coloured as the output plot colours them, with points as dots at
 * their heights. Props in, pixels out; nothing but arithmetic and fillRect-sized paths.
 */
import { rgb } from 'd3-color';
import { CLASS_COLORS, divergingScale } from './colors';

export interface SurfaceData {
  /** side × side values, row 0 at the top of the plane (y = +extent), as the worker's grids. */
  values: ArrayLike<number>;
  side: number;
  /** Values in [lo, hi] fill the height; outside it they are clamped. */
  lo: number;
  hi: number;
  /** Points as x, y in [−1, 1] (the plane scaled) and h in [lo, hi]; each coloured by its value. */
  points: { x: number; y: number; h: number }[];
  /** Colour of a cell with a value: the diverging map, or one class's colour by probability. */
  classColour?: number;
}

export interface View {
  /** Degrees about the vertical. */
  yaw: number;
  /** Degrees above the plane (0: edge on, 90: from above). */
  pitch: number;
}

/** Cells per side drawn: enough for a smooth surface, few enough to redraw while dragging. */
const DRAWN = 40;

export function projector(view: View, scale: number, cx: number, cy: number) {
  const a = (view.yaw * Math.PI) / 180;
  const p = (view.pitch * Math.PI) / 180;
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const cp = Math.cos(p);
  const sp = Math.sin(p);
  /** x, y in [−1, 1] over the plane, z in [−1, 1] up: screen x, y and depth (larger is nearer). */
  return (x: number, y: number, z: number) => {
    const rx = x * ca - y * sa;
    const ry = x * sa + y * ca;
    return { sx: cx + scale * rx, sy: cy - scale * (z * cp * 0.55 + ry * sp), depth: -ry * cp + z * sp * 0.55 };
  };
}

type Project = ReturnType<typeof projector>;
/** Something to paint, back to front: a cell of the surface or a point. */
type Item = { depth: number; draw(): void };

/** How a value reads: its height in [−1, 1] (clamped; 0 when not finite) and its colour. */
interface SurfaceLook {
  height(v: number): number;
  colourOf(v: number): string;
}

function surfaceLook(data: SurfaceData): SurfaceLook {
  const span = data.hi - data.lo || 1;
  const height = (v: number) => (Number.isFinite(v) ? Math.max(-1, Math.min(1, (2 * (v - data.lo)) / span - 1)) : 0);
  const colourOf = (v: number) => {
    const t = height(v);
    if (data.classColour === undefined) return divergingScale(t);
    const c = rgb(CLASS_COLORS[data.classColour % CLASS_COLORS.length]);
    const k = (t + 1) / 2;
    return `rgb(${Math.round(255 + (c.r - 255) * k)},${Math.round(255 + (c.g - 255) * k)},${Math.round(255 + (c.b - 255) * k)})`;
  };
  return { height, colourOf };
}

/** The n × n cells drawn, each a quadrilateral through its corners' heights, coloured by its centre's value. */
function cellItems(ctx: CanvasRenderingContext2D, data: SurfaceData, n: number, project: Project, { height, colourOf }: SurfaceLook): Item[] {
  const sample = (r: number, c: number) => {
    const rr = Math.min(data.side - 1, Math.round((r / n) * (data.side - 1)));
    const cc = Math.min(data.side - 1, Math.round((c / n) * (data.side - 1)));
    return data.values[rr * data.side + cc];
  };
  const items: Item[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const corners = [
        [c, r],
        [c + 1, r],
        [c + 1, r + 1],
        [c, r + 1],
      ].map(([cc, rr]) => project((2 * cc) / n - 1, 1 - (2 * rr) / n, height(sample(rr, cc))));
      const v = sample(r + 0.5, c + 0.5);
      const depth = corners.reduce((s, p) => s + p.depth, 0) / 4;
      items.push({
        depth,
        draw() {
          ctx.beginPath();
          ctx.moveTo(corners[0].sx, corners[0].sy);
          for (let k = 1; k < 4; k++) ctx.lineTo(corners[k].sx, corners[k].sy);
          ctx.closePath();
          ctx.fillStyle = colourOf(v);
          ctx.fill();
          ctx.strokeStyle = 'rgba(0,0,0,0.08)';
          ctx.stroke();
        },
      });
    }
  }
  return items;
}

/** The points as dots, just in front of the surface at their own height. */
function pointItems(ctx: CanvasRenderingContext2D, data: SurfaceData, project: Project, { height, colourOf }: SurfaceLook): Item[] {
  return data.points.map((pt) => {
    const p = project(pt.x, pt.y, height(pt.h));
    return {
      depth: p.depth + 0.01,
      draw() {
        ctx.beginPath();
        ctx.arc(p.sx, p.sy, 3, 0, 2 * Math.PI);
        ctx.fillStyle = colourOf(pt.h);
        ctx.fill();
        ctx.strokeStyle = '#222';
        ctx.lineWidth = 1;
        ctx.stroke();
      },
    };
  });
}

/** The plane's frame at the bottom, so the height reads against it. */
function drawFrame(ctx: CanvasRenderingContext2D, project: Project): void {
  ctx.strokeStyle = '#888';
  ctx.beginPath();
  [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
    [-1, -1],
  ].forEach(([x, y], k) => {
    const p = project(x, y, -1);
    if (k === 0) ctx.moveTo(p.sx, p.sy);
    else ctx.lineTo(p.sx, p.sy);
  });
  ctx.stroke();
}

export function drawSurface(canvas: HTMLCanvasElement, data: SurfaceData, view: View): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const w = canvas.width;
  const h = canvas.height;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  const project = projector(view, Math.min(w, h) * 0.34, w / 2, h / 2);
  const look = surfaceLook(data);
  const items = [...cellItems(ctx, data, Math.min(DRAWN, data.side), project, look), ...pointItems(ctx, data, project, look)];
  items.sort((a, b) => a.depth - b.depth);
  for (const item of items) item.draw();
  drawFrame(ctx, project);
}
