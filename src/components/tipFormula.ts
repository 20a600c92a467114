/** The tooltip's formula, typeset: loaded with KaTeX the first time a tooltip has one. */
import { loadTypesetter } from './typeset';
import { formulaTex, type FormulaKey } from './tipFormulas';

export async function typesetTipFormula(key: FormulaKey): Promise<string | null> {
  const tex = formulaTex(key);
  if (!tex) return null;
  const render = await loadTypesetter();
  return render(tex);
}
