/**
 * The controls of each hidden layer, each above its own column of the diagram, as in TF
 * Playground: − and + for its neurons, the count, and its activation. Narrow columns (many
 * layers, a small screen) get the compact form: the buttons stacked and the activations' short names.
 */
import { useShallow } from 'zustand/react/shallow';
import type { DiagramLayout } from '../charts/networkDiagram';
import { ACTIVATIONS, MAX_NEURONS, type ActivationId } from '../config/config';
import { useStore } from '../store/store';
import { tipProps, useHidden } from './controls';
import { useT } from './useT';

/** Column pitch from which "4 neurons" is spelled out beside − and +. */
const WIDE_PITCH = 160;
/** Below this pitch − and + stack around the count. */
const COMPACT_PITCH = 80;
/** Below this width an activation menu shows the short names. */
const SHORT_NAMES_WIDTH = 112;

export function LayerHeads({ layout }: { layout: DiagramLayout | null }) {
  const t = useT();
  const { shape, activations } = useStore(useShallow((s) => ({ shape: s.config.networkShape, activations: s.config.activations })));
  const update = useStore((s) => s.updateConfig);
  const hideLayers = useHidden('numHiddenLayers');
  const hideActivation = useHidden('activation');
  // Until the diagram has laid out, or while it shows another shape, there is nowhere to put them.
  if (!layout || layout.columns.length !== shape.length + 2) return <div className="layer-heads" aria-hidden="true" />;
  const pitch = layout.columns.length > 1 ? layout.columns[1] - layout.columns[0] : layout.width;
  const compact = pitch < COMPACT_PITCH;
  const wide = pitch >= WIDE_PITCH;
  const width = Math.max(40, Math.min(pitch - 8, 150));
  const short = width < SHORT_NAMES_WIDTH;

  const setUnits = (l: number, units: number) => update({ networkShape: shape.map((u, k) => (k === l ? units : u)) });
  const setActivation = (l: number, a: ActivationId) => update({ activations: activations.map((x, k) => (k === l ? a : x)) });

  return (
    <div className={`layer-heads ${compact ? 'compact' : ''}`} style={{ width: layout.width }}>
      {shape.map((units, l) => {
        const layerName = t('network.layer', { index: l + 1 });
        return (
          <div key={l} className="layer-head" role="group" aria-label={layerName} data-testid={`layer-${l + 1}`} style={{ left: layout.columns[l + 1] - width / 2, width }}>
            {!hideLayers && (
              <span className="neuron-count">
                <button
                  type="button"
                  className="round-button small"
                  aria-label={`${t('network.removeNeuron')} (${layerName})`}
                  {...tipProps(t('tip.removeNeuron'))}
                  disabled={units <= 1}
                  onClick={() => setUnits(l, units - 1)}
                >
                  −
                </button>
                <span className="count" data-testid={`neurons-${l + 1}`} {...tipProps(units === 1 ? t('network.neuronCountOne') : t('network.neuronCount', { count: units }))}>
                  {!wide ? units : units === 1 ? t('network.neuronCountOne') : t('network.neuronCount', { count: units })}
                </span>
                <button
                  type="button"
                  className="round-button small"
                  aria-label={`${t('network.addNeuron')} (${layerName})`}
                  {...tipProps(t('tip.addNeuron'))}
                  disabled={units >= MAX_NEURONS}
                  onClick={() => setUnits(l, units + 1)}
                >
                  +
                </button>
              </span>
            )}
            {!hideActivation && (
              <select
                aria-label={`${t('network.activation')} (${layerName})`}
                {...tipProps(t(`tip.activation.${activations[l]}`))}
                data-testid={`activation-${l + 1}`}
                value={activations[l]}
                onChange={(e) => setActivation(l, e.target.value as ActivationId)}
              >
                {ACTIVATIONS.map((a) => (
                  <option key={a} value={a}>
                    {short ? t(`activationShort.${a}`) : t(`activation.${a}`)}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </div>
  );
}
