/**
 * Play / pause, step, reset, the epoch counter, the pace and "stop at epoch": the controls a
 * lesson runs on. Every part keeps its size whatever it shows, so pressing play never moves
 * the page under the pointer.
 */
import { useStore } from '../store/store';
import { useHidden } from './controls';
import { PaceControls } from './PaceControls';
import { useRun, useRunView } from './runContext';
import { useT } from './useT';


const epochFormat = new Intl.NumberFormat('en-US');

function Transport() {
  const t = useT();
  const run = useRun();
  const status = useRunView((r) => r.status);
  const stepUnit = useStore((s) => s.stepUnit);
  const setStepUnit = useStore((s) => s.setStepUnit);
  const hidePlay = useHidden('playButton');
  const hideStep = useHidden('stepButton');
  const hideReset = useHidden('resetButton');
  const running = status === 'running';
  // A lesson's question waits for its answer before the run may start (predict, then see).
  const locked = useStore((s) => s.config.lesson !== null && s.lessonUi.playLocked);
  const blocked = status === 'diverged' || status === 'error' || (locked && !running);
  return (
    <span className="transport">
      {!hideReset && (
        <button type="button" className="icon-button" data-testid="reset" data-tip={t('tip.reset')} aria-label={t('run.reset')} onClick={run.reset}>
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
          data-tip={t('tip.play')}
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
          <button
            type="button"
            className="icon-button"
            data-testid="step"
            data-tip={stepUnit === 'batch' ? t('tip.stepBatch') : t('tip.stepEpoch')}
            aria-label={t('run.step')}
            disabled={blocked}
            onClick={run.step}
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
      )}
    </span>
  );
}

/** What the line under the epoch says: the rate while training, the batch while stepping batches. */
function epochSubline(t: ReturnType<typeof useT>, v: { running: boolean; eps: number; stepUnit: string; batchInEpoch: number; batchesPerEpoch: number; updates: number }): string {
  if (v.running) return v.eps > 0 ? t('run.epochsPerSecond', { count: epochFormat.format(Math.round(v.eps)) }) : '';
  if (v.stepUnit !== 'batch') return '';
  // Right after an epoch's last batch the counter has moved on and the epoch is complete.
  const batch = v.batchInEpoch === 0 && v.updates > 0 ? v.batchesPerEpoch : v.batchInEpoch;
  return t('run.batchOf', { batch, batches: v.batchesPerEpoch });
}

function EpochCounter() {
  const t = useT();
  const v = useRunView((r) => ({ status: r.status, epoch: r.epoch, eps: r.epochsPerSecond, batchInEpoch: r.batchInEpoch, batchesPerEpoch: r.batchesPerEpoch, updates: r.updates }));
  const stepUnit = useStore((s) => s.stepUnit);
  const sub = epochSubline(t, { ...v, running: v.status === 'running', stepUnit });
  return (
    <div className="epoch" data-tip={t('tip.epoch')}>
      <span className="epoch-label">{t('run.epoch')}</span>
      <span className="epoch-value" data-testid="epoch">
        {epochFormat.format(v.epoch)}
      </span>
      <span className="eps" data-testid={v.status !== 'running' && stepUnit === 'batch' ? 'batch-progress' : 'epochs-per-second'}>
        {sub || '\u00a0'}
      </span>
    </div>
  );
}

export function RunBar() {
  const t = useT();
  return (
    <div className="run-bar" role="toolbar" aria-label={t('run.toolbar')}>
      <Transport />
      <EpochCounter />
      <PaceControls />
    </div>
  );
}
