/**
 * One run of a comparison as a small multiple: its label (with its curve's colour and dash), its
 * decision boundary, its numbers under the single view's test ids, its state, and the way into
 * the single view.
 */
import { useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OutputPlot, type OutputPlotHandle } from '../charts/OutputPlot';
import { RUN_STYLES } from '../charts/compareSeries';
import { showDataOnPlot } from '../charts/outputPlot';
import type { CompareMember, CompareRunView } from '../store/compareSync';
import type { Grids } from '../worker/protocol';
import { initialRunView, useStore } from '../store/store';
import { formatNumber } from './controls';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { usePlotView } from './outputHooks';
import { useWords } from './useWords';

const BOUNDARY_INTERVAL_MS = 66;
const EMPTY = { ...initialRunView(), trainingSeconds: 0 } as CompareRunView;
const epochFormat = new Intl.NumberFormat('en-US');

interface CardProps {
  member: CompareMember;
  index: number;
  label: string;
  seeds: boolean;
  onHover(index: number | null): void;
  onOpen(member: CompareMember): void;
  /** A fresh worker for this run alone (its worker failed). */
  onRestart(runId: string): void;
}

/** The run's numbers as the store has them (the compare controller updates them ten times a second). */
function useRunNumbers(runId: string) {
  return useStore(
    useShallow((s) => {
      const r = (s.runs[runId] as CompareRunView | undefined) ?? EMPTY;
      return {
        status: r.status,
        epoch: r.epoch,
        trainLoss: r.trainLoss,
        testLoss: r.testLoss,
        testAccuracy: r.testAccuracy,
        divergence: r.divergence,
        error: r.error,
        seconds: r.trainingSeconds ?? 0,
      };
    }),
  );
}

/** Whether the run stopped on a fault (diverged, or its worker failed): the card is outlined. */
const useAlert = (runId: string) => useStore((s) => s.runs[runId]?.status === 'diverged' || s.runs[runId]?.status === 'error');

export function CompareRunCard({ member, index, label, seeds, onHover, onOpen, onRestart }: CardProps) {
  const t = useWords(COMPARE_WORDS);
  const plot = useRef<OutputPlotHandle>(null);
  const alert = useAlert(member.runId);
  const problem = member.config.problem;
  const { showTestData, showTrainData, discretize, valueRange } = usePlotView(problem, member.config.outputHead);

  useLayoutEffect(() => {
    // Several boundaries at the worker's rate would keep the page busy: each is redrawn at most
    // BOUNDARY_INTERVAL_MS apart, with its newest picture.
    let last = -Infinity;
    let waiting: Grids | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const drawNow = (grids: Grids) => {
      last = performance.now();
      waiting = null;
      plot.current?.drawGrid(grids.outputGrid, grids.gridSize);
    };
    const unsubscribe = member.hub.subscribe({
      data: (data) => plot.current && showDataOnPlot(plot.current, data),
      grids: (grids) => {
        const wait = last + BOUNDARY_INTERVAL_MS - performance.now();
        if (wait <= 0) return drawNow(grids);
        waiting = grids;
        timer ??= setTimeout(() => {
          timer = null;
          if (waiting) drawNow(waiting);
        }, wait);
      },
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [member]);

  const style = RUN_STYLES[index % RUN_STYLES.length];

  return (
    <article
      className={`compare-run${alert ? ' compare-run-alert' : ''}`}
      data-testid="compare-run"
      data-label={label}
      aria-label={label}
      onPointerEnter={() => onHover(index)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onHover(index)}
      onBlur={() => onHover(null)}
    >
      <h3 className="compare-run-title">
        {!seeds && (
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" x2="25" y1="5" y2="5" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash ?? undefined} />
          </svg>
        )}
        <span>{label}</span>
      </h3>
      <button type="button" className="compare-run-plot" aria-label={`${label}: ${t('compare.openRun')}`} data-testid="compare-open-run" onClick={() => onOpen(member)}>
        <OutputPlot ref={plot} showTest={showTestData} showTrain={showTrainData} discretize={discretize} valueRange={valueRange} clampedEnds={problem === 'regression'} ariaLabel={t(`output.plotDescription.${problem}`)} />
      </button>
      <CompareRunNumbers runId={member.runId} regression={problem === 'regression'} onRestart={onRestart} />
    </article>
  );
}

/**
 * The run's numbers and state: the only part of the card that changes while the runs train, so
 * only it renders ten times a second (the card, its plot and its label stay as they are).
 */
function CompareRunNumbers({ runId, regression, onRestart }: { runId: string; regression: boolean; onRestart(runId: string): void }) {
  const t = useWords(COMPARE_WORDS);
  const v = useRunNumbers(runId);
  const problem = regression ? 'regression' : 'classification';
  const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
  const statusText =
    v.status === 'diverged' && v.divergence
      ? t('compare.diverged', { epoch: epochFormat.format(v.divergence.epoch), what: t(`status.what.${v.divergence.what}`) })
      : v.status === 'error'
        ? t('status.workerFailed', { message: v.error ?? '' })
        : t(`status.${v.status}`);
  const alert = v.status === 'diverged' || v.status === 'error';
  return (
    <>
      <table className="metrics compare-metrics">
        <tbody>
          <tr>
            <th scope="row">{t('run.epoch')}</th>
            <td data-testid="epoch" data-value={String(v.epoch)}>
              {epochFormat.format(v.epoch)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('output.testLoss')}</th>
            <td data-testid="loss-test" data-value={v.testLoss === null ? '' : String(v.testLoss)}>
              {formatNumber(v.testLoss)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('output.trainLoss')}</th>
            <td data-testid="loss-train" data-value={v.trainLoss === null ? '' : String(v.trainLoss)}>
              {formatNumber(v.trainLoss)}
            </td>
          </tr>
          {problem !== 'regression' && (
            <tr>
              <th scope="row">{t('output.testAccuracy')}</th>
              <td data-testid="accuracy-test" data-value={v.testAccuracy === null ? '' : String(v.testAccuracy)}>
                {pct(v.testAccuracy)}
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('compare.time')}</th>
            <td data-testid="training-time" data-value={String(v.seconds)}>
              {t('compare.seconds', { value: v.seconds.toFixed(1) })}
            </td>
          </tr>
        </tbody>
      </table>
      <p className={`run-status${alert ? ' run-status-alert' : ''}`} data-testid="run-status" data-state={v.status} role={alert ? 'alert' : 'status'}>
        <span className="status-text">{statusText}</span>
        {v.status === 'error' && (
          <button type="button" className="text-button small" data-testid="restart-worker" data-tip={t('tip.restartWorker')} onClick={() => onRestart(runId)}>
            {t('status.restartWorker')}
          </button>
        )}
      </p>
    </>
  );
}
