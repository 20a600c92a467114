/**
 * Dead and saturated neurons, counted per layer here and marked on the diagram, recomputed from
 * the training points on each detail frame while the view is open (a forward pass over 250 points
 * on the page's copy: well under a millisecond). Closed, it computes nothing and marks nothing.
 */
import { useEffect, useMemo } from 'react';
import { overlayFor } from '../store/insideOverlay';
import { useMirror } from './insideHooks';
import { useRun } from './runContext';
import { INSIDE_WORDS } from '../i18n/insideWords';
import { useWords } from './useWords';

export default function NeuronHealthView() {
  const t = useWords(INSIDE_WORDS);
  const run = useRun();
  const { mirror, ready, version } = useMirror();
  const health = useMemo(() => (ready ? mirror.health() : null), [mirror, ready, version]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    overlayFor(run.runId).set({ marks: health ? health.states : null });
  }, [run, health]);
  useEffect(() => () => overlayFor(run.runId).set({ marks: null }), [run]);

  return (
    <div data-testid="neuron-health" className="health-view">
      <p className="hint">{t('inside.health.explain')}</p>
      {health && health.states.length === 0 && <p>{t('inside.health.none')}</p>}
      {health && health.states.length > 0 && (
        <table className="health-table">
          <thead>
            <tr>
              <th scope="col">{t('inside.health.layer')}</th>
              <th scope="col">{t('inside.health.dead')}</th>
              <th scope="col">{t('inside.health.saturated')}</th>
            </tr>
          </thead>
          <tbody>
            {health.states.map((s, l) => (
              <tr key={l} data-testid={`neuron-health-layer-${l + 1}`}>
                <th scope="row">{l + 1}</th>
                <td data-testid="dead-count" data-value={health.dead[l]}>
                  {health.dead[l]} / {s.length}
                </td>
                <td data-testid="saturated-count" data-value={health.saturated[l]}>
                  {health.saturated[l]} / {s.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
