/**
 * React shell for the loss chart: mounts it once; frames reach it through the ref's `append`,
 * so a training frame re-renders nothing.
 */
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { createLossChart, type LossChartApi, type LossChartLabels } from './lossChart';

/** What the ref exposes: the history lives in the chart, the flags come in as props. */
export type LossChartHandle = Pick<LossChartApi, 'append' | 'flush' | 'clear' | 'resize'>;

export interface LossChartProps {
  ref?: Ref<LossChartHandle>;
  labels: LossChartLabels;
  logScale?: boolean;
  showAccuracy?: boolean;
  className?: string;
}

export function LossChart({ ref, labels, logScale = false, showAccuracy = false, className }: LossChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<LossChartApi | null>(null);
  // The first labels only; later ones arrive through setLabels below.
  const initialLabels = useRef(labels);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = createLossChart(host, { labels: initialLabels.current });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setLabels(labels);
  }, [labels]);

  useEffect(() => {
    chartRef.current?.setLogScale(logScale);
  }, [logScale]);

  useEffect(() => {
    chartRef.current?.setShowAccuracy(showAccuracy);
  }, [showAccuracy]);

  useImperativeHandle(
    ref,
    (): LossChartHandle => ({
      append: (points) => chartRef.current?.append(points),
      flush: () => chartRef.current?.flush(),
      clear: () => chartRef.current?.clear(),
      resize: () => chartRef.current?.resize(),
    }),
    [],
  );

  return <div ref={hostRef} className={className} style={{ width: '100%' }} />;
}
