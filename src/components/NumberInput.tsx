/**
 * A typed number that is applied only when valid. Anything else says so in a small bubble that
 * floats under the box (it never reflows the bar it sits in) and keeps the last good value, so
 * a stray keystroke never reaches the network and never goes unexplained.
 */
import { useEffect, useId, useState } from 'react';
import { parseTypedDecimal } from '../config/numbers';
import { useT } from './useT';

interface NumberInputProps {
  id?: string;
  value: number | null;
  min: number;
  max: number;
  /** Whether `min` itself is allowed (a learning rate of 0 is not). */
  minInclusive?: boolean;
  integer?: boolean;
  /** An empty box means "none" (value null) instead of an error. */
  allowEmpty?: boolean;
  onCommit: (value: number | null) => void;
  /** The allowed range as people read it, e.g. "0 < η ≤ 100". */
  rangeText: string;
  label: string;
  placeholder?: string;
  testId?: string;
  className?: string;
}

type Problem = { kind: 'nan'; text: string } | { kind: 'range'; text: string } | null;

/** How long the "kept the last value" bubble stays after a refused entry. */
const REFUSAL_MS = 4000;

export function NumberInput(props: NumberInputProps) {
  const { id, value, min, max, minInclusive = true, integer = false, allowEmpty = false, onCommit, rangeText, label, placeholder, testId, className } = props;
  const t = useT();
  const bubbleId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // A refused entry's message outlives the draft it was about, for a few seconds.
  const [refused, setRefused] = useState<Problem>(null);
  useEffect(() => {
    if (!refused) return;
    const timer = setTimeout(() => setRefused(null), REFUSAL_MS);
    return () => clearTimeout(timer);
  }, [refused]);

  const text = draft ?? (value === null ? '' : String(value));
  const check = (s: string): { problem: Problem; parsed: number | null } => {
    if (s.trim() === '' && allowEmpty) return { problem: null, parsed: null };
    const n = parseTypedDecimal(s);
    if (!Number.isFinite(n)) return { problem: { kind: 'nan', text: s.trim().slice(0, 12) }, parsed: null };
    const inside = (minInclusive ? n >= min : n > min) && n <= max && (!integer || Number.isInteger(n));
    return inside ? { problem: null, parsed: n } : { problem: { kind: 'range', text: s.trim().slice(0, 12) }, parsed: null };
  };
  const live = draft === null ? null : check(draft).problem;
  const problem = live ?? refused;

  const commit = () => {
    if (draft === null) return;
    const { problem: p, parsed } = check(draft);
    if (p) setRefused(p);
    else if (parsed !== value) onCommit(parsed);
    setDraft(null);
  };

  const message = problem
    ? `${problem.kind === 'nan' ? t('input.notANumber', { text: problem.text }) : t('input.outOfRange', { text: problem.text, range: rangeText })}${
        draft === null && value !== null ? ` ${t('input.kept', { value: String(value) })}` : ''
      }`
    : null;

  return (
    <span className={`number-input ${className ?? ''}`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={live !== null}
        aria-describedby={message ? bubbleId : undefined}
        data-testid={testId}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setRefused(null);
          }
        }}
      />
      {message && (
        <span id={bubbleId} className="input-bubble" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {message}
        </span>
      )}
    </span>
  );
}
