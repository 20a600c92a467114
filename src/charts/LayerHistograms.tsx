/**
 * React shell around createLayerHistograms: mounted once; frames reach it through the ref's
 * `update`, so training re-renders nothing.
 */
import { type Ref, useEffect, useImperativeHandle } from 'react';
import { createLayerHistograms, type LayerHistogramLabels, type LayerHistogramsApi } from './layerHistograms';
import { useChart } from './useChart';

export type LayerHistogramsHandle = Pick<LayerHistogramsApi, 'update'>;

export function LayerHistograms({ ref, labels, className }: { ref?: Ref<LayerHistogramsHandle>; labels: LayerHistogramLabels; className?: string }) {
  const { hostRef, chartRef } = useChart((host) => createLayerHistograms(host, labels));

  useEffect(() => {
    chartRef.current?.setLabels(labels);
  }, [labels, chartRef]);

  useImperativeHandle(ref, (): LayerHistogramsHandle => ({ update: (input) => chartRef.current?.update(input) }), [chartRef]);

  // The headings are React's; the chart appends its canvas after them and sets their column widths.
  return (
    <div ref={hostRef} className={`layer-histograms ${className ?? ''}`}>
      <div className="histogram-heads" aria-hidden="true">
        <span data-testid="histogram-head-activations">{labels.activations}</span>
        <span data-testid="histogram-head-weights">{labels.weights}</span>
      </div>
    </div>
  );
}
