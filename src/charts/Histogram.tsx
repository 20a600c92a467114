/**
 * A small histogram of one layer's activations or weights. Props in, SVG out; the binning is
 * memoised, so a parent re-rendering with the same array does no work.
 */
import { useMemo } from 'react';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { computeHistogram } from './histogram';

export interface HistogramProps {
  values: ArrayLike<number>;
  bins?: number;
  /** Fixed x range, so several histograms can be compared bar for bar. */
  domain?: readonly [number, number];
  /** Caption above the bars, already translated. */
  label?: string;
  color?: string;
  /** Drawing units of the viewBox; the SVG itself fills its container's width. */
  width?: number;
  height?: number;
  className?: string;
}

const MARGIN = { top: 12, right: 4, bottom: 14, left: 4 };
const fmt = format('.2~g');

export function Histogram({ values, bins = 20, domain, label, color = '#0877bd', width = 200, height = 80, className }: HistogramProps) {
  const lo = domain?.[0];
  const hi = domain?.[1];
  const data = useMemo(
    () => computeHistogram(values, { bins, domain: lo !== undefined && hi !== undefined ? [lo, hi] : undefined }),
    [values, bins, lo, hi],
  );
  const x = scaleLinear().domain(data.domain).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, data.maxCount)])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const base = height - MARGIN.bottom;
  const [d0, d1] = data.domain;
  const ticks = d0 < 0 && d1 > 0 ? [d0, 0, d1] : [d0, d1];

  return (
    <svg
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="histogram"
      fontSize={9}
      style={{ display: 'block', maxWidth: width * 2 }}
    >
      {label && (
        <text x={MARGIN.left} y={9} fill="currentColor">
          {label}
        </text>
      )}
      {data.nonFinite > 0 && (
        <text x={width - MARGIN.right} y={9} textAnchor="end" fill="#c0392b">
          NaN ×{data.nonFinite}
        </text>
      )}
      <g fill={color}>
        {data.bins.map((b, i) =>
          b.count > 0 ? (
            <rect key={i} x={x(b.x0) + 0.5} width={Math.max(0.5, x(b.x1) - x(b.x0) - 1)} y={y(b.count)} height={base - y(b.count)} />
          ) : null,
        )}
      </g>
      <line x1={MARGIN.left} x2={width - MARGIN.right} y1={base + 0.5} y2={base + 0.5} stroke="currentColor" strokeOpacity={0.5} />
      <g fill="currentColor" fillOpacity={0.75}>
        {ticks.map((t, i) => (
          <text key={t} x={x(t)} y={height - 3} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>
            {fmt(t)}
          </text>
        ))}
      </g>
    </svg>
  );
}
