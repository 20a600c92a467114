/**
 * The views inside the network, in the drawer's "inside" tab: each opens with its own button
 * (`<view>-open`) and loads its code only then, so the first screen does not grow, and costs
 * nothing while closed.
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { MessageKey } from '../i18n';
import './inside.css';
import { PanelBoundary } from './PanelBoundary';
import { tipProps } from './controls';
import { INSIDE_WORDS } from '../i18n/insideWords';
import { useWords } from './useWords';

export const INSIDE_VIEWS = ['backprop-view', 'linear-collapse', 'neuron-health', 'loss-landscape', 'surface-3d'] as const;
export type InsideViewId = (typeof INSIDE_VIEWS)[number];

const VIEWS: Record<InsideViewId, ComponentType> = {
  'backprop-view': lazy(() => import('./BackpropView')),
  'linear-collapse': lazy(() => import('./LinearCollapseView')),
  'neuron-health': lazy(() => import('./NeuronHealthView')),
  'loss-landscape': lazy(() => import('./LossLandscapeView')),
  'surface-3d': lazy(() => import('./Surface3DView')),
};

const title = (id: InsideViewId) => `inside.${id}.title` as MessageKey;
const tip = (id: InsideViewId) => `inside.${id}.tip` as MessageKey;

export function InsideViews() {
  const t = useWords(INSIDE_WORDS);
  const [open, setOpen] = useState<readonly InsideViewId[]>([]);
  const toggle = (id: InsideViewId) => setOpen((o) => (o.includes(id) ? o.filter((v) => v !== id) : [...o, id]));
  const close = (id: InsideViewId) => {
    setOpen((o) => o.filter((v) => v !== id));
    // Back to the button that opened it, so the keyboard does not lose its place.
    requestAnimationFrame(() => document.getElementById(`${id}-open`)?.focus());
  };
  return (
    <section className="inside-views" aria-labelledby="inside-views-title">
      <h3 id="inside-views-title">{t('inside.title')}</h3>
      <div className="inside-openers">
        {INSIDE_VIEWS.map((id) => (
          <button
            key={id}
            id={`${id}-open`}
            type="button"
            className="text-button"
            data-testid={`${id}-open`}
            aria-expanded={open.includes(id)}
            aria-controls={open.includes(id) ? `${id}-panel` : undefined}
            {...tipProps(t(tip(id)))}
            onClick={() => toggle(id)}
          >
            {t(title(id))}
          </button>
        ))}
      </div>
      {INSIDE_VIEWS.filter((id) => open.includes(id)).map((id) => {
        const View = VIEWS[id];
        return (
          <section key={id} id={`${id}-panel`} className="inside-view" aria-labelledby={`${id}-heading`}>
            <div className="inside-view-head">
              <h4 id={`${id}-heading`}>{t(title(id))}</h4>
              <button type="button" className="icon-button small" data-testid={`${id}-close`} aria-label={t('inside.close', { view: t(title(id)) })} onClick={() => close(id)}>
                <svg viewBox="0 0 24 24" aria-hidden="true">
                  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" fill="none" />
                </svg>
              </button>
            </div>
            <PanelBoundary name={t(title(id))}>
              <Suspense fallback={<p className="hint">{t('drawer.loading')}</p>}>
                <View />
              </Suspense>
            </PanelBoundary>
          </section>
        );
      })}
    </section>
  );
}
