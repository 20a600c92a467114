/**
 * The network: add and remove layers and neurons, an activation per layer, and the diagram in
 * which every neuron shows its own picture. Frames reach the diagram through the hub.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NetworkDiagram, type NetworkDiagramHandle } from '../charts/NetworkDiagram';
import type { NetworkDiagramLabels } from '../charts/networkLabels';
import { drawFunctionPicture } from '../charts/featurePicture';
import { ACTIVATIONS, HEADS_BY_PROBLEM, MAX_HIDDEN_LAYERS, MAX_NEURONS, type ActivationId } from '../config/config';
import { FEATURE_REGISTRY, HEAD_REGISTRY } from '../store/registries';
import { MAIN_RUN, useStore } from '../store/store';
import type { NeuronPictures } from '../worker/protocol';
import { useHidden } from './controls';
import { useRun } from './runContext';
import { useT } from './useT';

/** Links the diagram repaints per detail frame before it starts skipping detail frames. */
const LINKS_PER_PAINT = 800;

/** How many of the hub's detail frames go by per diagram repaint while training. */
export function detailFramesPerPaint(links: number): number {
  return Math.max(1, Math.ceil(links / LINKS_PER_PAINT));
}

function LayerControls() {
  const t = useT();
  const { shape, activations } = useStore(useShallow((s) => ({ shape: s.config.networkShape, activations: s.config.activations })));
  const update = useStore((s) => s.updateConfig);
  const hideLayers = useHidden('numHiddenLayers');
  const hideActivation = useHidden('activation');

  const setLayer = (l: number, units: number) => update({ networkShape: shape.map((u, k) => (k === l ? units : u)) });
  const addLayer = () => {
    if (shape.length >= MAX_HIDDEN_LAYERS) return;
    const last = activations[activations.length - 1] ?? 'tanh';
    update({ networkShape: [...shape, Math.min(shape[shape.length - 1] ?? 2, MAX_NEURONS)], activations: [...activations, last] });
  };
  const removeLayer = () => {
    if (shape.length === 0) return;
    update({ networkShape: shape.slice(0, -1), activations: activations.slice(0, -1) });
  };
  const setActivation = (l: number, a: ActivationId) => update({ activations: activations.map((x, k) => (k === l ? a : x)) });

  return (
    <div className="layer-controls">
      {!hideLayers && (
        <div className="layer-count" title={t('tip.hiddenLayers')}>
          <button type="button" className="round-button" data-testid="remove-layer" aria-label={t('network.removeLayer')} title={t('tip.removeLayer')} disabled={shape.length === 0} onClick={removeLayer}>
            −
          </button>
          <span data-testid="layer-count">{shape.length === 1 ? t('network.hiddenLayerCountOne') : t('network.hiddenLayerCount', { count: shape.length })}</span>
          <button type="button" className="round-button" data-testid="add-layer" aria-label={t('network.addLayer')} title={t('tip.addLayer')} disabled={shape.length >= MAX_HIDDEN_LAYERS} onClick={addLayer}>
            +
          </button>
        </div>
      )}
      <ol className="layers">
        {shape.map((units, l) => (
          <li key={l} className="layer" data-testid={`layer-${l + 1}`}>
            <span className="layer-name">{t('network.layer', { index: l + 1 })}</span>
            {!hideLayers && (
              <span className="neuron-count" title={t('tip.neurons')}>
                <button type="button" className="round-button small" aria-label={`${t('network.removeNeuron')} (${t('network.layer', { index: l + 1 })})`} title={t('tip.removeNeuron')} disabled={units <= 1} onClick={() => setLayer(l, units - 1)}>
                  −
                </button>
                <span>{units === 1 ? t('network.neuronCountOne') : t('network.neuronCount', { count: units })}</span>
                <button type="button" className="round-button small" aria-label={`${t('network.addNeuron')} (${t('network.layer', { index: l + 1 })})`} title={t('tip.addNeuron')} disabled={units >= MAX_NEURONS} onClick={() => setLayer(l, units + 1)}>
                  +
                </button>
              </span>
            )}
            {!hideActivation && (
              <select
                aria-label={`${t('network.activation')} (${t('network.layer', { index: l + 1 })})`}
                title={t(`tip.activation.${activations[l]}`)}
                data-testid={`activation-${l + 1}`}
                value={activations[l]}
                onChange={(e) => setActivation(l, e.target.value as ActivationId)}
              >
                {ACTIVATIONS.map((a) => (
                  <option key={a} value={a}>
                    {t(`activation.${a}`)}
                  </option>
                ))}
              </select>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function NetworkPanel() {
  const t = useT();
  const run = useRun();
  const diagram = useRef<NetworkDiagramHandle>(null);
  const { features, shape, head, problem } = useStore(
    useShallow((s) => ({ features: s.config.features, shape: s.config.networkShape, head: s.config.outputHead, problem: s.config.problem })),
  );
  const numClasses = useStore((s) => s.runs[MAIN_RUN].numClasses);
  const headFits = HEADS_BY_PROBLEM[problem].includes(head);
  const outputs = HEAD_REGISTRY[head].units(numClasses);
  const layerSizes = useMemo(() => [features.length, ...shape, outputs], [features, shape, outputs]);
  const featureLabels = useMemo(() => features.map((f) => t(`feature.${f}`)), [features, t]);

  // While training the diagram (up to 2,000 SVG links and 131 pictures) repaints only on the
  // hub's detail frames, together with the curves and numbers; pictures that arrive between
  // them are kept for the next one. A big network repaints on every second or third detail
  // frame: repainting 2,000 links costs the browser tens of milliseconds, and at 3–5 times a
  // second the weights still visibly move.
  useEffect(() => {
    let pendingPictures: NeuronPictures | null = null;
    let skipped = 0;
    return run.hub.subscribe({
      frame: (frame, detail) => {
        if (frame.grids?.neurons) pendingPictures = frame.grids.neurons;
        if (!detail) return;
        if (frame.running && ++skipped < detailFramesPerPaint(frame.weights.length)) return;
        skipped = 0;
        const { config, runs } = useStore.getState();
        run.probe.sync(config, runs[MAIN_RUN].numClasses, frame);
        diagram.current?.update({ weights: frame.weights, biases: frame.biases, grids: pendingPictures });
        pendingPictures = null;
      },
    });
  }, [run]);

  // A new shape builds new canvases: give them the last pictures at once.
  useEffect(() => {
    const frame = run.hub.latestFrame;
    if (frame) diagram.current?.update({ weights: frame.weights, biases: frame.biases, grids: run.hub.latestNeurons });
  }, [layerSizes, run]);

  // Templates keep their {placeholders}: the diagram fills in the numbers.
  const labels = useMemo(
    (): NetworkDiagramLabels => ({
      weight: t('network.weight'),
      bias: t('network.bias'),
      input: t('network.input'),
      output: t('output.title'),
      hiddenNeuron: t('network.diagram.hiddenNeuron'),
      hiddenNeuronTitle: t('network.diagram.hiddenNeuronTitle'),
      outputClass: t('output.class'),
      outputClassTitle: t('network.diagram.outputClassTitle'),
      incomingWeights: t('network.diagram.incomingWeights'),
      preActivation: t('network.diagram.preActivation'),
      activation: t('network.diagram.activation'),
      featureValue: t('network.diagram.featureValue'),
      clickToEdit: t('network.editValue'),
      editHelp: t('network.diagram.editHelp'),
      invalidNumber: t('network.diagram.invalidNumber'),
      probeAt: t('network.diagram.probeAt'),
      probeHint: t('network.diagram.probeHint'),
      probeHintTouch: t('network.diagram.probeHintTouch'),
    }),
    [t],
  );

  return (
    <section className="panel network-panel" aria-labelledby="network-title">
      <h2 id="network-title" title={t('tip.hiddenLayers')}>
        {t('network.hiddenLayers')}
      </h2>
      <LayerControls />
      {headFits && (
        <NetworkDiagram
          ref={diagram}
          layerSizes={layerSizes}
          featureLabels={featureLabels}
          labels={labels}
          drawFeature={(i, canvas) => {
            const id = useStore.getState().config.features[i];
            if (id) drawFunctionPicture(canvas, FEATURE_REGISTRY[id].f, canvas.width || 32);
          }}
          onEditParam={(ref, value) => run.editParam({ type: 'set-param', ref, value })}
          getNeuronValues={(layer, index) => {
            const values = run.probe.valuesAt(layer, index);
            return values && run.probe.point ? { ...values, at: run.probe.point } : values;
          }}
          onHoverNeuron={(info) => run.probe.setActive(info !== null)}
        />
      )}
      <p className="hint" data-testid="network-hint">
        {t(`network.hint.${problem}`)}
      </p>
    </section>
  );
}
