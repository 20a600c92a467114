/**
 * The draw button under the output plot. Its tools and the clicks on the plot (DrawingTools.tsx)
 * load when drawing starts: the first screen carries only this button.
 */
import { lazy, Suspense, type RefObject } from 'react';
import { useOwnData } from '../store/ownDataState';
import { useStore } from '../store/store';
import { tipProps } from './controls';
import { useT } from './useT';

const DrawingTools = lazy(() => import('./DrawingTools'));

export function DrawTools({ host }: { host: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  const drawMode = useOwnData((s) => s.drawMode);

  const toggle = () => {
    const on = !drawMode;
    useOwnData.getState().set({ drawMode: on, eraser: false });
    // Drawing starts from the points on screen, so the first click adds to them.
    if (on && useStore.getState().config.customData === null) void import('../store/ownData').then((m) => m.startFromDataset());
  };

  return (
    <div className="draw-tools" role="group" aria-label={t('draw.mode')}>
      <button type="button" aria-pressed={drawMode} data-testid="draw-mode" {...tipProps(t('draw.hint'))} onClick={toggle}>
        {t('draw.mode')}
      </button>
      {drawMode && (
        <Suspense fallback={null}>
          <DrawingTools host={host} />
        </Suspense>
      )}
    </div>
  );
}
