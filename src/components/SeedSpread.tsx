/**
 * The seeds view's summary: the final test loss of every run as a dot on one axis, with the
 * min, median and max marked and written out. A dot opens its run in the single view.
 */
import { useShallow } from 'zustand/react/shallow';
import { spreadOf } from '../charts/compareSeries';
import type { CompareMember } from '../store/compareSync';
import { useStore } from '../store/store';
import { formatNumber } from './controls';
import { COMPARE_WORDS } from '../i18n/compareWords';
import { useWords } from './useWords';

const W = 300;
const H = 44;
const PAD = 12;

export function SeedSpread({ members, onOpen }: { members: readonly CompareMember[]; onOpen(member: CompareMember): void }) {
  const t = useWords(COMPARE_WORDS);
  const losses = useStore(useShallow((s) => members.map((m) => s.runs[m.runId]?.testLoss ?? null)));
  const spread = spreadOf(losses);
  const lo = spread?.min ?? 0;
  const hi = spread?.max ?? 1;
  // Final losses of different seeds often lie decades apart: then the axis is logarithmic.
  const log = lo > 0 && hi / lo > 20;
  const f = log ? Math.log10 : (v: number) => v;
  const x = (v: number) => (hi > lo ? PAD + ((f(v) - f(lo)) / (f(hi) - f(lo))) * (W - 2 * PAD) : W / 2);
  return (
    <figure
      className="seed-spread"
      data-testid="seed-spread"
      data-min={spread ? String(spread.min) : ''}
      data-median={spread ? String(spread.median) : ''}
      data-max={spread ? String(spread.max) : ''}
      data-log={log}
    >
      <figcaption>
        <strong>{t('compare.spreadTitle')}</strong>{' '}
        <span>{spread ? t('compare.spread', { min: formatNumber(spread.min), median: formatNumber(spread.median), max: formatNumber(spread.max) }) : '–'}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="group" aria-label={t('compare.spreadTitle')}>
        <line x1={PAD} x2={W - PAD} y1={H / 2} y2={H / 2} stroke="#999" />
        {spread && <line x1={x(spread.median)} x2={x(spread.median)} y1={6} y2={H - 6} stroke="#1b1b1b" strokeWidth="3" data-testid="spread-median" />}
        {members.map((m, i) => {
          const v = losses[i];
          if (v === null || !Number.isFinite(v)) return null;
          return (
            <circle
              key={m.runId}
              data-testid="seed-dot"
              cx={x(v)}
              cy={H / 2}
              r={6}
              fill="#0072b2"
              fillOpacity={0.6}
              stroke="#0072b2"
              tabIndex={0}
              role="button"
              aria-label={`${t('compare.seed', { n: m.label })}: ${formatNumber(v)}. ${t('compare.openRun')}`}
              onClick={() => onOpen(m)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen(m)}
            />
          );
        })}
      </svg>
    </figure>
  );
}
