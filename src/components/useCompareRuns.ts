/** The compare view's runs: their controller, made for each set of runs, and their frames fed to the chart. */
import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { CompareLossChartHandle } from '../charts/CompareLossChart';
import type { PlaygroundConfig } from '../config/config';
import { connectCompare, type CompareController } from '../store/compareSync';
import { useStore } from '../store/store';
import { useRun } from './runContext';

const noop = () => () => {};

/** The controller of the current runs, made and disposed by an effect and read like external state. */
function useCompareController(shape: string): CompareController | null {
  const [holder] = useState(() => {
    let current: CompareController | null = null;
    const listeners = new Set<() => void>();
    return {
      get: () => current,
      set(next: CompareController | null) {
        current = next;
        listeners.forEach((l) => l());
      },
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
  useEffect(() => {
    const c = connectCompare(useStore.getState().config);
    holder.set(c);
    return () => {
      holder.set(null);
      c.dispose();
    };
  }, [shape, holder]);
  return useSyncExternalStore(holder.subscribe, holder.get);
}

/**
 * Runs the comparison of `config`: a new set of workers for each `shape` (the runs are other
 * runs), the settings passed on to them, and each run's curve drawn on the chart.
 */
export function useCompareRuns(config: PlaygroundConfig, shape: string, chart: RefObject<CompareLossChartHandle | null>): { controller: CompareController | null; playing: boolean } {
  const main = useRun();
  // The single view's run waits while the comparison trains.
  useEffect(() => main.pause(), [main]);

  const controller = useCompareController(shape);

  useEffect(() => {
    controller?.update(config);
  }, [controller, config]);

  useEffect(() => {
    if (!controller) return;
    const unsubscribers = controller.members.map((m, i) =>
      m.hub.subscribe({
        restart: () => chart.current?.clear(i),
        frame: (frame, detail) => {
          chart.current?.append(i, frame.history);
          if (detail) chart.current?.flush();
        },
      }),
    );
    return () => unsubscribers.forEach((u) => u());
  }, [controller, chart]);

  const playing = useSyncExternalStore(controller?.subscribe ?? noop, () => controller?.playing ?? false);
  return { controller, playing };
}
