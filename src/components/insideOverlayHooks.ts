/** The main panels draw what the open views inside the network ask for (store/insideOverlay.ts). */
import { useEffect, type RefObject } from 'react';
import type { NetworkDiagramHandle } from '../charts/NetworkDiagram';
import type { OutputPlotHandle } from '../charts/OutputPlot';
import { overlayFor } from '../store/insideOverlay';
import { useRun } from './runContext';

export function useDiagramMarks(diagram: RefObject<NetworkDiagramHandle | null>): void {
  const run = useRun();
  useEffect(() => overlayFor(run.runId).subscribe((v) => diagram.current?.setMarks(v.marks)), [run, diagram]);
}

export function useOverlayLine(plot: RefObject<OutputPlotHandle | null>): void {
  const run = useRun();
  useEffect(() => overlayFor(run.runId).subscribe((v) => plot.current?.setOverlayLine(v.boundary)), [run, plot]);
}
