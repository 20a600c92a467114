/**
 * An activation function and its derivative on x ∈ [−4, 4] (sigmoid's derivative peaks at 0.25,
 * ReLU's is a step, step's is 0 everywhere). Static: props in, SVG out, scaled by its viewBox.
 */
import { useMemo } from 'react';
import { format } from 'd3-format';
import { activationGeometry } from './activationPlot';

export interface ActivationPlotProps {
  fn: (x: number) => number;
  der: (x: number) => number;
  /** Translated legend labels, e.g. { f: 'f(x)', der: "f'(x)" }. */
  labels: { f: string; der: string };
  /** Drawing units of the viewBox; the SVG itself fills its container's width. */
  width?: number;
  height?: number;
  className?: string;
}

const MARGIN = { top: 16, right: 6, bottom: 16, left: 26 };
const F_COLOR = '#0877bd';
const DER_COLOR = '#f59322';
const fmt = format('~g');

export function ActivationPlot({ fn, der, labels, width = 220, height = 140, className }: ActivationPlotProps) {
  const geo = useMemo(() => activationGeometry(fn, der, width, height, MARGIN), [fn, der, width, height]);
  const bottom = height - MARGIN.bottom;
  return (
    <svg
      className={className ? `activation-plot ${className}` : 'activation-plot'}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={`${labels.f}, ${labels.der}`}
      data-testid="activation-plot"
      fontSize={9}
    >
      <g stroke="currentColor" strokeOpacity={0.12}>
        {geo.yTicks.map((t) => (
          <line key={t.value} x1={MARGIN.left} x2={width - MARGIN.right} y1={t.pos} y2={t.pos} />
        ))}
      </g>
      <g stroke="currentColor" strokeOpacity={0.5}>
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={geo.originY} y2={geo.originY} />
        <line x1={geo.originX} x2={geo.originX} y1={MARGIN.top} y2={bottom} />
      </g>
      <g fill="currentColor" fillOpacity={0.75}>
        {geo.xTicks.map((t) => (
          <text key={t.value} x={t.pos} y={bottom + 11} textAnchor="middle">
            {fmt(t.value)}
          </text>
        ))}
        {geo.yTicks.map((t) => (
          <text key={t.value} x={MARGIN.left - 3} y={t.pos + 3} textAnchor="end">
            {fmt(t.value)}
          </text>
        ))}
      </g>
      <path d={geo.derPath} fill="none" stroke={DER_COLOR} strokeWidth={1.5} strokeDasharray="4 2" />
      <path d={geo.fPath} fill="none" stroke={F_COLOR} strokeWidth={2} />
      <g transform={`translate(${MARGIN.left + 4},${MARGIN.top - 6})`} fill="currentColor">
        <line x1={0} x2={12} y1={-3} y2={-3} stroke={F_COLOR} strokeWidth={2} />
        <text x={15}>{labels.f}</text>
        <g transform={`translate(${(width - MARGIN.left - MARGIN.right) / 2},0)`}>
          <line x1={0} x2={12} y1={-3} y2={-3} stroke={DER_COLOR} strokeWidth={1.5} strokeDasharray="4 2" />
          <text x={15}>{labels.der}</text>
        </g>
      </g>
    </svg>
  );
}
