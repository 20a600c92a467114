/** A dataset's picture for the chooser: its points as dots on a small canvas. Props in, pixels out. */
import { classColor, valueColor } from './colors';

export function drawPointsThumbnail(
  canvas: HTMLCanvasElement,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  labels: ArrayLike<number>,
  mode: 'binary' | 'regression' | 'classes',
  extent = 6,
): void {
  const size = canvas.width;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#f7f7f7';
  ctx.fillRect(0, 0, size, size);
  const r = Math.max(1, size / 48);
  for (let k = 0; k < labels.length; k++) {
    const px = ((xs[k] + extent) / (2 * extent)) * size;
    const py = ((extent - ys[k]) / (2 * extent)) * size;
    ctx.fillStyle = mode === 'classes' ? classColor(labels[k]) : valueColor(mode === 'binary' ? Math.sign(labels[k]) : labels[k]);
    ctx.beginPath();
    ctx.arc(px, py, r, 0, 2 * Math.PI);
    ctx.fill();
  }
}
