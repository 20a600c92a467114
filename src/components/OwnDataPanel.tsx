/**
 * "Your own data" under the datasets: the line that says the run trains on the learner's
 * points, and the folded section whose body (OwnDataBody.tsx) loads when it is first opened,
 * so the first screen carries none of the import, export and model code.
 */
import { lazy, Suspense, useState } from 'react';
import { MAX_LINK_POINTS } from '../config/customData';
import { useOwnData } from '../store/ownDataState';
import { useStore } from '../store/store';
import { useT } from './useT';

const OwnDataBody = lazy(() => import('./OwnDataBody'));
const LinkTooLargeNote = lazy(() => import('./OwnDataBody').then((m) => ({ default: m.LinkTooLarge })));

const backToDataset = () => void import('../store/ownData').then((m) => m.leaveCustomData());

export function OwnDataPanel() {
  const t = useT();
  const count = useStore((s) => s.config.customData?.x.length ?? null);
  const errors = useOwnData((s) => s.errors);
  const [open, setOpen] = useState(false);
  const unfolded = open || errors !== null;

  return (
    <>
      {count !== null && (
        <p className="own-using" data-testid="own-using" data-count={count}>
          {t('own.using', { count })}{' '}
          <button type="button" className="text-button" data-testid="back-to-dataset" onClick={backToDataset}>
            {t('own.backToDataset')}
          </button>
        </p>
      )}
      {/* Folded by default, so the first screen keeps its one view; an import error opens it. */}
      <details className="own-data" data-testid="own-data" open={unfolded} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="own-data-toggle">{t('own.title')}</summary>
        {unfolded && (
          <Suspense fallback={<p className="hint">{t('drawer.loading')}</p>}>
            <OwnDataBody />
          </Suspense>
        )}
      </details>
    </>
  );
}

/** Too many points for a link: the copy-link button says so and offers the CSV instead. */
export function LinkTooLarge({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <LinkTooLargeNote onClose={onClose} />
    </Suspense>
  );
}

/** Whether the data on screen is too large for a link (the link then carries the dataset keys only). */
export const linkTooLarge = (): boolean => (useStore.getState().config.customData?.x.length ?? 0) > MAX_LINK_POINTS;
