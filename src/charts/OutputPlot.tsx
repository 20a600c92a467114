/**
 * React shell for the output plot: mounts the imperative chart once and hands its API out
 * through the ref, so per-frame grids go straight to the canvas without a render.
 */
import { type Ref, type RefObject, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Domain } from './colors';
import type { HeatmapMode } from './heatmap';
import { createOutputPlot, type OutputPlotApi, type OutputPlotLabels, type PointSet } from './outputPlot';

/** The page's handle: the chart's api; unmounting the component is what destroys the chart. */
export type OutputPlotHandle = OutputPlotApi;

export interface OutputPlotProps extends OutputPlotLabels {
  ref?: Ref<OutputPlotHandle>;
  /** Config flags; when given they win over calls through the ref. */
  showTrain?: boolean;
  showTest?: boolean;
  discretize?: boolean;
  className?: string;
}

interface Remembered {
  points?: [PointSet, PointSet, HeatmapMode, number | undefined, Domain | undefined];
  grid?: [Float32Array, number];
  probe?: { x: number; y: number } | null;
  overlay?: { x1: number; y1: number; x2: number; y2: number } | null;
  showTrain?: boolean;
  showTest?: boolean;
  discretize?: boolean;
}

/** Pushes what was remembered into a chart created again. */
function replay(chart: OutputPlotApi, m: Remembered): void {
  if (m.showTrain !== undefined) chart.setShowTrain(m.showTrain);
  if (m.showTest !== undefined) chart.setShowTest(m.showTest);
  if (m.discretize !== undefined) chart.setDiscretize(m.discretize);
  if (m.points) chart.setPoints(...m.points);
  if (m.grid) chart.drawGrid(...m.grid);
  if (m.probe) chart.setProbe(m.probe);
  if (m.overlay) chart.setOverlayLine(m.overlay);
}

/** The ref's handle: each call reaches the chart of the moment and is remembered for `replay`. */
function rememberingHandle(chartRef: RefObject<OutputPlotApi | null>, memo: Remembered): OutputPlotHandle {
  return {
    setPoints(train, test, mode, numClasses, domain) {
      memo.points = [train, test, mode, numClasses, domain];
      chartRef.current?.setPoints(train, test, mode, numClasses, domain);
    },
    setShowTest(show) {
      memo.showTest = show;
      chartRef.current?.setShowTest(show);
    },
    setShowTrain(show) {
      memo.showTrain = show;
      chartRef.current?.setShowTrain(show);
    },
    setDiscretize(d) {
      memo.discretize = d;
      chartRef.current?.setDiscretize(d);
    },
    drawGrid(values, gridSize) {
      memo.grid = [values, gridSize];
      chartRef.current?.drawGrid(values, gridSize);
    },
    setLabels(labels) {
      chartRef.current?.setLabels(labels);
    },
    setProbe(point) {
      memo.probe = point;
      chartRef.current?.setProbe(point);
    },
    setOverlayLine(line) {
      memo.overlay = line;
      chartRef.current?.setOverlayLine(line);
    },
    resize() {
      chartRef.current?.resize();
    },
    // The component owns the chart's lifetime; unmounting is how it is destroyed.
    destroy() {},
  };
}

export function OutputPlot({ ref, classLabels, legendTitle, ariaLabel, valueRange, clampedEnds, showTrain, showTest, discretize, className }: OutputPlotProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<OutputPlotApi | null>(null);
  // The last state pushed through the ref, replayed if the chart is re-created (StrictMode remounts).
  const memo = useRef<Remembered>({});

  // Created in the commit, before the other panels' effects run: the decision boundary is what a
  // learner waits for, so it is drawn in the very first paint when the worker has sent it.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const chart = createOutputPlot(host);
    chartRef.current = chart;
    replay(chart, memo.current);
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  // Arrays are compared by identity: callers memoise classLabels and valueRange.
  useEffect(() => {
    chartRef.current?.setLabels({ classLabels, legendTitle, ariaLabel, valueRange, clampedEnds });
  }, [classLabels, legendTitle, ariaLabel, valueRange, clampedEnds]);

  useEffect(() => {
    if (showTrain === undefined) return;
    memo.current.showTrain = showTrain;
    chartRef.current?.setShowTrain(showTrain);
  }, [showTrain]);

  useEffect(() => {
    if (showTest === undefined) return;
    memo.current.showTest = showTest;
    chartRef.current?.setShowTest(showTest);
  }, [showTest]);

  useEffect(() => {
    if (discretize === undefined) return;
    memo.current.discretize = discretize;
    chartRef.current?.setDiscretize(discretize);
  }, [discretize]);

  useImperativeHandle(ref, () => rememberingHandle(chartRef, memo.current), []);

  // data-plot-host: where the entry module draws into the prerendered shell (see app/shell.tsx).
  return <div ref={hostRef} className={className ? `chart-host ${className}` : 'chart-host'} data-plot-host="" />;
}
