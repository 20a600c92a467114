/**
 * With every hidden layer linear, the single layer the network equals: W_eff and b_eff from the
 * weights, and its boundary drawn on the output plot over the network's own. Once a layer is
 * non-linear, the view says the collapse no longer applies.
 */
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { overlayFor } from '../store/insideOverlay';
import { useStore } from '../store/store';
import { num } from './backpropSteps';
import { useMirror } from './insideHooks';
import { useRun } from './runContext';
import { INSIDE_WORDS } from '../i18n/insideWords';
import { useWords } from './useWords';

export default function LinearCollapseView() {
  const t = useWords(INSIDE_WORDS);
  const run = useRun();
  const { mirror, ready, version } = useMirror();
  const { features, activations } = useStore(useShallow((s) => ({ features: s.config.features, activations: s.config.activations })));
  const collapsed = useMemo(() => (ready ? mirror.collapse() : null), [mirror, ready, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const segment = useMemo(() => (collapsed ? mirror.boundary(collapsed) : null), [mirror, collapsed]);
  const applies = activations.every((a) => a === 'linear');

  useEffect(() => {
    const channel = overlayFor(run.runId);
    channel.set({ boundary: applies ? segment : null });
  }, [run, segment, applies]);
  useEffect(() => () => overlayFor(run.runId).set({ boundary: null }), [run]);

  const nonLinear = activations.map((a, l) => (a === 'linear' ? null : l + 1)).filter((l): l is number => l !== null);
  return (
    <div data-testid="linear-collapse" data-applies={String(applies)} className="collapse-view">
      {!applies ? (
        <p data-testid="linear-collapse-status">{t('inside.collapse.notApplies', { layers: nonLinear.join(', ') })}</p>
      ) : (
        <>
          <p data-testid="linear-collapse-status">{t('inside.collapse.why')}</p>
          {collapsed && (
            <table className="collapse-table" data-testid="linear-collapse-weights">
              <caption>{t('inside.collapse.weights')}</caption>
              <thead>
                <tr>
                  <td />
                  {features.map((f) => (
                    <th key={f} scope="col">
                      {t(`feature.${f}`)}
                    </th>
                  ))}
                  <th scope="col">{t('inside.collapse.bias')}</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: collapsed.outputs }, (_, u) => (
                  <tr key={u}>
                    <th scope="row">{collapsed.outputs > 1 ? t('output.class', { index: u + 1 }) : 'z'}</th>
                    {features.map((f, i) => (
                      <td key={f} data-value={collapsed.weights[u * collapsed.inputs + i]}>
                        {num(collapsed.weights[u * collapsed.inputs + i])}
                      </td>
                    ))}
                    <td data-value={collapsed.biases[u]}>{num(collapsed.biases[u])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {collapsed && (
            <p className="hint" data-testid="linear-collapse-line" data-drawn={String(segment !== null)}>
              {segment ? t('inside.collapse.line') : collapsed.outputs > 1 || features.some((f) => f !== 'x' && f !== 'y') ? t('inside.collapse.noLine') : t('inside.collapse.missesPlane')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
