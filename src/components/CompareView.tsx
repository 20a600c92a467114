/**
 * The compare and seeds views (loaded when opened): the shared settings edited once, one set of
 * controls for every run, each run as a small multiple, all their curves on one chart, and for
 * the seeds view the spread of the final test loss.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { CompareLossChart, type CompareLossChartHandle } from '../charts/CompareLossChart';
import type { CompareMetric } from '../charts/compareLossChart';
import { connectCompare, type CompareController, type CompareMember } from '../store/compareSync';
import { useStore } from '../store/store';
import { HyperBar } from './HyperBar';
import { useRun } from './runContext';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { useWords } from './useWords';
import { CompareRunCard } from './CompareRunCard';
import { CompareTransport } from './CompareTransport';
import { runLabel } from './compareLabels';
import { SeedSpread } from './SeedSpread';
import './compare.css';

const METRICS: CompareMetric[] = ['testLoss', 'trainLoss', 'testAccuracy', 'trainAccuracy'];
const METRIC_WORDS = { testLoss: 'output.testLoss', trainLoss: 'output.trainLoss', testAccuracy: 'output.testAccuracy', trainAccuracy: 'output.trainAccuracy' } as const;

const noop = () => () => {};

/** The controller of the current runs, made and disposed by an effect and read like external state. */
function useCompareController(shape: string): CompareController | null {
  const [holder] = useState(() => {
    let current: CompareController | null = null;
    const listeners = new Set<() => void>();
    return {
      get: () => current,
      set(next: CompareController | null) {
        current = next;
        listeners.forEach((l) => l());
      },
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
  useEffect(() => {
    const c = connectCompare(useStore.getState().config);
    holder.set(c);
    return () => {
      holder.set(null);
      c.dispose();
    };
  }, [shape, holder]);
  return useSyncExternalStore(holder.subscribe, holder.get);
}

export default function CompareView() {
  const t = useWords(COMPARE_WORDS);
  const main = useRun();
  const config = useStore((s) => s.config);
  const replaceConfig = useStore((s) => s.replaceConfig);
  const updateConfig = useStore((s) => s.updateConfig);
  const setCompareReturn = useStore((s) => s.setCompareReturn);
  const [metric, setMetric] = useState<CompareMetric>('testLoss');
  const [logScale, setLogScale] = useState(false);
  const [highlight, setHighlight] = useState<number | null>(null);
  const chart = useRef<CompareLossChartHandle>(null);
  const seeds = config.compare === null;
  // A new set of workers only when the runs are other runs: another setting compared, or another count.
  const shape = config.compare ? `${config.compare.key}:${config.compare.values.length}` : `seeds:${config.seeds}`;

  // The single view's run waits while the comparison trains.
  useEffect(() => main.pause(), [main]);

  const controller = useCompareController(shape);

  useEffect(() => {
    controller?.update(config);
  }, [controller, config]);

  useEffect(() => {
    if (!controller) return;
    const unsubscribers = controller.members.map((m, i) =>
      m.hub.subscribe({
        restart: () => chart.current?.clear(i),
        frame: (frame, detail) => {
          chart.current?.append(i, frame.history);
          if (detail) chart.current?.flush();
        },
      }),
    );
    return () => unsubscribers.forEach((u) => u());
  }, [controller]);

  const playing = useSyncExternalStore(controller?.subscribe ?? noop, () => controller?.playing ?? false);
  const members = controller?.members ?? [];
  const key = config.compare?.key ?? null;
  const labels = members.map((m) => runLabel(t, key, m.label));
  const labelKey = labels.join('\u0000');
  const chartLabels = useMemo(
    () => ({
      runs: labelKey.split('\u0000'),
      epoch: t('run.epoch'),
      eachRun: t('compare.eachRun'),
      median: t('compare.median'),
      description: t('compare.chartDescription', { metric: t(METRIC_WORDS[metric]) }),
    }),
    [labelKey, t, metric],
  );

  const open = (member: CompareMember) => {
    setCompareReturn(config);
    replaceConfig(member.config, []);
  };
  const back = () => updateConfig({ compare: null, seeds: null });
  const title = config.compare ? t('compare.title', { setting: t(`compare.key.${config.compare.key}`) }) : t('compare.seedsTitle', { count: config.seeds ?? 0 });

  return (
    <main className="compare-view" data-testid="compare-view" data-mode={seeds ? 'seeds' : 'compare'}>
      <div className="compare-head">
        <h2>{title}</h2>
        <button type="button" className="header-button" data-testid="compare-back" onClick={back}>
          {t('compare.back')}
        </button>
      </div>
      <div className="control-bar compare-controls">
        <section className="run-section" aria-label={t('run.toolbar')}>
          {controller && <CompareTransport controller={controller} playing={playing} />}
        </section>
        <section className="hyper-section" aria-label={t('compare.shared')} data-tip={t('compare.sharedHelp')}>
          <HyperBar />
        </section>
      </div>
      <div className="compare-body">
        <section className="compare-grid" aria-label={t('compare.runs')} data-count={members.length}>
          {controller?.members.map((m, i) => (
            <CompareRunCard key={m.runId} member={m} index={i} label={labels[i]} seeds={seeds} onHover={setHighlight} onOpen={open} onRestart={controller.restartRun} />
          ))}
        </section>
        <section className="panel compare-curves" aria-label={t('output.loss')}>
          <div className="compare-chart-tools">
            <label>
              <span>{t('compare.curve')}</span>
              <select data-testid="compare-metric" value={metric} onChange={(e) => setMetric(e.target.value as CompareMetric)}>
                {METRICS.filter((m) => config.problem !== 'regression' || !m.endsWith('Accuracy')).map((m) => (
                  <option key={m} value={m}>
                    {t(METRIC_WORDS[m])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={logScale} onChange={(e) => setLogScale(e.target.checked)} />
              <span>{t('compare.logScale')}</span>
            </label>
          </div>
          {controller && <CompareLossChart key={shape} ref={chart} labels={chartLabels} seeds={seeds} metric={metric} logScale={logScale} highlight={highlight} />}
          {seeds && controller && <SeedSpread members={controller.members} onOpen={open} />}
        </section>
      </div>
    </main>
  );
}
