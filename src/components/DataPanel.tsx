/** Data: the problem, the dataset pictures, noise, train share, batch size and regenerate. */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { drawPointsThumbnail } from '../charts/pointsThumbnail';
import {
  CLASSIFY_DATASETS,
  MULTICLASS_DATASETS,
  PROBLEMS,
  REGRESS_DATASETS,
  activeDataset,
  trainSetSize,
  type DatasetId,
  type PlaygroundConfig,
  type Problem,
} from '../config/config';
import { thumbnailPoints } from '../store/registries';
import { HEADS_BY_PROBLEM } from '../config/config';
import { useStore } from '../store/store';
import { afterNextPaint } from './afterPaint';
import { Checkbox, Select, Slider, useHidden } from './controls';
import { useRun } from './runContext';
import { useT } from './useT';

const DATASETS_BY_PROBLEM: Record<Problem, readonly DatasetId[]> = {
  classification: CLASSIFY_DATASETS,
  regression: REGRESS_DATASETS,
  multiclass: MULTICLASS_DATASETS,
};

function DatasetThumbnail({ id, problem }: { id: DatasetId; problem: Problem }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(
    () =>
      afterNextPaint(() => {
        const canvas = ref.current;
        if (!canvas) return;
        // A fixed seed: the picture shows the pattern, not this run's points.
        const points = thumbnailPoints(id, problem === 'regression' ? 300 : 200);
        drawPointsThumbnail(canvas, points.x, points.y, points.label, problem === 'regression' ? 'regression' : problem === 'multiclass' ? 'classes' : 'binary');
      }),
    [id, problem],
  );
  return <canvas ref={ref} width={64} height={64} aria-hidden="true" />;
}

/** Switching problem also picks an output head that fits it. */
function problemPatch(config: PlaygroundConfig, problem: Problem): Partial<PlaygroundConfig> {
  const heads = HEADS_BY_PROBLEM[problem];
  return { problem, outputHead: heads.includes(config.outputHead) ? config.outputHead : heads[0] };
}

function datasetPatch(problem: Problem, id: DatasetId): Partial<PlaygroundConfig> {
  if (problem === 'regression') return { regDataset: id as PlaygroundConfig['regDataset'] };
  if (problem === 'multiclass') return { multiDataset: id as PlaygroundConfig['multiDataset'] };
  return { dataset: id as PlaygroundConfig['dataset'] };
}

export function DataPanel() {
  const t = useT();
  const run = useRun();
  const config = useStore((s) => s.config);
  const update = useStore((s) => s.updateConfig);
  const hideDataset = useHidden('dataset');
  const { problem, noise, percTrainData, batchSize, batchFull } = useStore(
    useShallow((s) => ({
      problem: s.config.problem,
      noise: s.config.noise,
      percTrainData: s.config.percTrainData,
      batchSize: s.config.batchSize,
      batchFull: s.config.batchFull,
    })),
  );
  const current = activeDataset(config);
  const trainSize = trainSetSize(config);

  return (
    <section className="panel data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <Select
        label={t('data.problem')}
        tip={t('tip.problem')}
        hideAs="problem"
        testId="problem"
        value={problem}
        options={PROBLEMS.map((p) => ({ value: p, label: t(`problem.${p}`) }))}
        onChange={(p) => update(problemPatch(config, p))}
      />
      {!hideDataset && (
        <div className="datasets" role="radiogroup" aria-label={t('data.which')} title={t('tip.dataset')}>
          {DATASETS_BY_PROBLEM[problem].map((id) => (
            <button
              key={id}
              type="button"
              role="radio"
              aria-checked={id === current}
              className={`dataset ${id === current ? 'selected' : ''}`}
              data-testid={`dataset-${id}`}
              title={t(`tip.dataset.${id}`)}
              onClick={() => update(datasetPatch(problem, id))}
            >
              <DatasetThumbnail id={id} problem={problem} />
              <span>{t(`dataset.${id}`)}</span>
            </button>
          ))}
        </div>
      )}
      <Slider
        label={t('data.trainShare')}
        tip={t('tip.trainShare')}
        hideAs="percTrainData"
        testId="perc-train"
        value={percTrainData}
        min={10}
        max={90}
        step={10}
        format={(v) => `${v}%`}
        onChange={(v) => {
          const next = { ...config, percTrainData: v };
          update({ percTrainData: v, batchSize: Math.min(batchSize, trainSetSize(next)) });
        }}
      />
      <Slider label={t('data.noise')} tip={t('tip.noise')} hideAs="noise" testId="noise" value={noise} min={0} max={50} step={5} onChange={(v) => update({ noise: v })} />
      <Slider
        label={t('data.batchSize')}
        tip={t('tip.batchSize')}
        hideAs="batchSize"
        testId="batch-size"
        value={batchFull ? trainSize : Math.min(batchSize, trainSize)}
        min={1}
        max={trainSize}
        step={1}
        disabled={batchFull}
        format={(v) => (batchFull ? `${v} (${t('data.batchFull')})` : String(v))}
        onChange={(v) => update({ batchSize: v })}
      />
      <Checkbox label={t('data.batchFull')} tip={t('tip.batchFull')} hideAs="batchFull" testId="batch-full" checked={batchFull} onChange={(v) => update({ batchFull: v })} />
      <button type="button" className="text-button" data-testid="regenerate" title={t('tip.regenerate')} onClick={run.regenerate}>
        {t('data.regenerate')}
      </button>
      <p className="hint">{t('data.points', { train: trainSize, test: Math.max(0, (problem === 'regression' ? 1200 : 500) - trainSize) })}</p>
    </section>
  );
}
