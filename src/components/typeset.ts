/**
 * KaTeX, loaded the first time a formula shows (a lesson, a tooltip), never with the first
 * screen. MathML output: the browser lays it out, no fonts or stylesheet to load, and no inline
 * styles for the page's Content-Security-Policy to refuse. No React here, so a tooltip's formula
 * does not pull the page's React into a chunk of its own.
 */
type Render = (tex: string) => string;
let renderer: Promise<Render> | null = null;

/** KaTeX, once. The TeX is ours (lessons, tipFormulas.ts), never the reader's. */
export function loadTypesetter(): Promise<Render> {
  renderer ??= import('katex').then(({ default: katex }) => (tex: string) => katex.renderToString(tex, { output: 'mathml', throwOnError: false }));
  return renderer;
}
