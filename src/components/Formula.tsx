/**
 * A formula typeset by KaTeX, loaded the first time a formula shows (a lesson, a tooltip), never
 * with the first screen. MathML output: the browser lays it out, no fonts or stylesheet to load,
 * and no inline styles for the page's Content-Security-Policy to refuse.
 */
import { useEffect, useState } from 'react';

type Render = (tex: string) => string;
let renderer: Promise<Render> | null = null;

/** KaTeX, once. The TeX is ours (lessons, registries), never the reader's. */
export function loadTypesetter(): Promise<Render> {
  renderer ??= import('katex').then(({ default: katex }) => (tex: string) => katex.renderToString(tex, { output: 'mathml', throwOnError: false }));
  return renderer;
}

export function Formula({ tex, className }: { tex: string; className?: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadTypesetter().then((render) => live && setHtml(render(tex)));
    return () => {
      live = false;
    };
  }, [tex]);
  // Until KaTeX has loaded, the TeX itself (readable enough for a moment).
  if (html === null) return <code className={`formula ${className ?? ''}`}>{tex}</code>;
  return <span className={`formula ${className ?? ''}`} data-testid="formula" dangerouslySetInnerHTML={{ __html: html }} />;
}
