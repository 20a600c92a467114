/**
 * The network, the wide centre of the page: the layer count, each layer's controls above its
 * own column, and the diagram in which every neuron shows its own picture, as large as the
 * panel allows. Frames reach the diagram through the hub.
 */
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NetworkDiagram, type NetworkDiagramHandle } from '../charts/NetworkDiagram';
import type { DiagramLayout } from '../charts/networkDiagram';
import { drawFunctionPicture } from '../charts/featurePicture';
import { HEADS_BY_PROBLEM, MAX_HIDDEN_LAYERS, MAX_NEURONS } from '../config/config';
import { FEATURE_REGISTRY, HEAD_REGISTRY } from '../store/registries';
import { useStore } from '../store/store';
import { tipProps, useHidden } from './controls';
import { LayerHeads } from './LayerHeads';
import { useDiagramMarks } from './insideOverlayHooks';
import { useDiagramFrames, useDiagramLabels } from './networkHooks';
import { useRun, useRunView } from './runContext';
import { useT } from './useT';

function LayerCount() {
  const t = useT();
  const { shape, activations } = useStore(useShallow((s) => ({ shape: s.config.networkShape, activations: s.config.activations })));
  const update = useStore((s) => s.updateConfig);
  const hidden = useHidden('numHiddenLayers');
  if (hidden) return null;
  const addLayer = () => {
    if (shape.length >= MAX_HIDDEN_LAYERS) return;
    const last = activations[activations.length - 1] ?? 'tanh';
    update({ networkShape: [...shape, Math.min(shape[shape.length - 1] ?? 2, MAX_NEURONS)], activations: [...activations, last] });
  };
  const removeLayer = () => {
    if (shape.length === 0) return;
    update({ networkShape: shape.slice(0, -1), activations: activations.slice(0, -1) });
  };
  return (
    <div className="layer-count" {...tipProps(t('tip.hiddenLayers'))}>
      <button type="button" className="round-button" data-testid="remove-layer" aria-label={t('network.removeLayer')} disabled={shape.length === 0} onClick={removeLayer}>
        −
      </button>
      <span data-testid="layer-count">{shape.length === 1 ? t('network.hiddenLayerCountOne') : t('network.hiddenLayerCount', { count: shape.length })}</span>
      <button type="button" className="round-button" data-testid="add-layer" aria-label={t('network.addLayer')} disabled={shape.length >= MAX_HIDDEN_LAYERS} onClick={addLayer}>
        +
      </button>
    </div>
  );
}

export function NetworkPanel() {
  const t = useT();
  const run = useRun();
  const diagram = useRef<NetworkDiagramHandle>(null);
  const [layout, setLayout] = useState<DiagramLayout | null>(null);
  const { features, shape, head, problem } = useStore(
    useShallow((s) => ({ features: s.config.features, shape: s.config.networkShape, head: s.config.outputHead, problem: s.config.problem })),
  );
  const numClasses = useRunView((r) => r.numClasses);
  const headFits = HEADS_BY_PROBLEM[problem].includes(head);
  const outputs = HEAD_REGISTRY[head].units(numClasses);
  const layerSizes = useMemo(() => [features.length, ...shape, outputs], [features, shape, outputs]);
  const featureLabels = useMemo(() => features.map((f) => t(`feature.${f}`)), [features, t]);
  const labels = useDiagramLabels();
  useDiagramFrames(diagram, layerSizes);
  useDiagramMarks(diagram);

  return (
    <section className="panel network-panel" aria-labelledby="network-title">
      <div className="panel-head">
        <h2 id="network-title" {...tipProps(t('tip.hiddenLayers'))}>
          {t('network.hiddenLayers')}
        </h2>
        <LayerCount />
      </div>
      {headFits && (
        <div className="network-scroll">
          <LayerHeads layout={layout} />
          <NetworkDiagram
            ref={diagram}
            className="diagram-host"
            layerSizes={layerSizes}
            featureLabels={featureLabels}
            labels={labels}
            onLayout={setLayout}
            drawFeature={(i, canvas) => {
              const id = useStore.getState().config.features[i];
              if (id) drawFunctionPicture(canvas, FEATURE_REGISTRY[id].f, canvas.width || 32);
            }}
            onEditParam={(ref, value) => run.editParam({ type: 'set-param', ref, value })}
            getNeuronValues={(layer, index) => {
              const values = run.probe.valuesAt(layer, index);
              return values && run.probe.point ? { ...values, at: run.probe.point } : values;
            }}
            onHoverNeuron={(info) => {
              run.probe.setActive(info !== null);
              // Inputs (layer 0) have no activation to pick out.
              useStore.getState().setFocusLayer(info && info.layer > 0 && info.layer <= shape.length ? info.layer : null);
            }}
          />
        </div>
      )}
      <p className="hint network-hint" data-testid="network-hint" {...tipProps(t(`network.hint.${problem}`))}>
        {t(`network.legend.${problem}`)}
      </p>
    </section>
  );
}
