/** Says plainly what the run is doing, and what to try when it diverged or the worker failed. */
import { useShallow } from 'zustand/react/shallow';
import { MAIN_RUN, useStore } from '../store/store';
import { useRun } from './runContext';
import { useT } from './useT';

export function StatusLine() {
  const t = useT();
  const run = useRun();
  const { status, divergence, error, lossRising } = useStore(
    useShallow((s) => ({ status: s.runs[MAIN_RUN].status, divergence: s.runs[MAIN_RUN].divergence, error: s.runs[MAIN_RUN].error, lossRising: s.runs[MAIN_RUN].lossRising })),
  );
  let message = t(`status.${status === 'diverged' || status === 'error' ? 'idle' : status}`);
  // Running or paused, the run is fine as far as numbers go; the warning says it is going nowhere.
  const warning = lossRising && (status === 'running' || status === 'paused');
  if (status === 'diverged' && divergence) message = t('status.diverged', { epoch: divergence.epoch, what: t(`status.what.${divergence.what}`) });
  if (status === 'error') message = t('status.workerFailed', { message: error ?? '' });
  const alert = status === 'diverged' || status === 'error';
  return (
    <div className={`run-status ${alert ? 'run-status-alert' : ''}`} data-testid="run-status" data-state={status} role={alert ? 'alert' : 'status'} aria-live="polite">
      <span>{message}</span>
      {warning && (
        <span className="run-status-warning" data-testid="loss-rising">
          {t('status.lossRising')}
        </span>
      )}
      {status === 'error' && (
        <button type="button" data-testid="restart-worker" title={t('tip.restartWorker')} onClick={run.restartWorker}>
          {t('status.restartWorker')}
        </button>
      )}
      {status === 'diverged' && (
        <button type="button" title={t('tip.reset')} onClick={run.reset}>
          {t('run.reset')}
        </button>
      )}
    </div>
  );
}
