/**
 * The ideas behind what is on screen: the activation and its derivative, gradient size per
 * layer, each layer's spread, and a gradient check the learner can run on the current network.
 * (The notes on the settings' classic lessons sit under the run bar: LessonNotes.)
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ActivationPlot } from '../charts/ActivationPlot';
import { LayerHistograms, type LayerHistogramsHandle } from '../charts/LayerHistograms';
import { ACTIVATION_REGISTRY, HEAD_REGISTRY } from '../store/registries';
import { MAIN_RUN, useStore } from '../store/store';
import type { NeuronPictures } from '../worker/protocol';
import { useRun } from './runContext';
import { useT } from './useT';

const GRAD_CHECK_PASS = 1e-5;

/**
 * Where each layer's bar starts and ends on a log scale: from a decade below the smallest
 * gradient to the largest, so three decades of vanishing read as a clear staircase.
 */
export function gradientBarScale(norms: readonly number[]): { lo: number; hi: number } {
  const logs = norms.filter((n) => n > 0 && Number.isFinite(n)).map(Math.log10);
  if (logs.length === 0) return { lo: -1, hi: 0 };
  const hi = Math.max(...logs);
  return { lo: Math.min(...logs) - 1, hi };
}

function GradientBars() {
  const t = useT();
  const norms = useStore(useShallow((s) => s.runs[MAIN_RUN].gradNorms));
  if (norms.length === 0) return null;
  const { lo, hi } = gradientBarScale(norms);
  const width = (n: number) => (n > 0 && Number.isFinite(n) ? Math.max(2, ((Math.log10(n) - lo) / (hi - lo)) * 100) : 0);
  return (
    <figure className="grad-bars" title={t('explain.vanishing')}>
      <figcaption>{t('teach.gradNorms')}</figcaption>
      <ol>
        {norms.map((n, l) => (
          <li key={l}>
            <span className="bar-label">{l === norms.length - 1 ? t('output.title') : t('network.layer', { index: l + 1 })}</span>
            <span className="bar" style={{ width: `${width(n)}%` }} />
            <span className="bar-value">{!Number.isFinite(n) ? '–' : n > 0 ? n.toExponential(1) : '0'}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

const histogramsOf = (n: NeuronPictures) => ({ bins: n.histogramBins, counts: n.activationCounts, domains: n.activationDomains });

/** Each layer's activations and weights as histograms, redrawn on the hub's detail frames. */
function Distributions() {
  const t = useT();
  const run = useRun();
  const chart = useRef<LayerHistogramsHandle>(null);
  const { features, shape, head } = useStore(useShallow((s) => ({ features: s.config.features.length, shape: s.config.networkShape, head: s.config.outputHead })));
  const numClasses = useStore((s) => s.runs[MAIN_RUN].numClasses);
  const layerSizes = useMemo(() => [features, ...shape, HEAD_REGISTRY[head].units(numClasses)], [features, shape, head, numClasses]);
  const sizesRef = useRef(layerSizes);

  // A new shape redraws at once from the last frame; frames of the old shape are skipped by the chart.
  useLayoutEffect(() => {
    sizesRef.current = layerSizes;
    const frame = run.hub.latestFrame;
    const neurons = run.hub.latestNeurons;
    if (frame) chart.current?.update({ activations: neurons && histogramsOf(neurons), weights: frame.weights, layerSizes });
  }, [layerSizes, run]);

  useEffect(() => {
    let activations: ReturnType<typeof histogramsOf> | null = null;
    return run.hub.subscribe({
      restart: () => {
        activations = null;
      },
      frame: (frame, detail) => {
        if (frame.grids?.neurons) activations = histogramsOf(frame.grids.neurons);
        if (detail) chart.current?.update({ activations, weights: frame.weights, layerSizes: sizesRef.current });
      },
    });
  }, [run]);

  const labels = useMemo(
    () => ({
      activations: t('teach.activations'),
      weights: t('teach.weights'),
      layerName: (l: number) => (l === shape.length + 1 ? t('output.title') : t('network.layer', { index: l })),
    }),
    [t, shape.length],
  );
  return (
    <figure className="histograms" title={t('tip.histograms')}>
      <figcaption>{t('teach.histograms')}</figcaption>
      <LayerHistograms ref={chart} labels={labels} />
    </figure>
  );
}

export function TeachingPanel() {
  const t = useT();
  const run = useRun();
  const { activations, hideText, problem } = useStore(
    useShallow((s) => ({ activations: s.config.activations, hideText: s.config.hideText, problem: s.config.problem })),
  );
  const check = useStore((s) => s.runs[MAIN_RUN].gradientCheck);
  const shown = activations[0];

  return (
    <section className="panel teaching-panel" aria-labelledby="teach-title">
      <h2 id="teach-title">{t('teach.title')}</h2>
      {/* Regression has no accuracy to contrast with the loss. */}
      {!hideText && problem !== 'regression' && <p className="hint">{t('explain.accuracy')}</p>}
      <div className="teaching-row">
        {shown && (
          <figure className="activation-figure">
            <figcaption>
              {t(`activation.${shown}`)}: {t('teach.activationPlot')}
            </figcaption>
            <ActivationPlot fn={ACTIVATION_REGISTRY[shown].output} der={ACTIVATION_REGISTRY[shown].der} labels={{ f: 'f(x)', der: 'f′(x)' }} />
          </figure>
        )}
        <GradientBars />
        <Distributions />
        <div className="grad-check">
          <button type="button" data-testid="gradient-check" title={t('tip.gradCheck')} onClick={run.gradientCheck}>
            {t('gradCheck.run')}
          </button>
          {check && (
            <p data-testid="gradient-check-result" className={check.maxRelativeError < GRAD_CHECK_PASS ? 'pass' : 'fail'}>
              {t('gradCheck.result', { value: check.maxRelativeError === 0 ? '0' : check.maxRelativeError.toExponential(2) })}{' '}
              {check.maxRelativeError < GRAD_CHECK_PASS ? t('gradCheck.pass') : t('gradCheck.fail')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
