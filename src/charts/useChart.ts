/**
 * The React side of an imperative chart: create it once in the host element on mount, destroy
 * it on unmount, and keep its api in a ref, so that frames reach it without a render.
 */
import { type RefObject, useEffect, useRef } from 'react';

export function useChart<Api extends { destroy(): void }>(
  create: (host: HTMLDivElement) => Api,
): { hostRef: RefObject<HTMLDivElement | null>; chartRef: RefObject<Api | null> } {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<Api | null>(null);
  // The first `create` only: the chart lives as long as the component, whatever the parent passes later.
  const createRef = useRef(create);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = createRef.current(host);
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  return { hostRef, chartRef };
}
