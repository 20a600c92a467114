/**
 * What the first screen knows of comparisons: the header's door to them, the view a compare or
 * seeds link opens (both loaded when first needed), and the way back from a run opened out of
 * a comparison.
 */
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../store/store';
import { tipProps } from './controls';
import { useT } from './useT';

const CompareMenu = lazy(() => import('./CompareMenu'));
export const CompareView = lazy(() => import('./CompareView'));

export function CompareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);
  return (
    <>
      <button type="button" className="header-button" data-testid="compare-open" aria-haspopup="dialog" {...tipProps(t('compare.tip'))} onClick={() => setOpen(true)}>
        {t('compare.open')}
      </button>
      {mounted && (
        <Suspense fallback={null}>
          <CompareMenu open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

/** Whether the page shows a comparison (or the seeds view) instead of the single view. */
export function useCompareOpen(): boolean {
  return useStore((s) => s.config.compare !== null || s.config.seeds !== null);
}

/** In the single view, after a run was opened from a comparison: one click back to it. */
export function CompareReturn() {
  const t = useT();
  const target = useStore((s) => s.compareReturn);
  const setReturn = useStore((s) => s.setCompareReturn);
  const replaceConfig = useStore((s) => s.replaceConfig);
  if (target === null) return null;
  return (
    <div className="compare-return" role="status">
      <button
        type="button"
        data-testid="compare-return"
        onClick={() => {
          setReturn(null);
          replaceConfig(target, []);
        }}
      >
        {t('compare.backToCompare')}
      </button>
      <button type="button" className="icon-button small" aria-label={t('compare.close')} onClick={() => setReturn(null)}>
        ×
      </button>
    </div>
  );
}

export function CompareViewHost() {
  return (
    <Suspense fallback={<main className="compare-view" aria-busy="true" />}>
      <CompareView />
    </Suspense>
  );
}
