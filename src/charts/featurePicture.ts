/** Paints a function of the plane (an input feature) on a small canvas, scaled to its own range. */
import { drawHeatmap } from './heatmap';

export function drawFunctionPicture(canvas: HTMLCanvasElement, f: (x: number, y: number) => number, size = 32, extent = 6): void {
  const values = new Float32Array(size * size);
  let max = 0;
  for (let r = 0; r < size; r++) {
    const y = extent - ((r + 0.5) * 2 * extent) / size;
    for (let c = 0; c < size; c++) {
      const x = -extent + ((c + 0.5) * 2 * extent) / size;
      const v = f(x, y);
      values[r * size + c] = v;
      max = Math.max(max, Math.abs(v));
    }
  }
  if (max > 0) for (let k = 0; k < values.length; k++) values[k] /= max;
  drawHeatmap(canvas, values, size, { mode: 'diverging' });
}
