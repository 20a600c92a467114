/**
 * How the network learns: learning rate, activation for all layers, output and loss,
 * optimizer and its settings, initialisation, regularisation, dropout, batch norm and seed.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  ACTIVATIONS,
  HEADS_BY_PROBLEM,
  INITIALIZERS,
  LEARNING_RATES,
  OPTIMIZERS,
  REGULARIZATIONS,
  REGULARIZATION_RATES,
  type ActivationId,
  type OptimizerSettings,
} from '../config/config';
import { RANGES } from '../url';
import { useStore } from '../store/store';
import { Checkbox, Field, Select, Slider } from './controls';
import { NumberInput } from './NumberInput';
import { useT } from './useT';

const SETTINGS_BY_OPTIMIZER: Record<string, (keyof OptimizerSettings)[]> = {
  sgd: [],
  momentum: ['momentum'],
  adagrad: ['epsilon'],
  rmsprop: ['rho', 'epsilon'],
  adam: ['beta1', 'beta2', 'epsilon'],
};

const SEED_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

function SeedInput() {
  const t = useT();
  const seed = useStore((s) => s.config.seed);
  const update = useStore((s) => s.updateConfig);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? seed;
  const valid = SEED_PATTERN.test(text);
  const commit = () => {
    if (draft !== null && valid) update({ seed: draft });
    setDraft(null);
  };
  return (
    <Field label={t('training.seed')} tip={t('tip.seed')} hideAs="seed">
      {(id) => (
        <span className="number-input">
          <input
            id={id}
            type="text"
            data-testid="seed"
            value={text}
            aria-invalid={!valid}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
          {!valid && (
            <span className="input-error" role="alert">
              {t('training.invalidSeed')}
            </span>
          )}
        </span>
      )}
    </Field>
  );
}

export function TrainingPanel() {
  const t = useT();
  const c = useStore(
    useShallow((s) => ({
      learningRate: s.config.learningRate,
      activations: s.config.activations,
      problem: s.config.problem,
      outputHead: s.config.outputHead,
      optimizer: s.config.optimizer,
      optimizerSettings: s.config.optimizerSettings,
      init: s.config.init,
      regularization: s.config.regularization,
      regularizationRate: s.config.regularizationRate,
      dropout: s.config.dropout,
      batchNorm: s.config.batchNorm,
    })),
  );
  const update = useStore((s) => s.updateConfig);
  const allSame = c.activations.every((a) => a === c.activations[0]);
  const rates = LEARNING_RATES.includes(c.learningRate as (typeof LEARNING_RATES)[number]) ? LEARNING_RATES : [...LEARNING_RATES, c.learningRate].sort((a, b) => a - b);
  const regRates = REGULARIZATION_RATES.includes(c.regularizationRate as (typeof REGULARIZATION_RATES)[number])
    ? REGULARIZATION_RATES
    : [...REGULARIZATION_RATES, c.regularizationRate].sort((a, b) => a - b);

  return (
    <section className="panel training-panel" aria-labelledby="training-title">
      <h2 id="training-title">{t('training.title')}</h2>
      <div className="training-grid">
        <Field label={t('training.learningRate')} tip={t('tip.learningRate')} hideAs="learningRate">
          {(id) => (
            <span className="lr-input">
              <select id={id} data-testid="learning-rate" value={String(c.learningRate)} onChange={(e) => update({ learningRate: Number(e.target.value) })}>
                {rates.map((r) => (
                  <option key={r} value={String(r)}>
                    {r}
                  </option>
                ))}
              </select>
              <NumberInput
                value={c.learningRate}
                min={RANGES.learningRate.min}
                max={RANGES.learningRate.max}
                minInclusive={false}
                label={t('training.learningRateCustom')}
                invalidText={t('training.invalidNumber', { min: 0, max: RANGES.learningRate.max })}
                testId="learning-rate-input"
                onCommit={(v) => update({ learningRate: v })}
              />
            </span>
          )}
        </Field>
        <Select<ActivationId | 'mixed'>
          label={t('network.activation')}
          tip={t('tip.activation')}
          hideAs="activation"
          testId="activation"
          value={allSame && c.activations.length > 0 ? c.activations[0] : 'mixed'}
          options={[
            ...(allSame && c.activations.length > 0 ? [] : [{ value: 'mixed' as const, label: t('network.activationPerLayer') }]),
            ...ACTIVATIONS.map((a) => ({ value: a, label: t(`activation.${a}`), tip: t(`tip.activation.${a}`) })),
          ]}
          onChange={(a) => a !== 'mixed' && update({ activations: c.activations.map(() => a) })}
        />
        <Select
          label={t('network.outputLoss')}
          tip={t('tip.outputHead')}
          hideAs="outputHead"
          testId="output-head"
          value={c.outputHead}
          options={HEADS_BY_PROBLEM[c.problem].map((h) => ({ value: h, label: t(`head.${h}`), tip: t(`tip.head.${h}`) }))}
          onChange={(h) => update({ outputHead: h })}
        />
        <Select
          label={t('training.optimizer')}
          tip={t(`tip.optimizer.${c.optimizer}`)}
          hideAs="optimizer"
          testId="optimizer"
          value={c.optimizer}
          options={OPTIMIZERS.map((o) => ({ value: o, label: t(`optimizer.${o}`), tip: t(`tip.optimizer.${o}`) }))}
          onChange={(o) => update({ optimizer: o })}
        />
        {SETTINGS_BY_OPTIMIZER[c.optimizer].map((key) => (
          <Field key={key} label={t(`training.${key}`)} tip={t(`tip.${key}`)} hideAs={key}>
            {(id) => (
              <NumberInput
                id={id}
                value={c.optimizerSettings[key]}
                min={RANGES[key].min}
                max={RANGES[key].max}
                minInclusive={key !== 'epsilon'}
                label={t(`training.${key}`)}
                invalidText={t('training.invalidNumber', { min: RANGES[key].min, max: RANGES[key].max })}
                testId={`optimizer-${key}`}
                onCommit={(v) => update({ optimizerSettings: { ...c.optimizerSettings, [key]: key === 'epsilon' ? v : Math.min(v, 0.9999) } })}
              />
            )}
          </Field>
        ))}
        <Select
          label={t('training.init')}
          tip={t(`tip.init.${c.init}`)}
          hideAs="init"
          testId="init"
          value={c.init}
          options={INITIALIZERS.map((i) => ({ value: i, label: t(`init.${i}`), tip: t(`tip.init.${i}`) }))}
          onChange={(i) => update({ init: i })}
        />
        <Select
          label={t('training.regularization')}
          tip={t(`tip.regularization.${c.regularization}`)}
          hideAs="regularization"
          testId="regularization"
          value={c.regularization}
          options={REGULARIZATIONS.map((r) => ({ value: r, label: t(`regularization.${r}`), tip: t(`tip.regularization.${r}`) }))}
          onChange={(r) => update({ regularization: r })}
        />
        <Select
          label={t('training.regularizationRate')}
          tip={t('tip.regularizationRate')}
          hideAs="regularizationRate"
          testId="regularization-rate"
          value={String(c.regularizationRate)}
          options={regRates.map((r) => ({ value: String(r), label: String(r) }))}
          onChange={(r) => update({ regularizationRate: Number(r) })}
        />
        <Slider label={t('training.dropout')} tip={t('tip.dropout')} hideAs="dropout" testId="dropout" value={c.dropout} min={0} max={0.9} step={0.05} format={(v) => v.toFixed(2)} onChange={(v) => update({ dropout: v })} />
        <Checkbox label={t('training.batchNorm')} tip={t('tip.batchNorm')} hideAs="batchNorm" testId="batch-norm" checked={c.batchNorm} onChange={(v) => update({ batchNorm: v })} />
        <SeedInput />
      </div>
    </section>
  );
}
