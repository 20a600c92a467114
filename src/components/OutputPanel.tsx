/**
 * The output: the current losses and accuracies as numbers, the decision boundary over the
 * plane with the points (as large as the column allows), and the loss curves under it.
 * Pictures and curves come from the frame hub.
 */
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LossChart, type LossChartHandle } from '../charts/LossChart';
import { OutputPlot, type OutputPlotHandle } from '../charts/OutputPlot';
import { useStore } from '../store/store';
import { Checkbox, formatNumber, tipProps } from './controls';
import { useLossGhost } from './lossGhost';
import { useOverlayLine } from './insideOverlayHooks';
import { DrawTools } from './DrawTools';
import { useOwnData } from '../store/ownDataState';
import { useOutputFrames, usePlotView, useProbePicking } from './outputHooks';
import { useRunView } from './runContext';
import { useT } from './useT';

/** A number as shown, with its full value (as JavaScript prints it) for scripts that check it. */
function Value({ value, text, testId, tip }: { value: number | null; text: string; testId: string; tip: string }) {
  return (
    <td data-testid={testId} data-value={value === null ? '' : String(value)} {...tipProps(tip)}>
      {text}
    </td>
  );
}

/** Test and training side by side, loss over accuracy: four numbers in the width of two. */
function Metrics() {
  const t = useT();
  const m = useRunView((r) => ({ trainLoss: r.trainLoss, testLoss: r.testLoss, trainAccuracy: r.trainAccuracy, testAccuracy: r.testAccuracy }));
  const classify = useStore((s) => s.config.problem !== 'regression');
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? '–' : `${(v * 100).toFixed(1)}%`);
  return (
    <table className="metrics">
      <thead>
        <tr>
          <td />
          <th scope="col">{t('output.test')}</th>
          <th scope="col">{t('output.training')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('output.loss')}</th>
          <Value value={m.testLoss} text={formatNumber(m.testLoss)} testId="loss-test" tip={t('tip.testLoss')} />
          <Value value={m.trainLoss} text={formatNumber(m.trainLoss)} testId="loss-train" tip={t('tip.trainLoss')} />
        </tr>
        {classify && (
          <tr>
            <th scope="row">{t('output.accuracy')}</th>
            <Value value={m.testAccuracy} text={pct(m.testAccuracy)} testId="accuracy-test" tip={t('tip.testAccuracy')} />
            <Value value={m.trainAccuracy} text={pct(m.trainAccuracy)} testId="accuracy-train" tip={t('tip.trainAccuracy')} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function OutputPanel() {
  const t = useT();
  const plot = useRef<OutputPlotHandle>(null);
  const chart = useRef<LossChartHandle>(null);
  const plotHost = useRef<HTMLDivElement>(null);
  const problem = useStore((s) => s.config.problem);
  const head = useStore((s) => s.config.outputHead);
  const { showTestData, showTrainData, discretize, valueRange } = usePlotView(problem, head);
  const numClasses = useRunView((r) => r.numClasses);
  const update = useStore((s) => s.updateConfig);
  const { logScale, setLogScale } = useStore(useShallow((s) => ({ logScale: s.logScale, setLogScale: s.setLogScale })));
  // At full speed a linear epoch axis squeezes all of the learning into its first pixels.
  const logEpochs = useStore((s) => s.config.speed === 'max');
  const ghost = useLossGhost(chart, t);
  useOutputFrames(plot, chart, ghost.onRestart);
  useProbePicking(plotHost, plot);
  useOverlayLine(plot);
  // While drawing every point shows, test points too: a drawn point never vanishes into the test set.
  const drawMode = useOwnData((s) => s.drawMode);

  const classLabels = useMemo(() => Array.from({ length: numClasses }, (_, k) => t('output.class', { index: k + 1 })), [numClasses, t]);
  const lossLabels = useMemo(
    () => ({
      train: t('output.trainLoss'),
      test: t('output.testLoss'),
      trainAcc: t('output.trainAccuracy'),
      testAcc: t('output.testAccuracy'),
      epoch: t('run.epoch'),
      logEpochs: t('output.logEpochs'),
      loss: t('output.loss'),
      accuracy: t('output.accuracy'),
    }),
    [t],
  );

  return (
    <section className="panel output-panel" aria-labelledby="output-title">
      <div className="panel-head">
        <h2 id="output-title">{t('output.title')}</h2>
      </div>
      <Metrics />
      <div className="plot-box">
        <div ref={plotHost} className="plot-host">
          <OutputPlot
            ref={plot}
            showTest={showTestData || drawMode}
            showTrain={showTrainData}
            discretize={discretize}
            ariaLabel={t(`output.plotDescription.${problem}`)}
            classLabels={classLabels}
            legendTitle={t(`output.legendTitle.${problem}`)}
            valueRange={valueRange}
            clampedEnds={problem === 'regression'}
          />
        </div>
      </div>
      <DrawTools host={plotHost} />
      <div className="toggles">
        <Checkbox label={t('data.showTestData')} tip={t('tip.showTestData')} hideAs="showTestData" testId="show-test" checked={showTestData} onChange={(v) => update({ showTestData: v })} />
        <Checkbox label={t('data.showTrainData')} tip={t('tip.showTrainData')} hideAs="showTrainData" testId="show-train" checked={showTrainData} onChange={(v) => update({ showTrainData: v })} />
        <Checkbox label={t('data.discretize')} tip={t('tip.discretize')} hideAs="discretize" testId="discretize" checked={discretize} onChange={(v) => update({ discretize: v })} />
      </div>
      <div className="loss-box">
        <LossChart ref={chart} className="loss-chart-host" fitHeight labels={lossLabels} logScale={logScale} logEpochs={logEpochs} showAccuracy={problem !== 'regression'} />
        <Checkbox label={t('output.logScale')} tip={t('tip.logScale')} testId="log-scale" checked={logScale} onChange={setLogScale} />
        {ghost.label !== null && (
          <p className="loss-ghost-label" data-testid="loss-ghost-label">
            <span className="loss-ghost-swatch" aria-hidden="true" />
            {ghost.label}
            <button type="button" className="icon-button small" aria-label={t('ghost.dismiss')} data-testid="loss-ghost-dismiss" onClick={ghost.dismiss}>
              ×
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
