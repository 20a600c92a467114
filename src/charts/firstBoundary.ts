/**
 * The benchmark's "first decision boundary drawn" (scripts/bench-browser.mjs reads it), marked
 * once by whichever plot draws the first boundary: the one in the prerendered shell
 * (app/earlyBoundary.ts), or the page's own when there is no shell (the dev server).
 */
let marked = false;

/**
 * Marks it in the display frame that paints it: now when the drawing happened in that frame's
 * callback (`inDisplayFrame`), else at the start of the next one.
 */
export function markFirstBoundary(inDisplayFrame: boolean): void {
  if (marked) return;
  marked = true;
  if (inDisplayFrame) performance.mark('first-boundary');
  else requestAnimationFrame(() => performance.mark('first-boundary'));
}
