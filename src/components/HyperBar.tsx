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
import { VariesField } from './VariesField';

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
  // In the compare view, the setting that differs between the runs is not one shared value.
  const varies = useStore((s) => s.config.compare?.key ?? null);

  return (
    <div className="hyper-bar">
      {varies === 'learningRate' ? (
        <VariesField label={t('training.learningRate')} testId="learning-rate" />
      ) : (
        <LearningRateField rate={c.learningRate} update={update} t={t} />
      )}
      {(varies === 'activation' || varies === 'activations') && <VariesField label={t('network.activation')} testId="activation" />}
      {varies !== 'activation' && varies !== 'activations' && c.activations.length > 0 && (
        <ActivationSelect activations={c.activations} update={update} t={t} />
      )}
      {varies === 'regularization' ? (
        <VariesField label={t('training.regularization')} testId="regularization" />
      ) : (
        <Select
          label={t('training.regularization')}
          tip={t(`tip.regularization.${c.regularization}`)}
          hideAs="regularization"
          testId="regularization"
          value={c.regularization}
          options={REGULARIZATIONS.map((r) => ({ value: r, label: t(`regularization.${r}`) }))}
          onChange={(r) => update({ regularization: r })}
        />
      )}
      {varies === 'regularizationRate' ? (
        <VariesField label={t('training.regularizationRate')} testId="regularization-rate" />
      ) : (
        <Select
          label={t('training.regularizationRate')}
          tip={t('tip.regularizationRate')}
          hideAs="regularizationRate"
          testId="regularization-rate"
          value={String(c.regularizationRate)}
          options={withCurrent(REGULARIZATION_RATES, c.regularizationRate).map((r) => ({ value: String(r), label: String(r) }))}
          onChange={(r) => update({ regularizationRate: Number(r) })}
        />
      )}
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
    <Field label={t('training.learningRate')} tip={t('tip.learningRate')} hideAs="learningRate">
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
