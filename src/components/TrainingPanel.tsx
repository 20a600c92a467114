/**
 * How the network learns, beyond the top bar's learning rate, activation and regularisation:
 * output and loss, optimizer and its settings, initialisation, dropout, batch norm, the order
 * of the points (reshuffle) and seed.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HEADS_BY_PROBLEM, INITIALIZERS, OPTIMIZERS, SEED_PATTERN } from '../config/config';
import { RANGES } from '../config/ranges';
import { OPTIMIZER_REGISTRY } from '../store/registries';
import { useStore } from '../store/store';
import { Checkbox, Field, Select, Slider } from './controls';
import { NumberInput } from './NumberInput';
import { useT } from './useT';

function SeedInput() {
  const t = useT();
  const seed = useStore((s) => s.config.seed);
  const update = useStore((s) => s.updateConfig);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? seed;
  const valid = SEED_PATTERN.test(text);
  const commit = () => {
    // A new seed starts its own count of Resets, as Regenerate does.
    if (draft !== null && valid && draft !== seed) update({ seed: draft, resets: 0 });
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
      problem: s.config.problem,
      outputHead: s.config.outputHead,
      optimizer: s.config.optimizer,
      optimizerSettings: s.config.optimizerSettings,
      init: s.config.init,
      dropout: s.config.dropout,
      batchNorm: s.config.batchNorm,
      reshuffle: s.config.reshuffle,
    })),
  );
  const update = useStore((s) => s.updateConfig);

  return (
    <section className="panel training-panel" aria-label={t('drawer.settings')}>
      <div className="training-grid">
        <Select
          label={t('network.outputLoss')}
          tip={t('tip.outputHead')}
          hideAs="outputHead"
          testId="output-head"
          formula={`head.${c.outputHead}`}
          value={c.outputHead}
          options={HEADS_BY_PROBLEM[c.problem].map((h) => ({ value: h, label: t(`head.${h}`), tip: t(`tip.head.${h}`) }))}
          onChange={(h) => update({ outputHead: h })}
        />
        <Select
          label={t('training.optimizer')}
          tip={t(`tip.optimizer.${c.optimizer}`)}
          hideAs="optimizer"
          testId="optimizer"
          formula={`optimizer.${c.optimizer}`}
          value={c.optimizer}
          options={OPTIMIZERS.map((o) => ({ value: o, label: t(`optimizer.${o}`), tip: t(`tip.optimizer.${o}`) }))}
          onChange={(o) => update({ optimizer: o })}
        />
        {OPTIMIZER_REGISTRY[c.optimizer].settings.map((key) => (
          <Field key={key} label={t(`training.${key}`)} tip={t(`tip.${key}`)} hideAs={key} controlTestId={`optimizer-${key}`}>
            {(id) => (
              <NumberInput
                id={id}
                value={c.optimizerSettings[key]}
                min={RANGES[key].min}
                max={RANGES[key].max}
                minInclusive={key !== 'epsilon'}
                label={t(`training.${key}`)}
                rangeText={t('training.rangeText', { min: RANGES[key].min, max: RANGES[key].max })}
                testId={`optimizer-${key}`}
                onCommit={(v) => v !== null && update({ optimizerSettings: { ...c.optimizerSettings, [key]: key === 'epsilon' ? v : Math.min(v, 0.9999) } })}
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
        <Slider label={t('training.dropout')} tip={t('tip.dropout')} hideAs="dropout" testId="dropout" value={c.dropout} min={0} max={0.9} step={0.05} format={(v) => v.toFixed(2)} onChange={(v) => update({ dropout: v })} />
        <Checkbox label={t('training.batchNorm')} tip={t('tip.batchNorm')} hideAs="batchNorm" testId="batch-norm" checked={c.batchNorm} onChange={(v) => update({ batchNorm: v })} />
        <Checkbox label={t('training.reshuffle')} tip={t('tip.reshuffle')} hideAs="reshuffle" testId="reshuffle" checked={c.reshuffle} onChange={(v) => update({ reshuffle: v })} />
        <SeedInput />
      </div>
    </section>
  );
}
