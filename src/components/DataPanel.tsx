/** Data: the problem, the dataset pictures, train share, noise, batch size and regenerate. */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { drawPointsThumbnail } from '../charts/pointsThumbnail';
import {
  CLASSIFY_DATASETS,
  HEADS_BY_PROBLEM,
  MULTICLASS_DATASETS,
  numSamplesFor,
  PROBLEMS,
  REGRESS_DATASETS,
  trainSetSize,
  type DatasetId,
  type PlaygroundConfig,
  type Problem,
} from '../config/config';
import { thumbnailPoints } from '../store/registries';
import { useStore } from '../store/store';
import { afterNextPaint } from './afterPaint';
import { Checkbox, Select, Slider, tipProps, useHidden } from './controls';
import { OwnDataPanel } from './OwnDataPanel';
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
function problemPatch(outputHead: PlaygroundConfig['outputHead'], problem: Problem): Partial<PlaygroundConfig> {
  const heads = HEADS_BY_PROBLEM[problem];
  // Own points belong to their problem: another problem starts from its dataset.
  return { problem, outputHead: heads.includes(outputHead) ? outputHead : heads[0], customData: null };
}

function datasetPatch(problem: Problem, id: DatasetId): Partial<PlaygroundConfig> {
  // Picking a dataset leaves the learner's own points.
  if (problem === 'regression') return { regDataset: id as PlaygroundConfig['regDataset'], customData: null };
  if (problem === 'multiclass') return { multiDataset: id as PlaygroundConfig['multiDataset'], customData: null };
  return { dataset: id as PlaygroundConfig['dataset'], customData: null };
}

/**
 * The dataset pictures as one radio group: Tab enters it at the chosen one, the arrow keys
 * move the choice (and focus) through the others, as a native radio group does.
 */
function DatasetPicker({ problem, current }: { problem: Problem; current: DatasetId }) {
  const t = useT();
  const custom = useStore((s) => s.config.customData !== null);
  const update = useStore((s) => s.updateConfig);
  const ids = DATASETS_BY_PROBLEM[problem];
  const groupRef = useRef<HTMLDivElement>(null);
  const choose = (id: DatasetId, focus: boolean) => {
    update(datasetPatch(problem, id));
    if (focus) groupRef.current?.querySelector<HTMLElement>(`[data-dataset="${id}"]`)?.focus();
  };
  const onKey = (e: React.KeyboardEvent, id: DatasetId) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    choose(ids[(ids.indexOf(id) + step + ids.length) % ids.length], true);
  };
  return (
    <div ref={groupRef} className="datasets" role="radiogroup" aria-label={t('data.which')} {...tipProps(t('tip.dataset'))}>
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          role="radio"
          aria-checked={id === current && !custom}
          tabIndex={id === current ? 0 : -1}
          className="dataset"
          data-dataset={id}
          data-testid={`dataset-${id}`}
          {...tipProps(t(`tip.dataset.${id}`))}
          onClick={() => choose(id, false)}
          onKeyDown={(e) => onKey(e, id)}
        >
          <DatasetThumbnail id={id} problem={problem} />
          <span>{t(`dataset.${id}`)}</span>
        </button>
      ))}
    </div>
  );
}

export function DataPanel() {
  const t = useT();
  const run = useRun();
  const update = useStore((s) => s.updateConfig);
  const hideDataset = useHidden('dataset');
  const c = useStore(
    useShallow((s) => ({
      problem: s.config.problem,
      outputHead: s.config.outputHead,
      dataset: s.config.dataset,
      regDataset: s.config.regDataset,
      multiDataset: s.config.multiDataset,
      noise: s.config.noise,
      percTrainData: s.config.percTrainData,
      batchSize: s.config.batchSize,
      batchFull: s.config.batchFull,
    })),
  );
  const current: DatasetId = c.problem === 'regression' ? c.regDataset : c.problem === 'multiclass' ? c.multiDataset : c.dataset;
  const trainSize = trainSetSize(c);
  const ownCount = useStore((s) => s.config.customData?.x.length ?? null);
  const total = numSamplesFor(c.problem);

  return (
    <section className="panel data-panel" aria-labelledby="data-title">
      <div className="panel-head">
        <h2 id="data-title">{t('data.title')}</h2>
      </div>
      <Select
        label={t('data.problem')}
        tip={t('tip.problem')}
        hideAs="problem"
        testId="problem"
        value={c.problem}
        options={PROBLEMS.map((p) => ({ value: p, label: t(`problem.${p}`) }))}
        onChange={(p) => update(problemPatch(c.outputHead, p))}
      />
      {!hideDataset && <DatasetPicker problem={c.problem} current={current} />}
      <Slider
        label={t('data.trainShare')}
        tip={t('tip.trainShare')}
        hideAs="percTrainData"
        testId="perc-train"
        value={c.percTrainData}
        min={10}
        max={90}
        step={10}
        format={(v) => `${v}%`}
        onChange={(v) => update({ percTrainData: v, batchSize: Math.min(c.batchSize, trainSetSize({ ...c, percTrainData: v })) })}
      />
      <Slider label={t('data.noise')} tip={t('tip.noise')} hideAs="noise" testId="noise" value={c.noise} min={0} max={50} step={5} onChange={(v) => update({ noise: v })} />
      <Slider
        label={t('data.batchSize')}
        tip={t('tip.batchSize')}
        hideAs="batchSize"
        testId="batch-size"
        value={c.batchFull ? trainSize : Math.min(c.batchSize, trainSize)}
        min={1}
        max={trainSize}
        step={1}
        disabled={c.batchFull}
        format={(v) => (c.batchFull ? `${v} (${t('data.batchFull')})` : String(v))}
        onChange={(v) => update({ batchSize: v })}
      />
      <Checkbox label={t('data.batchFull')} tip={t('tip.batchFull')} hideAs="batchFull" testId="batch-full" checked={c.batchFull} onChange={(v) => update({ batchFull: v })} />
      <div className="data-actions">
        <button type="button" className="text-button" data-testid="regenerate" {...tipProps(t('tip.regenerate'))} onClick={run.regenerate}>
          {t('data.regenerate')}
        </button>
      </div>
      {ownCount === null && <p className="hint">{t('data.points', { train: trainSize, test: Math.max(0, total - trainSize) })}</p>}
      <OwnDataPanel />
    </section>
  );
}
