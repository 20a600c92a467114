/** React shell for the comparison chart: mounted once per set of runs; frames reach it through the ref. */
import { type Ref, useEffect, useImperativeHandle } from 'react';
import { createCompareLossChart, type CompareChartLabels, type CompareLossChartApi, type CompareMetric } from './compareLossChart';
import { useChart } from './useChart';

export type CompareLossChartHandle = Pick<CompareLossChartApi, 'append' | 'clear' | 'flush'>;

export interface CompareLossChartProps {
  ref?: Ref<CompareLossChartHandle>;
  labels: CompareChartLabels;
  seeds: boolean;
  metric: CompareMetric;
  logScale: boolean;
  highlight: number | null;
}

export function CompareLossChart({ ref, labels, seeds, metric, logScale, highlight }: CompareLossChartProps) {
  const { hostRef, chartRef } = useChart((host) => createCompareLossChart(host, { labels, seeds }));
  useEffect(() => chartRef.current?.setLabels(labels), [labels, chartRef]);
  useEffect(() => chartRef.current?.setMetric(metric), [metric, chartRef]);
  useEffect(() => chartRef.current?.setLogScale(logScale), [logScale, chartRef]);
  useEffect(() => chartRef.current?.setHighlight(highlight), [highlight, chartRef]);
  useImperativeHandle(
    ref,
    (): CompareLossChartHandle => ({
      append: (run, points) => chartRef.current?.append(run, points),
      clear: (run) => chartRef.current?.clear(run),
      flush: () => chartRef.current?.flush(),
    }),
    [chartRef],
  );
  return <div ref={hostRef} className="chart-host compare-chart-host" />;
}
