/**
 * Backpropagation, one example, step by step: pick a training point (on the output plot or
 * with the picker), then walk forward layer by layer, the loss, backward layer by layer, and the
 * update, with the selected element's formula and its numbers, and the numeric derivative of the
 * same element beside it. Buttons and the arrow keys move through the stages; each stage is a
 * few microseconds of arithmetic on the page's copy of the network.
 */
import { useMemo } from 'react';
import type { BackpropTrace, TrainPoint } from '../store/networkMirror';
import { BackpropDiagram, type DiagramValues } from './BackpropDiagram';
import { StageFormulas } from './BackpropFormulas';
import { useBackpropConfig, useBackpropPoint, useNumericGradient, useStageSelection, useStages, type BackpropConfig } from './backpropHooks';
import { num, sym, type NetworkView, type Stage } from './backpropSteps';
import { useMirror } from './insideHooks';
import { INSIDE_WORDS, type InsideWordKey } from '../i18n/insideWords';
import { useWords, type ViewT } from './useWords';

type T = ViewT<InsideWordKey>;

function stageName(t: T, stage: Stage, layers: number): string {
  const layerName = (l: number) => (l === layers ? t('output.title') : t('network.layer', { index: l }));
  switch (stage.kind) {
    case 'forward':
      return t('inside.backprop.forward', { layer: layerName(stage.layer) });
    case 'loss':
      return t('inside.backprop.loss');
    case 'backward':
      return t('inside.backprop.backward', { layer: layerName(stage.layer) });
    case 'update':
      return t('inside.backprop.update');
  }
}

export default function BackpropView() {
  const t = useWords(INSIDE_WORDS);
  const { mirror, ready, version } = useMirror();
  const c = useBackpropConfig();
  const sizes = useMemo(() => (ready ? mirror.sizes : []), [mirror, ready, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const layers = sizes.length - 1;
  const { k, count, choosePoint } = useBackpropPoint(mirror, ready);
  const trace = useMemo(() => (ready && k >= 0 ? mirror.trace(k) : null), [mirror, ready, version, k]); // eslint-disable-line react-hooks/exhaustive-deps
  const { stages, si, stage, go, onKey } = useStages(layers);
  const [selection, setSelection] = useStageSelection(stage, sizes);

  const netView = useMemo((): NetworkView | null => {
    if (!ready) return null;
    const p = mirror.params();
    return { weights: p.weights, biases: p.biases, sizes, head: c.head, activations: c.activations, batchNorm: c.batchNorm };
  }, [mirror, ready, version, sizes, c.head, c.activations, c.batchNorm]); // eslint-disable-line react-hooks/exhaustive-deps
  const preview = useMemo(() => (trace && stage.kind === 'update' ? mirror.preview(trace, c.learningRate) : null), [mirror, trace, stage.kind, c.learningRate]);
  const numeric = useNumericGradient(mirror, trace, stage, k, selection);

  if (!ready || !trace || !netView || layers < 1) {
    return (
      <div data-testid="backprop-view" className="backprop-view">
        <p className="hint">{count === 0 && ready ? t('inside.noPoints') : t('drawer.loading')}</p>
      </div>
    );
  }

  const nodeLabel = (l: number, i: number) => (l === 0 ? sym.a(0, i) : l === layers ? `y${i + 1}` : sym.a(l, i));
  const values = diagramValues(trace, netView, stage, preview?.weightsAfter ?? null);
  const last = stages.length - 1;
  return (
    <div data-testid="backprop-view" className="backprop-view" onKeyDown={onKey}>
      <PointPicker k={k} count={count} target={mirror.trainPoint(k)} head={c.head} choose={choosePoint} t={t} />
      <p className="hint">{t('inside.backprop.pickHint')}</p>
      {/* aria-disabled, not disabled: a button that disables itself under the keyboard's focus would drop the focus to the page. */}
      <div className="bp-stepper">
        <button type="button" className="text-button" data-testid="backprop-prev" onClick={() => go(si - 1)} aria-disabled={si === 0}>
          ← {t('inside.backprop.back')}
        </button>
        <span data-testid="backprop-stage" data-stage={stage.kind} aria-live="polite">
          {si + 1}/{stages.length}: {stageName(t, stage, layers)}
        </span>
        <button type="button" className="text-button" data-testid="backprop-next" onClick={() => go(si + 1)} aria-disabled={si === last}>
          {stage.kind === 'backward' && stage.layer === 1 ? t('inside.backprop.applyUpdate') : t('inside.backprop.next')} →
        </button>
      </div>
      <BackpropDiagram values={values} selection={selection} onSelect={setSelection} nodeLabel={nodeLabel} label={t('inside.backprop.diagram')} />
      <StageFormulas trace={trace} netView={netView} stage={stage} selection={selection} c={c} preview={preview} numeric={numeric} t={t} onSelect={setSelection} />
      {notesFor(c, t).map((n) => (
        <p key={n} className="hint" data-testid="backprop-note">
          {n}
        </p>
      ))}
      <p className="hint">{t('inside.backprop.keys')}</p>
    </div>
  );
}

/** What this walk-through leaves out of the run's real step, given the settings. */
function notesFor(c: BackpropConfig, t: T): string[] {
  return [
    c.dropout > 0 && t('inside.backprop.noDropout'),
    c.batchNorm && t('inside.backprop.batchNorm'),
    c.optimizer !== 'sgd' && t('inside.backprop.sgdOnly'),
    c.regularization !== 'none' && t('inside.backprop.noPenalty'),
  ].filter((n): n is string => typeof n === 'string');
}

interface PointPickerProps {
  k: number;
  count: number;
  target: TrainPoint | null;
  head: BackpropConfig['head'];
  choose(n: number): void;
  t: T;
}

/** The training point's number with the previous and next buttons, and where the point is. */
function PointPicker({ k, count, target, head, choose, t }: PointPickerProps) {
  return (
    <div className="bp-point">
      <label htmlFor="backprop-point">{t('inside.backprop.point')}</label>
      <button type="button" className="round-button" aria-label={t('inside.backprop.prevPoint')} onClick={() => choose(k - 1)} disabled={k <= 0}>
        ‹
      </button>
      <input id="backprop-point" data-testid="backprop-point" type="number" min={1} max={count} value={k + 1} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && choose(e.target.valueAsNumber - 1)} />
      <span>/ {count}</span>
      <button type="button" className="round-button" aria-label={t('inside.backprop.nextPoint')} onClick={() => choose(k + 1)} disabled={k >= count - 1}>
        ›
      </button>
      {target && <span className="hint">({num(target.x).replace(/0$/, '')}, {num(target.y).replace(/0$/, '')}) t = {head === 'softmax-xent' ? target.label + 1 : num(target.label).replace(/\.?0+$/, '')}</span>}
    </div>
  );
}

function diagramValues(trace: BackpropTrace, net: NetworkView, stage: Stage, after: Float64Array[] | null): DiagramValues {
  const layers = net.sizes.length - 1;
  const nodeValues: DiagramValues['nodeValues'] = [trace.input, ...trace.layers.map((l) => l.a)];
  let linkValues: ArrayLike<number>[] = net.weights;
  let linkIsGradient = net.weights.map(() => false);
  let activeLayer = -1;
  if (stage.kind === 'forward') {
    activeLayer = stage.layer;
    for (let l = stage.layer + 1; l <= layers; l++) nodeValues[l] = null;
  } else if (stage.kind === 'loss') {
    activeLayer = layers;
  } else if (stage.kind === 'backward') {
    activeLayer = stage.layer;
    for (let l = stage.layer; l <= layers; l++) nodeValues[l] = trace.layers[l - 1].delta;
    linkValues = trace.layers.map((t, i) => (i + 1 >= stage.layer ? t.weightDer : net.weights[i]));
    linkIsGradient = trace.layers.map((_, i) => i + 1 >= stage.layer);
  } else if (after) {
    linkValues = after;
  }
  return { sizes: net.sizes, nodeValues, linkValues, linkIsGradient, activeLayer };
}
