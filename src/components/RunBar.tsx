/**
 * Play / pause, step, reset, the epoch counter, the pace and "stop at epoch": the controls a
 * lesson runs on. Every part keeps its size whatever it shows, so pressing play never moves
 * the page under the pointer.
 */
import { useStore } from '../store/store';
import { useHidden } from './controls';
import { PaceControls } from './PaceControls';
import { RunButtons } from './RunButtons';
import { useRun, useRunView } from './runContext';
import { useT } from './useT';

const epochFormat = new Intl.NumberFormat('en-US');

function Transport() {
  const run = useRun();
  const status = useRunView((r) => r.status);
  const hide = { play: useHidden('playButton'), step: useHidden('stepButton'), reset: useHidden('resetButton') };
  const running = status === 'running';
  // A lesson's question waits for its answer before the run may start (predict, then see).
  const locked = useStore((s) => s.config.lesson !== null && s.lessonUi.playLocked);
  const blocked = status === 'diverged' || status === 'error' || (locked && !running);
  return <RunButtons playing={running} blocked={blocked} hide={hide} onReset={run.reset} onTogglePlay={run.togglePlay} onStep={run.step} />;
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
