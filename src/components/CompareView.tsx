/**
 * The compare and seeds views (loaded when opened): the shared settings edited once, one set of
 * controls for every run, each run as a small multiple, all their curves on one chart, and for
 * the seeds view the spread of the final test loss.
 */
import { useRef, useState } from 'react';
import type { CompareLossChartHandle } from '../charts/CompareLossChart';
import type { CompareMember } from '../store/compareSync';
import { useStore } from '../store/store';
import { HyperBar } from './HyperBar';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { useWords } from './useWords';
import { CompareCurves } from './CompareCurves';
import { CompareRunCard } from './CompareRunCard';
import { CompareTransport } from './CompareTransport';
import { runLabel } from './compareLabels';
import { useCompareRuns } from './useCompareRuns';
import './compare.css';

export default function CompareView() {
  const t = useWords(COMPARE_WORDS);
  const config = useStore((s) => s.config);
  const replaceConfig = useStore((s) => s.replaceConfig);
  const updateConfig = useStore((s) => s.updateConfig);
  const setCompareReturn = useStore((s) => s.setCompareReturn);
  const [highlight, setHighlight] = useState<number | null>(null);
  const chart = useRef<CompareLossChartHandle>(null);
  const seeds = config.compare === null;
  // A new set of workers only when the runs are other runs: another setting compared, or another count.
  const shape = config.compare ? `${config.compare.key}:${config.compare.values.length}` : `seeds:${config.seeds}`;
  const { controller, playing } = useCompareRuns(config, shape, chart);
  const members = controller?.members ?? [];
  const key = config.compare?.key ?? null;
  const labels = members.map((m) => runLabel(t, key, m.label));

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
        <CompareCurves controller={controller} shape={shape} chart={chart} labels={labels} seeds={seeds} problem={config.problem} highlight={highlight} onOpen={open} />
      </div>
    </main>
  );
}
