/** Play / pause, step, reset, the epoch counter and the speed: the controls a lesson runs on. */
import { useShallow } from 'zustand/react/shallow';
import { MAIN_RUN, useStore } from '../store/store';
import type { Speed } from '../worker/protocol';
import { useHidden } from './controls';
import { useRun } from './runContext';
import { useT } from './useT';

const SPEEDS: Speed[] = ['max', 1, 2, 5, 10, 30, 100];
const epochFormat = new Intl.NumberFormat('en-US');

export function RunBar() {
  const t = useT();
  const run = useRun();
  const { status, epoch, eps, batchInEpoch, batchesPerEpoch } = useStore(
    useShallow((s) => {
      const r = s.runs[MAIN_RUN];
      return { status: r.status, epoch: r.epoch, eps: r.epochsPerSecond, batchInEpoch: r.batchInEpoch, batchesPerEpoch: r.batchesPerEpoch };
    }),
  );
  const { speed, stepUnit, setSpeed, setStepUnit } = useStore(
    useShallow((s) => ({ speed: s.speed, stepUnit: s.stepUnit, setSpeed: s.setSpeed, setStepUnit: s.setStepUnit })),
  );
  const hidePlay = useHidden('playButton');
  const hideStep = useHidden('stepButton');
  const hideReset = useHidden('resetButton');
  const running = status === 'running';
  const blocked = status === 'diverged' || status === 'error';

  return (
    <div className="run-bar" role="toolbar" aria-label={t('run.play')}>
      {!hideReset && (
        <button type="button" className="icon-button" data-testid="reset" title={t('tip.reset')} aria-label={t('run.reset')} onClick={run.reset}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" />
          </svg>
        </button>
      )}
      {!hidePlay && (
        <button
          type="button"
          className="play-button"
          data-testid="play-pause"
          title={t('tip.play')}
          aria-label={running ? t('run.pause') : t('run.play')}
          aria-pressed={running}
          disabled={blocked}
          onClick={run.togglePlay}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            {running ? <path d="M7 5h4v14H7zM13 5h4v14h-4z" /> : <path d="M8 5v14l11-7z" />}
          </svg>
        </button>
      )}
      {!hideStep && (
        <span className="step-group">
          <button type="button" className="icon-button" data-testid="step" title={stepUnit === 'batch' ? t('tip.stepBatch') : t('tip.stepEpoch')} aria-label={t('run.step')} disabled={blocked} onClick={run.step}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 5v14l9-7zM16 5h3v14h-3z" />
            </svg>
          </button>
          <select aria-label={t('run.step')} title={t('tip.step')} data-testid="step-unit" value={stepUnit} onChange={(e) => setStepUnit(e.target.value as 'batch' | 'epoch')}>
            <option value="batch">{t('run.stepBatch')}</option>
            <option value="epoch">{t('run.stepEpoch')}</option>
          </select>
        </span>
      )}
      <div className="epoch" title={t('tip.epoch')}>
        <span className="epoch-label">{t('run.epoch')}</span>
        <span className="epoch-value" data-testid="epoch">
          {epochFormat.format(epoch)}
        </span>
        {running && eps > 0 && <span className="eps">{t('run.epochsPerSecond', { count: epochFormat.format(Math.round(eps)) })}</span>}
        {!running && stepUnit === 'batch' && (
          <span className="eps" data-testid="batch-progress">
            {t('run.batchOf', { batch: batchInEpoch, batches: batchesPerEpoch })}
          </span>
        )}
      </div>
      <label className="speed" title={t('tip.speed')}>
        <span>{t('run.speed')}</span>
        <select data-testid="speed" value={String(speed)} onChange={(e) => setSpeed(e.target.value === 'max' ? 'max' : Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {s === 'max' ? t('run.speedMax') : t('run.epochsPerSecond', { count: s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
