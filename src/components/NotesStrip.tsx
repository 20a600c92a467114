/**
 * Under the run bar, in a strip of fixed height (a note that appears never moves what is under
 * the pointer): what the run is doing, what went wrong and what to try, and the notes that
 * explain what is on screen now. The first note shows in full; the others open from "more".
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/store';
import { contextNotes, type ContextNote } from './contextNotes';
import { useRun, useRunView } from './runContext';
import { useT, type T } from './useT';

function statusMessage(t: T, s: { status: string; epoch: number; stopAt: number | null; divergence: { epoch: number; what: 'loss' | 'weights' } | null; error: string | null }): string {
  if (s.status === 'diverged' && s.divergence) return t('status.diverged', { epoch: s.divergence.epoch, what: t(`status.what.${s.divergence.what}`) });
  if (s.status === 'error') return t('status.workerFailed', { message: s.error ?? '' });
  if (s.status === 'paused' && s.stopAt !== null && s.epoch === s.stopAt) return t('status.stoppedAt', { epoch: s.stopAt });
  return t(`status.${s.status === 'diverged' || s.status === 'error' ? 'idle' : (s.status as 'idle' | 'running' | 'paused')}`);
}

function useNotes(): ContextNote[] {
  const config = useStore(
    useShallow((s) => ({
      activations: s.config.activations,
      init: s.config.init,
      features: s.config.features,
      problem: s.config.problem,
      dataset: s.config.dataset,
      regDataset: s.config.regDataset,
      batchNorm: s.config.batchNorm,
      learningRate: s.config.learningRate,
      regularization: s.config.regularization,
      regularizationRate: s.config.regularizationRate,
      hideText: s.config.hideText,
    })),
  );
  const run = useRunView((r) => ({
    status: r.status,
    epoch: r.epoch,
    trainLoss: r.trainLoss,
    testLoss: r.testLoss,
    initialTrainLoss: r.initialTrainLoss,
    gradNorms: r.gradNorms,
    zeroWeights: r.zeroWeights,
  }));
  return config.hideText ? [] : contextNotes(config, run);
}

export function NotesStrip() {
  const t = useT();
  const run = useRun();
  const stopAt = useStore((s) => s.config.stopAt);
  const v = useRunView((r) => ({ status: r.status, epoch: r.epoch, divergence: r.divergence, error: r.error, lossRising: r.lossRising }));
  const notes = useNotes();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const alert = v.status === 'diverged' || v.status === 'error';
  // Running or paused, the run is fine as far as numbers go; the warning says it is going nowhere.
  const warning = v.lossRising && (v.status === 'running' || v.status === 'paused');
  const text = (n: ContextNote) => t(n.key, n.params);

  return (
    <div className="notes-strip">
      <div className={`run-status ${alert ? 'run-status-alert' : ''}`} data-testid="run-status" data-state={v.status} role={alert ? 'alert' : 'status'} aria-live="polite">
        <span className="status-text">{statusMessage(t, { ...v, stopAt })}</span>
        {v.status === 'error' && (
          <button type="button" className="text-button small" data-testid="restart-worker" data-tip={t('tip.restartWorker')} onClick={run.restartWorker}>
            {t('status.restartWorker')}
          </button>
        )}
        {v.status === 'diverged' && (
          <button type="button" className="text-button small" data-tip={t('tip.reset')} onClick={run.reset}>
            {t('run.reset')}
          </button>
        )}
      </div>
      <div className="notes" aria-live="polite">
        {warning && (
          <p className="note note-warning" data-testid="loss-rising">
            {t('status.lossRising')}
          </p>
        )}
        {!warning && notes.length > 0 && (
          <p className="note" data-testid="teaching-notes" data-note={notes[0].key}>
            {text(notes[0])}
          </p>
        )}
      </div>
      {(notes.length > 1 || (warning && notes.length > 0)) && (
        <div className="notes-more">
          <button type="button" className="text-button small" aria-expanded={open} aria-controls={listId} data-testid="notes-more" onClick={() => setOpen(!open)}>
            {t('notes.more', { count: warning ? notes.length : notes.length - 1 })}
          </button>
          {open && (
            <ul id={listId} className="notes-popover" data-testid="notes-list">
              {notes.map((n) => (
                <li key={n.key} data-note={n.key}>
                  {text(n)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
