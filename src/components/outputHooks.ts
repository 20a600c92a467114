/** The output panel's hooks: what the plot shows, frames into the plot and the loss chart, and picking a point on the plot. */
import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LossChartHandle } from '../charts/LossChart';
import type { OutputPlotHandle } from '../charts/OutputPlot';
import { showDataOnPlot } from '../charts/outputPlot';
import { displayRange } from '../charts/colors';
import type { OutputHeadId, Problem } from '../config/config';
import { HEAD_REGISTRY } from '../store/registries';
import { useStore } from '../store/store';
import { PLANE_EXTENT } from '../config/config';
import { markFirstBoundary } from '../charts/firstBoundary';
import { useRun } from './runContext';

/**
 * How a decision boundary is shown, for a run of `problem` with the head `head`: the page's
 * choices of points and discretizing, and the range of values the colour scale spans.
 */
export function usePlotView(problem: Problem, head: OutputHeadId) {
  const flags = useStore(
    useShallow((s) => ({
      showTestData: s.config.showTestData,
      showTrainData: s.config.showTrainData,
      discretize: s.config.discretize,
    })),
  );
  // A sigmoid's outputs are 0 … 1 though the grid arrives on the colour scale's −1 … 1.
  const valueRange = useMemo(() => (problem === 'multiclass' ? undefined : displayRange(HEAD_REGISTRY[head].toDisplay)), [problem, head]);
  return { ...flags, valueRange };
}

/** Data, boundaries and loss points from the hub, subscribed in the commit like the plot itself: a frame that came before the page replays at once. */
export function useOutputFrames(plot: RefObject<OutputPlotHandle | null>, chart: RefObject<LossChartHandle | null>, onRestart?: () => void): void {
  const run = useRun();
  useLayoutEffect(() => {
    let appendedSeq = -1;
    return run.hub.subscribe({
      data: (data) => {
        // Until the learner picks a point, the neuron cards read a real example.
        if (data.trainPoints.length >= 2) run.probe.suggestPoint({ x: data.trainPoints[0], y: data.trainPoints[1] });
        if (plot.current) showDataOnPlot(plot.current, data);
      },
      grids: (grids) => {
        plot.current?.drawGrid(grids.outputGrid, grids.gridSize);
        markFirstBoundary(run.hub.publishing);
      },
      restart: () => {
        onRestart?.();
        chart.current?.clear();
      },
      frame: (frame, detail) => {
        // A frame published again (its slow views drawn a display frame later) adds no points twice.
        if (frame.seq !== appendedSeq) chart.current?.append(frame.history);
        appendedSeq = frame.seq;
        if (detail) chart.current?.flush();
      },
    });
  }, [run, plot, chart, onRestart]);
}

/**
 * The point under the mouse, in plane coordinates, for the neurons' read-outs. It stays where
 * the mouse left the plot, so moving on to a neuron in the diagram still reads that point. A
 * tap (no hover on a touch screen) or a click chooses it too, and pins its marker.
 */
export function useProbePicking(host: RefObject<HTMLDivElement | null>, plot: RefObject<OutputPlotHandle | null>): void {
  const run = useRun();
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const pick = (e: PointerEvent) => {
      const canvas = el.querySelector('canvas');
      if (!canvas) return;
      const r = canvas.getBoundingClientRect();
      const u = (e.clientX - r.left) / r.width;
      const v = (e.clientY - r.top) / r.height;
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) {
        run.probe.setPoint({ x: PLANE_EXTENT * (2 * u - 1), y: PLANE_EXTENT * (1 - 2 * v) }, e.type === 'pointerdown');
      }
    };
    el.addEventListener('pointermove', pick);
    el.addEventListener('pointerdown', pick);
    const unsubscribe = run.probe.subscribe(() => plot.current?.setProbe(run.probe.marker()));
    return () => {
      el.removeEventListener('pointermove', pick);
      el.removeEventListener('pointerdown', pick);
      unsubscribe();
    };
  }, [host, plot, run]);
}
