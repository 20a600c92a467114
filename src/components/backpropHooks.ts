/** The state of the backpropagation view: its training point, its stage, its selected weight, and the numbers it shows. */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLANE_EXTENT } from '../config/config';
import type { BackpropTrace, NetworkMirror, ParamRef } from '../store/networkMirror';
import { useStore } from '../store/store';
import { stagesFor, type Selection, type Stage } from './backpropSteps';
import { useRun } from './runContext';

/** The settings the view explains or warns about. */
export function useBackpropConfig() {
  return useStore(
    useShallow((s) => ({
      head: s.config.outputHead,
      activations: s.config.activations,
      learningRate: s.config.learningRate,
      optimizer: s.config.optimizer,
      regularization: s.config.regularization,
      dropout: s.config.dropout,
      batchNorm: s.config.batchNorm,
    })),
  );
}

export type BackpropConfig = ReturnType<typeof useBackpropConfig>;

/** A click on the output plot picks the training point nearest to it. */
function usePlotPick(mirror: NetworkMirror, pick: (k: number) => void): void {
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const plot = e.target instanceof Element ? e.target.closest('[data-testid="output-plot"]') : null;
      const canvas = plot?.querySelector('canvas');
      if (!canvas) return;
      const r = canvas.getBoundingClientRect();
      const u = (e.clientX - r.left) / r.width;
      const v = (e.clientY - r.top) / r.height;
      if (u < 0 || u > 1 || v < 0 || v > 1) return;
      const k = mirror.nearestTrainPoint(PLANE_EXTENT * (2 * u - 1), PLANE_EXTENT * (1 - 2 * v));
      if (k >= 0) pick(k);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [mirror, pick]);
}

/**
 * The training point the view walks through (`k`, -1 for none): the one picked on the plot or
 * with the picker, else the point the neuron cards read (the first training point by default).
 * Choosing a point moves the cards' probe there too.
 */
export function useBackpropPoint(mirror: NetworkMirror, ready: boolean) {
  const run = useRun();
  const [point, setPoint] = useState(-1);
  const count = ready ? mirror.trainCount : 0;
  const suggested = useMemo(() => {
    if (!ready || count === 0) return -1;
    const p = run.probe.point;
    return p ? Math.max(0, mirror.nearestTrainPoint(p.x, p.y)) : 0;
  }, [ready, count, mirror, run]);
  usePlotPick(mirror, setPoint);
  const k = point >= 0 && point < count ? point : suggested;
  const choosePoint = (n: number) => {
    const next = Math.max(0, Math.min(count - 1, n));
    setPoint(next);
    const p = mirror.trainPoint(next);
    if (p) run.probe.setPoint({ x: p.x, y: p.y }, true);
  };
  return { k, count, choosePoint };
}

/** The stages for a network of this many layers, the one shown (`si`), and moving through them with the buttons and keys. */
export function useStages(layers: number) {
  const [stageIndex, setStageIndex] = useState(0);
  const stages = useMemo(() => stagesFor(Math.max(1, layers)), [layers]);
  const si = Math.min(stageIndex, stages.length - 1);
  const go = (next: number) => setStageIndex(Math.max(0, Math.min(stages.length - 1, next)));
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const moves: Record<string, number> = { ArrowRight: si + 1, ArrowLeft: si - 1, Home: 0, End: stages.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    // The classroom keys use the arrows for the lesson's steps; here they move through the stages.
    e.stopPropagation();
    go(moves[e.key]);
  };
  return { stages, si, stage: stages[si], go, onKey };
}

/** The layer a stage works on, for keeping the selection there. */
const stageLayer = (stage: Stage, layers: number) => (stage.kind === 'forward' || stage.kind === 'backward' ? stage.layer : stage.kind === 'loss' ? layers : -1);

/** The weight or bias picked, kept in the layer the stage works on and inside the network's shape. */
export function useStageSelection(stage: Stage, sizes: readonly number[]): [Selection, (s: Selection) => void] {
  const [picked, setSelection] = useState<Selection>({ layer: 1, to: 0, from: 0 });
  const layers = sizes.length - 1;
  const selection = useMemo((): Selection => {
    if (layers < 1) return picked;
    const want = stageLayer(stage, layers);
    const layer = want > 0 ? want : Math.min(Math.max(1, picked.layer), layers);
    const to = Math.min(layer === picked.layer ? picked.to : 0, sizes[layer] - 1);
    const from = Math.min(layer === picked.layer ? picked.from : 0, sizes[layer - 1] - 1);
    return { layer, to, from };
  }, [picked, stage, layers, sizes]);
  return [selection, setSelection];
}

/** The numeric derivative of the selected weight or bias at point k, on the backward stages only. */
export function useNumericGradient(mirror: NetworkMirror, trace: BackpropTrace | null, stage: Stage, k: number, selection: Selection): number | null {
  const ref: ParamRef = selection.from < 0 ? { kind: 'bias', layer: selection.layer, neuron: selection.to } : { kind: 'weight', layer: selection.layer, to: selection.to, from: selection.from };
  return useMemo(
    () => (trace && stage.kind === 'backward' ? mirror.numeric(k, ref) : null),
    [mirror, trace, stage.kind, k, ref.kind, ref.layer, selection.to, selection.from], // eslint-disable-line react-hooks/exhaustive-deps
  );
}
