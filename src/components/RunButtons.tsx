/**
 * Reset, play / pause and step with its unit: the buttons of the single view's run bar and of
 * the compare view's transport, which drive one run or every run of a comparison.
 */
import { useStore } from '../store/store';
import { useT } from './useT';

export interface RunButtonsProps {
  playing: boolean;
  /** Play and step are refused: a diverged or failed run, or a lesson's question not yet answered. */
  blocked?: boolean;
  /** Buttons a lesson hides. */
  hide?: { reset?: boolean; play?: boolean; step?: boolean };
  onReset(): void;
  onTogglePlay(): void;
  onStep(): void;
}

export function RunButtons({ playing, blocked = false, hide = {}, onReset, onTogglePlay, onStep }: RunButtonsProps) {
  const t = useT();
  return (
    <span className="transport">
      {!hide.reset && (
        <button type="button" className="icon-button" data-testid="reset" data-tip={t('tip.reset')} aria-label={t('run.reset')} onClick={onReset}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" />
          </svg>
        </button>
      )}
      {!hide.play && (
        <button
          type="button"
          className="play-button"
          data-testid="play-pause"
          data-tip={t('tip.play')}
          aria-label={playing ? t('run.pause') : t('run.play')}
          aria-pressed={playing}
          disabled={blocked}
          onClick={onTogglePlay}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            {playing ? <path d="M7 5h4v14H7zM13 5h4v14h-4z" /> : <path d="M8 5v14l11-7z" />}
          </svg>
        </button>
      )}
      {!hide.step && <StepGroup blocked={blocked} onStep={onStep} />}
    </span>
  );
}

function StepGroup({ blocked, onStep }: { blocked: boolean; onStep(): void }) {
  const t = useT();
  const stepUnit = useStore((s) => s.stepUnit);
  const setStepUnit = useStore((s) => s.setStepUnit);
  return (
    <span className="step-group">
      <button
        type="button"
        className="icon-button"
        data-testid="step"
        data-tip={stepUnit === 'batch' ? t('tip.stepBatch') : t('tip.stepEpoch')}
        aria-label={t('run.step')}
        disabled={blocked}
        onClick={onStep}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 5v14l9-7zM16 5h3v14h-3z" />
        </svg>
      </button>
      <select aria-label={t('run.stepUnit')} data-tip={t('tip.step')} data-testid="step-unit" value={stepUnit} onChange={(e) => setStepUnit(e.target.value as 'batch' | 'epoch')}>
        <option value="batch">{t('run.stepBatch')}</option>
        <option value="epoch">{t('run.stepEpoch')}</option>
      </select>
    </span>
  );
}
