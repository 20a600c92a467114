/**
 * The side drawer: the settings a lesson turns less often, and the views inside the network.
 * It slides over the data and features columns, so the network, the output and the loss curve
 * stay in sight while a setting changes. Its contents load the first time it opens.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useStore, type DrawerTab } from '../store/store';
import { useT } from './useT';

const DrawerContents = lazy(() => import('./DrawerContents'));

/** The lesson's tab is there while a lesson is open. */
const tabsFor = (lessonOpen: boolean): readonly DrawerTab[] => (lessonOpen ? ['lesson', 'settings', 'inside'] : ['settings', 'inside']);

export function Drawer() {
  const t = useT();
  const tab = useStore((s) => s.drawer);
  const setDrawer = useStore((s) => s.setDrawer);
  const lessonOpen = useStore((s) => s.config.lesson !== null);
  const TABS = tabsFor(lessonOpen);
  const panelRef = useRef<HTMLElement>(null);
  // Where focus was when the drawer opened, to return it there on close.
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!tab) return;
    opener.current ??= document.activeElement;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && panelRef.current?.contains(document.activeElement)) setDrawer(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tab, setDrawer]);

  useEffect(() => {
    if (tab !== null) return;
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && document.activeElement === document.body) back.focus();
  }, [tab]);

  if (!tab || (tab === 'lesson' && !lessonOpen)) return null;
  return (
    <aside ref={panelRef} className="drawer" aria-label={t(`drawer.${tab}`)} data-testid="drawer">
      <div className="drawer-head">
        <div role="tablist" aria-label={t('drawer.label')} className="drawer-tabs">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`drawer-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="drawer-panel"
              tabIndex={tab === id ? 0 : -1}
              data-testid={`drawer-tab-${id}`}
              onClick={() => setDrawer(id)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                const next = TABS[(TABS.indexOf(id) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                setDrawer(next);
                document.getElementById(`drawer-tab-${next}`)?.focus();
              }}
            >
              {t(`drawer.${id}`)}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button small" data-testid="drawer-close" aria-label={t('drawer.close')} onClick={() => setDrawer(null)}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" fill="none" />
          </svg>
        </button>
      </div>
      <div id="drawer-panel" role="tabpanel" aria-labelledby={`drawer-tab-${tab}`} className="drawer-body">
        <Suspense fallback={<p className="hint">{t('drawer.loading')}</p>}>
          <DrawerContents tab={tab} />
        </Suspense>
      </div>
    </aside>
  );
}
