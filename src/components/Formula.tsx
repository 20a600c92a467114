/** A formula in a lesson, typeset by KaTeX (typeset.ts) once it has loaded. */
import { useEffect, useState } from 'react';
import { loadTypesetter } from './typeset';

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
