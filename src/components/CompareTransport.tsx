/**
 * Play, pause, step and reset for every run of a comparison at once, with the pace and the
 * stop-at epoch they share (the single view's PaceControls). The same test ids as the single
 * view's run bar (it is not on screen beside this one).
 */
import type { CompareController } from '../store/compareSync';
import { useStore } from '../store/store';
import { PaceControls } from './PaceControls';
import { useT } from './useT';

export function CompareTransport({ controller, playing }: { controller: CompareController; playing: boolean }) {
  const t = useT();
  const stepUnit = useStore((s) => s.stepUnit);
  const setStepUnit = useStore((s) => s.setStepUnit);
  return (
    <div className="run-bar" role="toolbar" aria-label={t('run.toolbar')}>
      <span className="transport">
        <button type="button" className="icon-button" data-testid="reset" data-tip={t('tip.reset')} aria-label={t('run.reset')} onClick={controller.reset}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" />
          </svg>
        </button>
        <button
          type="button"
          className="play-button"
          data-testid="play-pause"
          data-tip={t('tip.play')}
          aria-label={playing ? t('run.pause') : t('run.play')}
          aria-pressed={playing}
          onClick={controller.togglePlay}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            {playing ? <path d="M7 5h4v14H7zM13 5h4v14h-4z" /> : <path d="M8 5v14l11-7z" />}
          </svg>
        </button>
        <span className="step-group">
          <button type="button" className="icon-button" data-testid="step" data-tip={t('tip.step')} aria-label={t('run.step')} onClick={controller.step}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 5v14l9-7zM16 5h3v14h-3z" />
            </svg>
          </button>
          <select aria-label={t('run.stepUnit')} data-testid="step-unit" value={stepUnit} onChange={(e) => setStepUnit(e.target.value as 'batch' | 'epoch')}>
            <option value="batch">{t('run.stepBatch')}</option>
            <option value="epoch">{t('run.stepEpoch')}</option>
          </select>
        </span>
      </span>
      <PaceControls />
    </div>
  );
}
