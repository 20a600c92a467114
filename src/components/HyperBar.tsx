/**
 * The hyper-parameters a lesson turns most, in the top bar beside play, as in TF Playground:
 * learning rate, activation for all hidden layers, regularisation and its rate. The rest of the
 * training settings wait in the settings drawer.
 */
import { useShallow } from 'zustand/react/shallow';
import { ACTIVATIONS, LEARNING_RATES, REGULARIZATIONS, REGULARIZATION_RATES, type ActivationId } from '../config/config';
import { RANGES } from '../config/ranges';
import { useStore, type ConfigSlice } from '../store/store';
import { Field, Select, withCurrent } from './controls';
import { NumberInput } from './NumberInput';
import { useT, type T } from './useT';

export function HyperBar() {
  const t = useT();
  const c = useStore(
    useShallow((s) => ({
      learningRate: s.config.learningRate,
      activations: s.config.activations,
      regularization: s.config.regularization,
      regularizationRate: s.config.regularizationRate,
    })),
  );
  const update = useStore((s) => s.updateConfig);
  return (
    <div className="hyper-bar">
      <LearningRateField rate={c.learningRate} update={update} t={t} />
      {c.activations.length > 0 && <ActivationSelect activations={c.activations} update={update} t={t} />}
      <Select
        label={t('training.regularization')}
        tip={t(`tip.regularization.${c.regularization}`)}
        hideAs="regularization"
        testId="regularization"
        value={c.regularization}
        options={REGULARIZATIONS.map((r) => ({ value: r, label: t(`regularization.${r}`) }))}
        onChange={(r) => update({ regularization: r })}
      />
      <Select
        label={t('training.regularizationRate')}
        tip={t('tip.regularizationRate')}
        hideAs="regularizationRate"
        testId="regularization-rate"
        value={String(c.regularizationRate)}
        options={withCurrent(REGULARIZATION_RATES, c.regularizationRate).map((r) => ({ value: String(r), label: String(r) }))}
        onChange={(r) => update({ regularizationRate: Number(r) })}
      />
    </div>
  );
}

interface FieldProps {
  update: ConfigSlice['updateConfig'];
  t: T;
}

/** The learning rate: a menu of the usual rates and a box for any other. */
function LearningRateField({ rate, update, t }: FieldProps & { rate: number }) {
  return (
    <Field label={t('training.learningRate')} tip={t('tip.learningRate')} hideAs="learningRate" controlTestId="learning-rate">
      {(id) => (
        <span className="lr-input">
          <select id={id} data-testid="learning-rate" aria-description={t('tip.learningRate')} value={String(rate)} onChange={(e) => update({ learningRate: Number(e.target.value) })}>
            {withCurrent(LEARNING_RATES, rate).map((r) => (
              <option key={r} value={String(r)}>
                {r}
              </option>
            ))}
          </select>
          <NumberInput
            value={rate}
            min={RANGES.learningRate.min}
            max={RANGES.learningRate.max}
            minInclusive={false}
            label={t('training.learningRateCustom')}
            rangeText={t('training.learningRateRange', { max: RANGES.learningRate.max })}
            testId="learning-rate-input"
            onCommit={(v) => v !== null && update({ learningRate: v })}
          />
        </span>
      )}
    </Field>
  );
}

/** One activation for every hidden layer; "per layer" while the layers differ. */
function ActivationSelect({ activations, update, t }: FieldProps & { activations: ActivationId[] }) {
  const allSame = activations.every((a) => a === activations[0]);
  const shown = allSame ? activations[0] : undefined;
  return (
    <Select<ActivationId | 'mixed'>
      label={t('network.activation')}
      tip={shown ? t(`tip.activation.${shown}`) : t('tip.activationPerLayer')}
      hideAs="activation"
      testId="activation"
      formula={shown ? `activation.${shown}` : undefined}
      value={shown ?? 'mixed'}
      options={[
        ...(allSame ? [] : [{ value: 'mixed' as const, label: t('network.activationPerLayer') }]),
        ...ACTIVATIONS.map((a) => ({ value: a, label: t(`activation.${a}`) })),
      ]}
      onChange={(a) => a !== 'mixed' && update({ activations: activations.map(() => a) })}
    />
  );
}
