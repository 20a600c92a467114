/**
 * In the compare view, the shared bar's field for the setting being compared: it cannot be one
 * value for all runs, so it says that it varies instead of offering a control that would seem to
 * change them all. Disabled, with the field's own label and test id.
 */
import { Field } from './controls';
import { useT } from './useT';

export function VariesField({ label, testId }: { label: string; testId: string }) {
  const t = useT();
  return (
    <Field label={label} tip={t('compare.variesHelp')}>
      {(id) => (
        <select id={id} data-testid={testId} data-varies="true" disabled aria-description={t('compare.variesHelp')} value="varies">
          <option value="varies">{t('compare.varies')}</option>
        </select>
      )}
    </Field>
  );
}
