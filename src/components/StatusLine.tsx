/** Says plainly what the run is doing, and what to try when it diverged or the worker failed. */
import { useShallow } from 'zustand/react/shallow';
import { MAIN_RUN, useStore } from '../store/store';
import { useRun } from './runContext';
import { useT } from './useT';

export function StatusLine() {
  const t = useT();
  const run = useRun();
  const { status, divergence, error } = useStore(
    useShallow((s) => ({ status: s.runs[MAIN_RUN].status, divergence: s.runs[MAIN_RUN].divergence, error: s.runs[MAIN_RUN].error })),
  );
  let message = t(`status.${status === 'diverged' || status === 'error' ? 'idle' : status}`);
  if (status === 'diverged' && divergence) message = t('status.diverged', { epoch: divergence.epoch, what: t(`status.what.${divergence.what}`) });
  if (status === 'error') message = t('status.workerFailed', { message: error ?? '' });
  const alert = status === 'diverged' || status === 'error';
  return (
    <div className={`run-status ${alert ? 'run-status-alert' : ''}`} data-testid="run-status" data-state={status} role={alert ? 'alert' : 'status'} aria-live="polite">
      <span>{message}</span>
      {status === 'error' && (
        <button type="button" title={t('tip.restartWorker')} onClick={run.restartWorker}>
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
