/** The compare view's chart panel: every run's curve of the metric picked, and for the seeds view the spread of the final test loss. */
import { useMemo, useState, type RefObject } from 'react';
import { CompareLossChart, type CompareLossChartHandle } from '../charts/CompareLossChart';
import type { CompareMetric } from '../charts/compareLossChart';
import type { Problem } from '../config/config';
import type { CompareController, CompareMember } from '../store/compareSync';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { useWords } from './useWords';
import { SeedSpread } from './SeedSpread';

const METRICS: CompareMetric[] = ['testLoss', 'trainLoss', 'testAccuracy', 'trainAccuracy'];
const METRIC_WORDS = { testLoss: 'output.testLoss', trainLoss: 'output.trainLoss', testAccuracy: 'output.testAccuracy', trainAccuracy: 'output.trainAccuracy' } as const;

interface CompareCurvesProps {
  controller: CompareController | null;
  /** Which set of runs: the chart starts afresh for another. */
  shape: string;
  chart: RefObject<CompareLossChartHandle | null>;
  labels: string[];
  seeds: boolean;
  problem: Problem;
  highlight: number | null;
  onOpen(member: CompareMember): void;
}

export function CompareCurves({ controller, shape, chart, labels, seeds, problem, highlight, onOpen }: CompareCurvesProps) {
  const t = useWords(COMPARE_WORDS);
  const [metric, setMetric] = useState<CompareMetric>('testLoss');
  const [logScale, setLogScale] = useState(false);
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
  return (
    <section className="panel compare-curves" aria-label={t('output.loss')}>
      <div className="compare-chart-tools">
        <label>
          <span>{t('compare.curve')}</span>
          <select data-testid="compare-metric" value={metric} onChange={(e) => setMetric(e.target.value as CompareMetric)}>
            {METRICS.filter((m) => problem !== 'regression' || !m.endsWith('Accuracy')).map((m) => (
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
      {seeds && controller && <SeedSpread members={controller.members} onOpen={onOpen} />}
    </section>
  );
}
