/** The backpropagation view's formulas for the stage shown, with the selected element's numbers. */
import type { BackpropTrace, UpdatePreview } from '../store/networkMirror';
import type { BackpropConfig } from './backpropHooks';
import { deltaFormula, forwardFormula, lossFormula, num, sym, updateFormula, weightFormula, type NetworkView, type Selection, type Stage } from './backpropSteps';
import type { InsideWordKey } from '../i18n/insideWords';
import type { ViewT } from './useWords';

type T = ViewT<InsideWordKey>;

/** The numeric derivative agrees when it is this close, relative to the larger of 1 and the gradient. */
const AGREES = 1e-6;

const gradientOk = (analytic: number, n: number | null) => n !== null && Math.abs(analytic - n) <= AGREES * Math.max(1, Math.abs(analytic));

interface StageFormulasProps {
  trace: BackpropTrace;
  netView: NetworkView;
  stage: Stage;
  selection: Selection;
  c: BackpropConfig;
  preview: UpdatePreview | null;
  numeric: number | null;
  t: T;
  onSelect(s: Selection): void;
}

export function StageFormulas({ trace, netView, stage, selection, c, preview, numeric, t, onSelect }: StageFormulasProps) {
  return (
    <div className="bp-formulas" data-testid="backprop-formula">
      {stage.kind === 'forward' && forwardFormula(trace, netView, selection).map((line) => <p key={line}>{line}</p>)}
      {stage.kind === 'loss' && <p>{lossFormula(trace, c.head)}</p>}
      {stage.kind === 'backward' && <BackwardFormulas trace={trace} netView={netView} selection={selection} numeric={numeric} t={t} onSelect={onSelect} />}
      {stage.kind === 'update' && preview && <UpdateFormulas trace={trace} netView={netView} selection={selection} learningRate={c.learningRate} preview={preview} t={t} />}
    </div>
  );
}

function UpdateFormulas({ trace, netView, selection, learningRate, preview, t }: { trace: BackpropTrace; netView: NetworkView; selection: Selection; learningRate: number; preview: UpdatePreview; t: T }) {
  const { layer, to, from } = selection;
  const after = from < 0 ? preview.biasesAfter[layer - 1][to] : preview.weightsAfter[layer - 1][to * netView.sizes[layer - 1] + from];
  return (
    <>
      <p>{updateFormula(trace, netView, selection, learningRate, after)}</p>
      <p data-testid="backprop-loss-change" data-before={preview.lossBefore} data-after={preview.lossAfter}>
        {t('inside.backprop.lossChange', { before: num(preview.lossBefore), after: num(preview.lossAfter) })}
      </p>
      <p className="hint">{t('inside.backprop.updateNote')}</p>
    </>
  );
}

function BackwardFormulas({ trace, netView, selection, numeric, t, onSelect }: { trace: BackpropTrace; netView: NetworkView; selection: Selection; numeric: number | null; t: T; onSelect(s: Selection): void }) {
  const w = weightFormula(trace, netView, selection);
  const fanIn = netView.sizes[selection.layer - 1];
  return (
    <>
      <p>{deltaFormula(trace, netView, selection)}</p>
      <p data-testid="backprop-gradient" data-value={w.value}>
        {w.text}
      </p>
      <p data-testid="backprop-numeric" data-value={numeric ?? ''} className={gradientOk(w.value, numeric) ? 'pass' : 'fail'}>
        {t('inside.backprop.numeric', { value: numeric === null ? '–' : num(numeric) })} {gradientOk(w.value, numeric) ? t('inside.backprop.agrees') : t('inside.backprop.differs')}
      </p>
      <div className="bp-links" role="group" aria-label={t('inside.backprop.incoming')}>
        {Array.from({ length: fanIn + 1 }, (_, n) => {
          const from = n < fanIn ? n : -1;
          const label = from < 0 ? sym.b(selection.layer, selection.to) : sym.w(selection.layer, selection.to, from);
          return (
            <button key={from} type="button" className="chip" aria-pressed={selection.from === from} onClick={() => onSelect({ ...selection, from })}>
              {label}
            </button>
          );
        })}
      </div>
    </>
  );
}
