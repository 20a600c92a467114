/**
 * The output: the decision boundary over the plane with the points, the current losses and
 * accuracies as numbers, and the loss curves. Pictures and curves come from the frame hub.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LossChart, type LossChartHandle } from '../charts/LossChart';
import { OutputPlot } from '../charts/OutputPlot';
import { displayRange } from '../charts/colors';
import { showDataOnPlot } from '../charts/outputPlot';
import type { OutputPlotHandle } from '../charts/OutputPlot';
import { markFirstBoundary } from '../charts/firstBoundary';
import { HEAD_REGISTRY } from '../store/registries';
import { MAIN_RUN, useStore } from '../store/store';
import { Checkbox, formatNumber } from './controls';
import { useRun } from './runContext';
import { useT } from './useT';

function Metrics() {
  const t = useT();
  const m = useStore(
    useShallow((s) => {
      const r = s.runs[MAIN_RUN];
      return { trainLoss: r.trainLoss, testLoss: r.testLoss, trainAccuracy: r.trainAccuracy, testAccuracy: r.testAccuracy };
    }),
  );
  const classify = useStore((s) => s.config.problem !== 'regression');
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? '–' : `${(v * 100).toFixed(1)}%`);
  return (
    <dl className="metrics">
      <div title={t('tip.testLoss')}>
        <dt>{t('output.testLoss')}</dt>
        <dd data-testid="loss-test">{formatNumber(m.testLoss)}</dd>
      </div>
      <div title={t('tip.trainLoss')}>
        <dt>{t('output.trainLoss')}</dt>
        <dd data-testid="loss-train">{formatNumber(m.trainLoss)}</dd>
      </div>
      {classify && (
        <>
          <div title={t('tip.testAccuracy')}>
            <dt>{t('output.testAccuracy')}</dt>
            <dd data-testid="accuracy-test">{pct(m.testAccuracy)}</dd>
          </div>
          <div title={t('tip.trainAccuracy')}>
            <dt>{t('output.trainAccuracy')}</dt>
            <dd data-testid="accuracy-train">{pct(m.trainAccuracy)}</dd>
          </div>
        </>
      )}
    </dl>
  );
}

export function OutputPanel() {
  const t = useT();
  const run = useRun();
  const plot = useRef<OutputPlotHandle>(null);
  const chart = useRef<LossChartHandle>(null);
  const plotHost = useRef<HTMLDivElement>(null);
  const { showTestData, showTrainData, discretize, problem, head } = useStore(
    useShallow((s) => ({
      showTestData: s.config.showTestData,
      showTrainData: s.config.showTrainData,
      discretize: s.config.discretize,
      problem: s.config.problem,
      head: s.config.outputHead,
    })),
  );
  const numClasses = useStore((s) => s.runs[MAIN_RUN].numClasses);
  const update = useStore((s) => s.updateConfig);
  const { logScale, setLogScale } = useStore(useShallow((s) => ({ logScale: s.logScale, setLogScale: s.setLogScale })));

  // In the commit, like the plot itself: a frame that came before the page replays here at once.
  useLayoutEffect(() => {
    let appendedSeq = -1;
    return run.hub.subscribe({
      data: (data) => {
        // Until the learner picks a point, the neuron cards read a real example.
        if (data.trainPoints.length >= 2) run.probe.suggestPoint({ x: data.trainPoints[0], y: data.trainPoints[1] });
        if (plot.current) showDataOnPlot(plot.current, data);
      },
      grids: (grids) => {
        plot.current?.drawGrid(grids.outputGrid, grids.gridSize);
        markFirstBoundary(run.hub.publishing);
      },
      restart: () => chart.current?.clear(),
      frame: (frame, detail) => {
        // A frame published again (its slow views drawn a display frame later) adds no points twice.
        if (frame.seq !== appendedSeq) chart.current?.append(frame.history);
        appendedSeq = frame.seq;
        if (detail) chart.current?.flush();
      },
    });
  }, [run]);

  // The point under the mouse, in plane coordinates, for the neurons' read-outs. It stays where
  // the mouse left the plot, so moving on to a neuron in the diagram still reads that point.
  // A tap (no hover on a touch screen) or a click chooses it too, and pins its marker.
  useEffect(() => {
    const host = plotHost.current;
    if (!host) return;
    const pick = (e: PointerEvent) => {
      const canvas = host.querySelector('canvas');
      if (!canvas) return;
      const r = canvas.getBoundingClientRect();
      const u = (e.clientX - r.left) / r.width;
      const v = (e.clientY - r.top) / r.height;
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) run.probe.setPoint({ x: -6 + 12 * u, y: 6 - 12 * v }, e.type === 'pointerdown');
    };
    host.addEventListener('pointermove', pick);
    host.addEventListener('pointerdown', pick);
    const unsubscribe = run.probe.subscribe(() => plot.current?.setProbe(run.probe.marker()));
    return () => {
      host.removeEventListener('pointermove', pick);
      host.removeEventListener('pointerdown', pick);
      unsubscribe();
    };
  }, [run]);

  const classLabels = useMemo(() => Array.from({ length: numClasses }, (_, k) => t('output.class', { index: k + 1 })), [numClasses, t]);
  // A sigmoid's outputs are 0 … 1 though the grid arrives on the colour scale's −1 … 1.
  const valueRange = useMemo(() => (problem === 'multiclass' ? undefined : displayRange(HEAD_REGISTRY[head].toDisplay)), [problem, head]);

  const lossLabels = useMemo(
    () => ({
      train: t('output.trainLoss'),
      test: t('output.testLoss'),
      trainAcc: t('output.trainAccuracy'),
      testAcc: t('output.testAccuracy'),
      epoch: t('run.epoch'),
      loss: t('output.loss'),
      accuracy: t('output.accuracy'),
    }),
    [t],
  );

  return (
    <section className="panel output-panel" aria-labelledby="output-title">
      <h2 id="output-title">{t('output.title')}</h2>
      <Metrics />
      <div ref={plotHost} className="plot-host">
        <OutputPlot
          ref={plot}
          showTest={showTestData}
          showTrain={showTrainData}
          discretize={discretize}
          ariaLabel={t('output.title')}
          classLabels={classLabels}
          legendTitle={t(`output.legendTitle.${problem}`)}
          valueRange={valueRange}
          clampedEnds={problem === 'regression'}
        />
      </div>
      <div className="toggles">
        <Checkbox label={t('data.showTestData')} tip={t('tip.showTestData')} hideAs="showTestData" testId="show-test" checked={showTestData} onChange={(v) => update({ showTestData: v })} />
        <Checkbox label={t('data.showTrainData')} tip={t('tip.showTrainData')} hideAs="showTrainData" testId="show-train" checked={showTrainData} onChange={(v) => update({ showTrainData: v })} />
        <Checkbox label={t('data.discretize')} tip={t('tip.discretize')} hideAs="discretize" testId="discretize" checked={discretize} onChange={(v) => update({ discretize: v })} />
      </div>
      <LossChart ref={chart} labels={lossLabels} logScale={logScale} showAccuracy={problem !== 'regression'} />
      <Checkbox label={t('output.logScale')} tip={t('tip.logScale')} testId="log-scale" checked={logScale} onChange={setLogScale} />
    </section>
  );
}
