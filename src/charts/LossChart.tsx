/**
 * React shell for the loss chart: mounts it once; frames reach it through the ref's `append`,
 * so a training frame re-renders nothing.
 */
import { type Ref, useEffect, useImperativeHandle } from 'react';
import { createLossChart, type LossChartApi, type LossChartLabels } from './lossChart';
import { useChart } from './useChart';

/** What the ref exposes: the history lives in the chart, the flags come in as props. */
export type LossChartHandle = Pick<LossChartApi, 'append' | 'flush' | 'clear' | 'resize' | 'keepGhost' | 'dropGhost'>;

export interface LossChartProps {
  ref?: Ref<LossChartHandle>;
  labels: LossChartLabels;
  logScale?: boolean;
  /** The epoch axis logarithmic even when logScale is off. */
  logEpochs?: boolean;
  showAccuracy?: boolean;
  /** The host's height comes from CSS and the chart fills it (read at mount). */
  fitHeight?: boolean;
  className?: string;
}

export function LossChart({ ref, labels, logScale = false, logEpochs = false, showAccuracy = false, fitHeight = false, className }: LossChartProps) {
  const { hostRef, chartRef } = useChart((host) => createLossChart(host, { labels, fitHeight }));

  useEffect(() => {
    chartRef.current?.setLabels(labels);
  }, [labels, chartRef]);

  useEffect(() => {
    chartRef.current?.setLogScale(logScale);
  }, [logScale, chartRef]);

  useEffect(() => {
    chartRef.current?.setLogEpochs(logEpochs);
  }, [logEpochs, chartRef]);

  useEffect(() => {
    chartRef.current?.setShowAccuracy(showAccuracy);
  }, [showAccuracy, chartRef]);

  useImperativeHandle(
    ref,
    (): LossChartHandle => ({
      append: (points) => chartRef.current?.append(points),
      flush: () => chartRef.current?.flush(),
      clear: () => chartRef.current?.clear(),
      resize: () => chartRef.current?.resize(),
      keepGhost: () => chartRef.current?.keepGhost() ?? false,
      dropGhost: () => chartRef.current?.dropGhost(),
    }),
    [chartRef],
  );

  return <div ref={hostRef} className={className ? `chart-host ${className}` : 'chart-host'} />;
}
