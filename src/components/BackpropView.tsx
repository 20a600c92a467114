/**
 * Backpropagation, one example, step by step: pick a training point (on the output plot or
 * with the picker), then walk forward layer by layer, the loss, backward layer by layer, and the
 * update, with the selected element's formula and its numbers, and the numeric derivative of the
 * same element beside it. Buttons and the arrow keys move through the stages; each stage is a
 * few microseconds of arithmetic on the page's copy of the network.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLANE_EXTENT } from '../config/config';
import type { ParamRef } from '../store/networkMirror';
import { useStore } from '../store/store';
import { BackpropDiagram, type DiagramValues } from './BackpropDiagram';
import { deltaFormula, forwardFormula, lossFormula, num, stagesFor, sym, updateFormula, weightFormula, type NetworkView, type Selection, type Stage } from './backpropSteps';
import { useMirror } from './insideHooks';
import { useRun } from './runContext';
import { INSIDE_WORDS, type InsideWordKey } from '../i18n/insideWords';
import { useWords, type ViewT } from './useWords';

type T = ViewT<InsideWordKey>;

/** The numeric derivative agrees when it is this close, relative to the larger of 1 and the gradient. */
const AGREES = 1e-6;

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

/** The layer a stage works on, for keeping the selection there. */
const stageLayer = (stage: Stage, layers: number) => (stage.kind === 'forward' || stage.kind === 'backward' ? stage.layer : stage.kind === 'loss' ? layers : -1);

export default function BackpropView() {
  const t = useWords(INSIDE_WORDS);
  const run = useRun();
  const { mirror, ready, version } = useMirror();
  const c = useStore(
    useShallow((s) => ({
      head: s.config.outputHead,
      activations: s.config.activations,
      learningRate: s.config.learningRate,
      optimizer: s.config.optimizer,
      regularization: s.config.regularization,
      dropout: s.config.dropout,
      batchNorm: s.config.batchNorm,
    })),
  );
  const [point, setPoint] = useState(-1);
  const [stageIndex, setStageIndex] = useState(0);
  const [picked, setSelection] = useState<Selection>({ layer: 1, to: 0, from: 0 });

  const sizes = useMemo(() => (ready ? mirror.sizes : []), [mirror, ready, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const layers = sizes.length - 1;
  const count = ready ? mirror.trainCount : 0;
  // Until the learner picks one, the point the neuron cards read (the first training point by default).
  const suggested = useMemo(() => {
    if (!ready || count === 0) return -1;
    const p = run.probe.point;
    return p ? Math.max(0, mirror.nearestTrainPoint(p.x, p.y)) : 0;
  }, [ready, count, mirror, run]);

  // A click on the output plot picks the training point nearest to it.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const plot = e.target instanceof Element ? e.target.closest('[data-testid="output-plot"]') : null;
      const canvas = plot?.querySelector('canvas');
      if (!canvas) return;
      const r = canvas.getBoundingClientRect();
      const u = (e.clientX - r.left) / r.width;
      const v = (e.clientY - r.top) / r.height;
      if (u < 0 || u > 1 || v < 0 || v > 1) return;
      const k = mirror.nearestTrainPoint(PLANE_EXTENT * (2 * u - 1), PLANE_EXTENT * (1 - 2 * v));
      if (k >= 0) setPoint(k);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [mirror]);

  const k = point >= 0 && point < count ? point : suggested;
  const trace = useMemo(() => (ready && k >= 0 ? mirror.trace(k) : null), [mirror, ready, version, k]); // eslint-disable-line react-hooks/exhaustive-deps
  const stages = useMemo(() => stagesFor(Math.max(1, layers)), [layers]);
  const si = Math.min(stageIndex, stages.length - 1);
  const stage = stages[si];

  // The selection stays in the layer the stage works on, and inside the network's shape.
  const selection = useMemo((): Selection => {
    if (layers < 1) return picked;
    const want = stageLayer(stage, layers);
    const layer = want > 0 ? want : Math.min(Math.max(1, picked.layer), layers);
    const to = Math.min(layer === picked.layer ? picked.to : 0, sizes[layer] - 1);
    const from = Math.min(layer === picked.layer ? picked.from : 0, sizes[layer - 1] - 1);
    return { layer, to, from };
  }, [picked, stage, layers, sizes]);

  const netView = useMemo((): NetworkView | null => {
    if (!ready) return null;
    const p = mirror.params();
    return { weights: p.weights, biases: p.biases, sizes, head: c.head, activations: c.activations, batchNorm: c.batchNorm };
  }, [mirror, ready, version, sizes, c.head, c.activations, c.batchNorm]); // eslint-disable-line react-hooks/exhaustive-deps

  const preview = useMemo(() => (trace && stage.kind === 'update' ? mirror.preview(trace, c.learningRate) : null), [mirror, trace, stage.kind, c.learningRate]);
  const ref: ParamRef = selection.from < 0 ? { kind: 'bias', layer: selection.layer, neuron: selection.to } : { kind: 'weight', layer: selection.layer, to: selection.to, from: selection.from };
  const numeric = useMemo(
    () => (trace && stage.kind === 'backward' ? mirror.numeric(k, ref) : null),
    [mirror, trace, stage.kind, k, ref.kind, ref.layer, selection.to, selection.from], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const go = (next: number) => setStageIndex(Math.max(0, Math.min(stages.length - 1, next)));
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const moves: Record<string, number> = { ArrowRight: si + 1, ArrowLeft: si - 1, Home: 0, End: stages.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    // The classroom keys use the arrows for the lesson's steps; here they move through the stages.
    e.stopPropagation();
    go(moves[e.key]);
  };
  const choosePoint = (n: number) => {
    const next = Math.max(0, Math.min(count - 1, n));
    setPoint(next);
    const p = mirror.trainPoint(next);
    if (p) run.probe.setPoint({ x: p.x, y: p.y }, true);
  };

  if (!ready || !trace || !netView || layers < 1) {
    return (
      <div data-testid="backprop-view" className="backprop-view">
        <p className="hint">{count === 0 && ready ? t('inside.noPoints') : t('drawer.loading')}</p>
      </div>
    );
  }

  const nodeLabel = (l: number, i: number) => (l === 0 ? sym.a(0, i) : l === layers ? `y${i + 1}` : sym.a(l, i));
  const values = diagramValues(trace, netView, stage, preview?.weightsAfter ?? null);
  const gradientOk = (analytic: number, n: number | null) => n !== null && Math.abs(analytic - n) <= AGREES * Math.max(1, Math.abs(analytic));
  const target = mirror.trainPoint(k);
  const notes = [
    c.dropout > 0 && t('inside.backprop.noDropout'),
    c.batchNorm && t('inside.backprop.batchNorm'),
    c.optimizer !== 'sgd' && t('inside.backprop.sgdOnly'),
    c.regularization !== 'none' && t('inside.backprop.noPenalty'),
  ].filter((n): n is string => typeof n === 'string');

  return (
    <div data-testid="backprop-view" className="backprop-view" onKeyDown={onKey}>
      <div className="bp-point">
        <label htmlFor="backprop-point">{t('inside.backprop.point')}</label>
        <button type="button" className="round-button" aria-label={t('inside.backprop.prevPoint')} onClick={() => choosePoint(k - 1)} disabled={k <= 0}>
          ‹
        </button>
        <input id="backprop-point" data-testid="backprop-point" type="number" min={1} max={count} value={k + 1} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && choosePoint(e.target.valueAsNumber - 1)} />
        <span>/ {count}</span>
        <button type="button" className="round-button" aria-label={t('inside.backprop.nextPoint')} onClick={() => choosePoint(k + 1)} disabled={k >= count - 1}>
          ›
        </button>
        {target && <span className="hint">({num(target.x).replace(/0$/, '')}, {num(target.y).replace(/0$/, '')}) t = {c.head === 'softmax-xent' ? target.label + 1 : num(target.label).replace(/\.?0+$/, '')}</span>}
      </div>
      <p className="hint">{t('inside.backprop.pickHint')}</p>
      {/* aria-disabled, not disabled: a button that disables itself under the keyboard's focus would drop the focus to the page. */}
      <div className="bp-stepper">
        <button type="button" className="text-button" data-testid="backprop-prev" onClick={() => go(si - 1)} aria-disabled={si === 0}>
          ← {t('inside.backprop.back')}
        </button>
        <span data-testid="backprop-stage" data-stage={stage.kind} aria-live="polite">
          {si + 1}/{stages.length}: {stageName(t, stage, layers)}
        </span>
        <button type="button" className="text-button" data-testid="backprop-next" onClick={() => go(si + 1)} aria-disabled={si === stages.length - 1}>
          {stage.kind === 'backward' && stage.layer === 1 ? t('inside.backprop.applyUpdate') : t('inside.backprop.next')} →
        </button>
      </div>
      <BackpropDiagram values={values} selection={selection} onSelect={setSelection} nodeLabel={nodeLabel} label={t('inside.backprop.diagram')} />
      <div className="bp-formulas" data-testid="backprop-formula">
        {stage.kind === 'forward' && forwardFormula(trace, netView, selection).map((line) => <p key={line}>{line}</p>)}
        {stage.kind === 'loss' && <p>{lossFormula(trace, c.head)}</p>}
        {stage.kind === 'backward' && (
          <BackwardFormulas trace={trace} netView={netView} selection={selection} numeric={numeric} ok={gradientOk} t={t} onSelect={setSelection} />
        )}
        {stage.kind === 'update' && preview && (
          <>
            <p>{updateFormula(trace, netView, selection, c.learningRate, selection.from < 0 ? preview.biasesAfter[selection.layer - 1][selection.to] : preview.weightsAfter[selection.layer - 1][selection.to * sizes[selection.layer - 1] + selection.from])}</p>
            <p data-testid="backprop-loss-change" data-before={preview.lossBefore} data-after={preview.lossAfter}>
              {t('inside.backprop.lossChange', { before: num(preview.lossBefore), after: num(preview.lossAfter) })}
            </p>
            <p className="hint">{t('inside.backprop.updateNote')}</p>
          </>
        )}
      </div>
      {notes.map((n) => (
        <p key={n} className="hint" data-testid="backprop-note">
          {n}
        </p>
      ))}
      <p className="hint">{t('inside.backprop.keys')}</p>
    </div>
  );
}

function BackwardFormulas({
  trace,
  netView,
  selection,
  numeric,
  ok,
  t,
  onSelect,
}: {
  trace: NonNullable<ReturnType<ReturnType<typeof useMirror>['mirror']['trace']>>;
  netView: NetworkView;
  selection: Selection;
  numeric: number | null;
  ok: (analytic: number, numeric: number | null) => boolean;
  t: T;
  onSelect(s: Selection): void;
}) {
  const w = weightFormula(trace, netView, selection);
  const fanIn = netView.sizes[selection.layer - 1];
  return (
    <>
      <p>{deltaFormula(trace, netView, selection)}</p>
      <p data-testid="backprop-gradient" data-value={w.value}>
        {w.text}
      </p>
      <p data-testid="backprop-numeric" data-value={numeric ?? ''} className={ok(w.value, numeric) ? 'pass' : 'fail'}>
        {t('inside.backprop.numeric', { value: numeric === null ? '–' : num(numeric) })} {ok(w.value, numeric) ? t('inside.backprop.agrees') : t('inside.backprop.differs')}
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

function diagramValues(trace: NonNullable<ReturnType<ReturnType<typeof useMirror>['mirror']['trace']>>, net: NetworkView, stage: Stage, after: Float64Array[] | null): DiagramValues {
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
