/**
 * React shell around createLayerHistograms: mounted once; frames reach it through the ref's
 * `update`, so training re-renders nothing.
 */
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { createLayerHistograms, type LayerHistogramLabels, type LayerHistogramsApi } from './layerHistograms';

export type LayerHistogramsHandle = Pick<LayerHistogramsApi, 'update'>;

export function LayerHistograms({ ref, labels, className }: { ref?: Ref<LayerHistogramsHandle>; labels: LayerHistogramLabels; className?: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<LayerHistogramsApi | null>(null);
  const initialLabels = useRef(labels);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = createLayerHistograms(host, initialLabels.current);
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setLabels(labels);
  }, [labels]);

  useImperativeHandle(ref, (): LayerHistogramsHandle => ({ update: (input) => chartRef.current?.update(input) }), []);

  return <div ref={hostRef} className={className} />;
}
