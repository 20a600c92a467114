/**
 * Inside the network: each activation in use with its derivative (the one of the layer under
 * the pointer picked out), gradient size per layer, each layer's spread, and a gradient check
 * the learner can run on the current network. Lives in the drawer.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ActivationPlot } from '../charts/ActivationPlot';
import { LayerHistograms, type LayerHistogramsHandle } from '../charts/LayerHistograms';
import type { ActivationId } from '../config/config';
import { ACTIVATION_REGISTRY, HEAD_REGISTRY } from '../store/registries';
import { useStore } from '../store/store';
import type { NeuronPictures } from '../worker/protocol';
import { tipProps } from './controls';
import { useRun, useRunView } from './runContext';
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

/** The layers (1-based) of each distinct activation, in the order they first appear. */
export function layersByActivation(activations: readonly ActivationId[]): { activation: ActivationId; layers: number[] }[] {
  const groups: { activation: ActivationId; layers: number[] }[] = [];
  activations.forEach((a, l) => {
    const group = groups.find((g) => g.activation === a);
    if (group) group.layers.push(l + 1);
    else groups.push({ activation: a, layers: [l + 1] });
  });
  return groups;
}

function ActivationPlots() {
  const t = useT();
  const activations = useStore((s) => s.config.activations);
  const focusLayer = useStore((s) => s.focusLayer);
  const groups = useMemo(() => layersByActivation(activations), [activations]);
  if (groups.length === 0) return null;
  return (
    <div className="activation-plots">
      {groups.map(({ activation, layers }) => (
        <figure key={activation} className={`activation-figure ${focusLayer !== null && layers.includes(focusLayer) ? 'focused' : ''}`} data-testid={`activation-plot-${activation}`} {...tipProps(t(`tip.activation.${activation}`))}>
          <figcaption>
            {groups.length > 1 || activations.length > 1 ? `${t('teach.layers', { layers: layers.join(', ') })}: ` : ''}
            {t(`activation.${activation}`)} — {t('teach.activationPlot')}
          </figcaption>
          <ActivationPlot fn={ACTIVATION_REGISTRY[activation].output} der={ACTIVATION_REGISTRY[activation].der} labels={{ f: 'f(x)', der: 'f′(x)' }} />
        </figure>
      ))}
    </div>
  );
}

function GradientBars() {
  const t = useT();
  const norms = useRunView((r) => r.gradNorms);
  if (norms.length === 0) return null;
  const { lo, hi } = gradientBarScale(norms);
  const width = (n: number) => (n > 0 && Number.isFinite(n) ? Math.max(2, ((Math.log10(n) - lo) / (hi - lo)) * 100) : 0);
  return (
    <figure className="grad-bars" {...tipProps(t('explain.vanishing'))}>
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
  const numClasses = useRunView((r) => r.numClasses);
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
      zeroWeights: (count: number) => t('teach.zeroWeights', { count }),
      layerName: (l: number) => (l === shape.length + 1 ? t('output.title') : t('network.layer', { index: l })),
    }),
    [t, shape.length],
  );
  return (
    <figure className="histograms" {...tipProps(t('tip.histograms'))}>
      <figcaption>{t('teach.histograms')}</figcaption>
      <LayerHistograms ref={chart} labels={labels} />
    </figure>
  );
}

function GradientCheck() {
  const t = useT();
  const run = useRun();
  const check = useRunView((r) => r.gradientCheck);
  return (
    <div className="grad-check">
      <button type="button" className="text-button" data-testid="gradient-check" {...tipProps(t('tip.gradCheck'))} onClick={run.gradientCheck}>
        {t('gradCheck.run')}
      </button>
      {check && (
        <p data-testid="gradient-check-result" className={check.maxRelativeError < GRAD_CHECK_PASS ? 'pass' : 'fail'}>
          {t('gradCheck.result', { value: check.maxRelativeError === 0 ? '0' : check.maxRelativeError.toExponential(2) })}{' '}
          {check.maxRelativeError < GRAD_CHECK_PASS ? t('gradCheck.pass') : t('gradCheck.fail')}
        </p>
      )}
    </div>
  );
}

export function TeachingPanel() {
  const t = useT();
  const { hideText, problem } = useStore(useShallow((s) => ({ hideText: s.config.hideText, problem: s.config.problem })));
  return (
    <section className="panel teaching-panel" aria-label={t('drawer.inside')}>
      {/* Regression has no accuracy to contrast with the loss. */}
      {!hideText && problem !== 'regression' && <p className="hint">{t('explain.accuracy')}</p>}
      <div className="teaching-row">
        <ActivationPlots />
        <GradientBars />
        <Distributions />
        <GradientCheck />
      </div>
    </section>
  );
}
