/**
 * A typed number that is applied only when valid: anything else shows a hint and keeps the
 * last good value, so a stray keystroke never reaches the network.
 */
import { useState } from 'react';
import { parseTypedDecimal } from '../config/numbers';

interface NumberInputProps {
  id?: string;
  value: number;
  min: number;
  max: number;
  /** Whether `min` itself is allowed (a learning rate of 0 is not). */
  minInclusive?: boolean;
  onCommit: (value: number) => void;
  invalidText: string;
  label: string;
  testId?: string;
}

export function NumberInput({ id, value, min, max, minInclusive = true, onCommit, invalidText, label, testId }: NumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = parseTypedDecimal(text);
  const valid = Number.isFinite(parsed) && (minInclusive ? parsed >= min : parsed > min) && parsed <= max;
  const commit = () => {
    if (draft === null) return;
    if (valid) onCommit(parsed);
    setDraft(null);
  };
  return (
    <span className="number-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={!valid}
        data-testid={testId}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {!valid && (
        <span className="input-error" role="alert">
          {invalidText}
        </span>
      )}
    </span>
  );
}
