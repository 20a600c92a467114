/**
 * The decision boundary can be drawn before React has built the page: the entry module draws
 * the worker's first picture into the prerendered page shell (app/earlyBoundary.ts), then the
 * page's own output plot takes that plot over instead of making a new one. The hand-over lives
 * here, between the two, so neither imports the other.
 */
import type { OutputPlotApi } from './outputPlot';

let early: OutputPlotApi | null = null;
let pageHasPlot = false;
let firstBoundaryMarked = false;

/** The page's plot is mounted: from now on it draws every picture. */
export function pageOwnsPlot(): boolean {
  return pageHasPlot;
}

/** A plot drawn before the page, for the page to take over. */
export function handOverEarlyPlot(plot: OutputPlotApi): void {
  if (pageHasPlot) plot.destroy();
  else early = plot;
}

/** The plot made before the page, moved into `host`, or null; the page owns the plot from now on. */
export function takeOverEarlyPlot(host: HTMLElement): OutputPlotApi | null {
  pageHasPlot = true;
  const plot = early;
  early = null;
  plot?.moveTo(host);
  return plot;
}

/**
 * The benchmark's "first decision boundary drawn", marked in the display frame that paints it:
 * now when the drawing happened in that frame's callback (`inDisplayFrame`), else at the start
 * of the next one.
 */
export function markFirstBoundary(inDisplayFrame: boolean): void {
  if (firstBoundaryMarked) return;
  firstBoundaryMarked = true;
  if (inDisplayFrame) performance.mark('first-boundary');
  else requestAnimationFrame(() => performance.mark('first-boundary'));
}
