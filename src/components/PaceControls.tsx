/**
 * The pace and "stop at epoch", shared by the single view's run bar and the compare view's
 * transport: both write the shared configuration, which the run's controller (or every run of
 * a comparison, in lock-step) follows.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_SPEED, SPEEDS, type Speed } from '../config/config';
import { RANGES } from '../config/ranges';
import { useStore } from '../store/store';
import { withCurrent } from './controls';
import { NumberInput } from './NumberInput';
import { useT } from './useT';

const epochFormat = new Intl.NumberFormat('en-US');

/** The paces offered, with the current one in order when a link chose another. */
function paceOptions(current: Speed): Speed[] {
  const numbers = SPEEDS.filter((s): s is number => s !== 'max');
  return [...(current === 'max' ? numbers : withCurrent(numbers, current)), 'max'];
}

export function PaceControls() {
  const t = useT();
  const { speed, stopAt } = useStore(useShallow((s) => ({ speed: s.config.speed, stopAt: s.config.stopAt })));
  const update = useStore((s) => s.updateConfig);
  // "Max" and back is one click each way: the button remembers the pace it left.
  const lastPace = useRef<number>(typeof speed === 'number' ? speed : DEFAULT_SPEED);
  useEffect(() => {
    if (typeof speed === 'number') lastPace.current = speed;
  }, [speed]);
  const label = (s: Speed) => (s === 'max' ? t('run.speedMax') : t('run.epochsPerSecond', { count: epochFormat.format(s) }));
  return (
    <span className="pace">
      <label className="bar-field" data-tip={t('tip.speed')}>
        <span className="bar-caption">{t('run.speed')}</span>
        <span className="pace-controls">
          <select data-testid="speed" value={String(speed)} onChange={(e) => update({ speed: e.target.value === 'max' ? 'max' : Number(e.target.value) })}>
            {paceOptions(speed).map((s) => (
              <option key={String(s)} value={String(s)}>
                {label(s)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="icon-button small"
            data-testid="speed-max"
            aria-pressed={speed === 'max'}
            aria-label={t('run.speedMaxToggle')}
            data-tip={t('tip.speedMax')}
            onClick={() => update({ speed: speed === 'max' ? lastPace.current : 'max' })}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M4 6v12l8-6zM12 6v12l8-6z" />
            </svg>
          </button>
        </span>
      </label>
      <span className="bar-field" data-tip={t('tip.stopAt')}>
        <span className="bar-caption" aria-hidden="true">
          {t('run.stopAt')}
        </span>
        <NumberInput
          className="stop-at"
          value={stopAt}
          min={RANGES.stopAt.min}
          max={RANGES.stopAt.max}
          integer
          allowEmpty
          rangeText={t('run.stopAtRange')}
          label={t('run.stopAt')}
          placeholder="–"
          testId="stop-at"
          onCommit={(v) => update({ stopAt: v })}
        />
      </span>
    </span>
  );
}
