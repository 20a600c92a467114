/**
 * Small labelled controls. Each carries its tooltip (see tipProps) and honours TF Playground's
 * `<control>_hide` keys: a hidden control renders nothing.
 */
import { useId, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { HideableControl } from '../url/keys';
import { useStore } from '../store/store';
import type { FormulaKey } from './tipFormulas';
import { useT } from './useT';

/**
 * A tooltip that works beyond the mouse: the TooltipLayer shows `data-tip` on hover, on
 * keyboard focus and on a long press, and screen readers read the same words as the element's
 * description. (A `title` reaches neither touch screens nor most screen readers.)
 */
export function tipProps(tip: string): { 'data-tip': string; 'aria-description': string } {
  return { 'data-tip': tip, 'aria-description': tip };
}

/** The preset list, with the current value added in order when it is not one of them. */
export function withCurrent(presets: readonly number[], current: number): number[] {
  return presets.includes(current) ? [...presets] : [...presets, current].sort((a, b) => a - b);
}

/** Hidden by the link (`<name>_hide=true`), or by classroom mode because the lesson's step does not need it. */
export function useHidden(name: HideableControl | undefined): boolean {
  return useStore(useShallow((s) => (name ? s.config.hidden.includes(name) || (s.config.classroom && s.lessonUi.classroomHidden.includes(name)) : false)));
}

/**
 * In the compare view, whether `name` is the setting the runs differ in: it has no one shared
 * value then, so its control says so instead of seeming to change every run.
 */
export function useVaries(name: HideableControl | undefined): boolean {
  return useStore((s) => {
    const key = s.config.compare?.key;
    if (name === undefined || key === undefined) return false;
    return key === name || (key === 'activations' && name === 'activation') || (key === 'batchSize' && name === 'batchFull');
  });
}

/**
 * A compared setting's control in the compare view: there is no one shared value to offer, so in
 * its place a disabled select says that it varies, under the control's own test id.
 */
function VariesSelect({ id, testId }: { id: string; testId: string | undefined }) {
  const t = useT();
  return (
    <select id={id} data-testid={testId} data-varies="true" disabled aria-description={t('compare.variesHelp')} value="varies">
      <option value="varies">{t('compare.varies')}</option>
    </select>
  );
}

interface FieldProps {
  label: string;
  tip: string;
  hideAs?: HideableControl;
  children: (id: string) => ReactNode;
  /** Shown at the right of the label: the current value. */
  value?: string;
  testId?: string;
  /** A formula the tooltip typesets under the words (a key of components/tipFormulas.ts). */
  formula?: FormulaKey;
  /** The test id of the control inside, which the "varies" select takes in the compare view. */
  controlTestId?: string;
}

export function Field({ label, tip, hideAs, children, value, testId, formula, controlTestId }: FieldProps) {
  const id = useId();
  const hidden = useHidden(hideAs);
  const varies = useVaries(hideAs);
  if (hidden) return null;
  return (
    <div className="field" data-tip={tip} data-tip-formula={formula} data-testid={testId} data-varies={varies || undefined}>
      <label htmlFor={id} className="field-label">
        <span>{label}</span>
        {!varies && value !== undefined && <span className="field-value">{value}</span>}
      </label>
      {varies ? <VariesSelect id={id} testId={controlTestId} /> : children(id)}
    </div>
  );
}

interface SelectProps<V extends string> {
  label: string;
  tip: string;
  value: V;
  options: readonly { value: V; label: string; tip?: string }[];
  onChange: (value: V) => void;
  hideAs?: HideableControl;
  testId?: string;
  formula?: FormulaKey;
}

export function Select<V extends string>({ label, tip, value, options, onChange, hideAs, testId, formula }: SelectProps<V>) {
  return (
    <Field label={label} tip={tip} hideAs={hideAs} formula={formula} controlTestId={testId}>
      {(id) => (
        <select id={id} value={value} data-testid={testId} aria-description={tip} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface SliderProps {
  label: string;
  tip: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  format?: (value: number) => string;
  hideAs?: HideableControl;
  testId?: string;
  disabled?: boolean;
}

export function Slider({ label, tip, value, min, max, step, onChange, format, hideAs, testId, disabled }: SliderProps) {
  return (
    <Field label={label} tip={tip} hideAs={hideAs} value={format ? format(value) : String(value)} controlTestId={testId}>
      {(id) => (
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          data-testid={testId}
          aria-description={tip}
          onChange={(e) => onChange(Number(e.target.value))}
        />
      )}
    </Field>
  );
}

interface CheckboxProps {
  label: string;
  tip: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hideAs?: HideableControl;
  testId?: string;
}

export function Checkbox({ label, tip, checked, onChange, hideAs, testId }: CheckboxProps) {
  const t = useT();
  const hidden = useHidden(hideAs);
  const varies = useVaries(hideAs);
  if (hidden) return null;
  return (
    <label className="checkbox" data-tip={tip} data-varies={varies || undefined}>
      <input type="checkbox" checked={checked} disabled={varies} data-testid={testId} aria-description={varies ? t('compare.variesHelp') : tip} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
      {varies && <span className="varies-note">{t('compare.varies')}</span>}
    </label>
  );
}

/** Formats a number for people: short, and never "NaN". */
export function formatNumber(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v !== 0 && Math.abs(v) < 10 ** -digits) return v.toExponential(1);
  return v.toFixed(digits);
}
