/**
 * The output (or one neuron's output) over the plane as a surface in 3-D, on a plain canvas
 * (charts/surface3d.ts), with the training points at their labels' heights. Turned by dragging
 * or the arrow keys; redrawn on the hub's detail frames while open, so it follows training.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { drawSurface, type SurfaceData, type View } from '../charts/surface3d';
import { PLANE_EXTENT } from '../config/config';
import { useStore } from '../store/store';
import type { FrameHub } from '../store/frameHub';
import { useRun, useRunView } from './runContext';
import { INSIDE_WORDS, type InsideWordKey } from '../i18n/insideWords';
import { useWords, type ViewT } from './useWords';

const PIXELS = 380;

/** '' for the output (class k: 'class-k'), or 'neuron-l-i' for hidden neuron i of layer l. */
type Target = string;

interface Shape {
  problem: string;
  layers: number[];
  numClasses: number;
}

function surfaceData(hub: FrameHub, target: Target, shape: Shape): SurfaceData | null {
  const grids = hub.latestGrids?.grids;
  const data = hub.latestData;
  if (!grids) return null;
  const points: SurfaceData['points'] = [];
  const at = (k: number) => ({ x: data!.trainPoints[2 * k] / PLANE_EXTENT, y: data!.trainPoints[2 * k + 1] / PLANE_EXTENT });
  if (target.startsWith('neuron-')) {
    const neurons = hub.latestNeurons;
    const [l, i] = target.slice(7).split('-').map(Number);
    if (!neurons) return null;
    const side = neurons.neuronGridSize;
    const index = shape.layers.slice(0, l - 1).reduce((s, n) => s + n, 0) + i;
    const values = neurons.neuronGrids.subarray(index * side * side, (index + 1) * side * side);
    if (values.length < side * side) return null;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    return { values, side, lo: Math.min(lo, -1e-9), hi: Math.max(hi, 1e-9), points };
  }
  const side = grids.gridSize;
  if (shape.problem === 'multiclass') {
    const k = Number(target.slice(6)) || 0;
    const values = grids.outputGrid.subarray(k * side * side, (k + 1) * side * side);
    if (data) for (let n = 0; n < data.trainLabels.length; n++) points.push({ ...at(n), h: data.trainLabels[n] === k ? 1 : 0 });
    return { values, side, lo: 0, hi: 1, points, classColour: k };
  }
  const values = grids.outputGrid.subarray(0, side * side);
  let lo = -1;
  let hi = 1;
  if (shape.problem === 'regression') {
    for (const v of values) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  if (data) for (let n = 0; n < data.trainLabels.length; n++) points.push({ ...at(n), h: data.trainLabels[n] });
  return { values, side, lo, hi, points };
}

type T = ViewT<InsideWordKey>;

/** Draws the target's surface now and on each of the hub's detail frames, at the current view. */
function useSurfaceDrawing(canvas: RefObject<HTMLCanvasElement | null>, view: View, target: Target, shape: Shape): void {
  const run = useRun();
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
    const redraw = () => {
      const data = surfaceData(run.hub, target, shape);
      if (data && canvas.current) drawSurface(canvas.current, data, viewRef.current);
    };
    redraw();
    return run.hub.subscribe({
      frame: (_f, detail) => {
        if (detail) redraw();
      },
    });
  }, [run, view, target, shape, canvas]);
}

/** A click on a neuron of the diagram shows that neuron's surface (the output's for an output neuron). */
function useDiagramPick(hiddenLayers: number, problem: string, setTarget: (target: Target) => void): void {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const node = e.target instanceof Element ? e.target.closest('[data-testid^="neuron-"]') : null;
      const m = node?.getAttribute('data-testid')?.match(/^neuron-(\d+)-(\d+)$/);
      if (!m) return;
      const layer = Number(m[1]);
      const index = Number(m[2]);
      if (layer >= 1 && layer <= hiddenLayers) setTarget(`neuron-${layer}-${index}`);
      else if (layer === hiddenLayers + 1) setTarget(problem === 'multiclass' ? `class-${index}` : '');
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [hiddenLayers, problem, setTarget]);
}

/** The angle the surface is seen from, turned by the arrow keys or a drag on the canvas. */
function useTurning() {
  const [view, setView] = useState<View>({ yaw: 30, pitch: 35 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const turn = (dyaw: number, dpitch: number) => setView((v) => ({ yaw: (v.yaw + dyaw + 360) % 360, pitch: Math.max(5, Math.min(90, v.pitch + dpitch)) }));
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-10, 0], ArrowRight: [10, 0], ArrowUp: [0, 5], ArrowDown: [0, -5] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    e.stopPropagation();
    turn(...m);
  };
  const onDown = (e: PointerEvent<HTMLCanvasElement>) => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drag.current) return;
    const dx = e.clientX - drag.current.x;
    const dy = e.clientY - drag.current.y;
    drag.current = { x: e.clientX, y: e.clientY };
    turn(dx * 0.5, dy * 0.3);
  };
  const endDrag = () => (drag.current = null);
  return { view, onKey, onDown, onMove, endDrag };
}

/** What the surface can show: the output (or each class), then every hidden neuron. */
function surfaceTargets(t: T, problem: string, numClasses: number, layers: number[]): { id: Target; label: string }[] {
  const targets: { id: Target; label: string }[] =
    problem === 'multiclass'
      ? Array.from({ length: numClasses }, (_, k) => ({ id: `class-${k}`, label: t('inside.surface.class', { index: k + 1 }) }))
      : [{ id: '', label: t('inside.surface.output') }];
  layers.forEach((units, l) => {
    for (let i = 0; i < units; i++) targets.push({ id: `neuron-${l + 1}-${i}`, label: t('inside.surface.neuron', { name: `${l + 1}-${i + 1}` }) });
  });
  return targets;
}

export default function Surface3DView() {
  const t = useWords(INSIDE_WORDS);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [target, setTarget] = useState<Target>('');
  const { problem, shape } = useStore(useShallow((s) => ({ problem: s.config.problem, shape: s.config.networkShape })));
  const numClasses = useRunView((r) => r.numClasses);
  const shapeInfo = useMemo(() => ({ problem, layers: shape, numClasses }), [problem, shape, numClasses]);
  const { view, onKey, onDown, onMove, endDrag } = useTurning();
  useSurfaceDrawing(canvas, view, target, shapeInfo);
  useDiagramPick(shape.length, problem, setTarget);

  const targets = surfaceTargets(t, problem, numClasses, shape);
  const chosen = targets.find((x) => x.id === target) ?? targets[0];

  return (
    <div data-testid="surface-3d" className="surface-view" data-yaw={view.yaw} data-pitch={view.pitch}>
      <div className="view-row">
        <label htmlFor="surface-target">{t('inside.surface.target')}</label>
        <select id="surface-target" data-testid="surface-3d-target" value={chosen.id} onChange={(e) => setTarget(e.target.value)}>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <canvas
        ref={canvas}
        width={PIXELS}
        height={PIXELS}
        tabIndex={0}
        role="img"
        data-testid="surface-3d-canvas"
        aria-label={t('inside.surface.description', { what: chosen.label, angle: Math.round(view.yaw) })}
        onKeyDown={onKey}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      />
      <p className="hint">{t('inside.surface.keys')}</p>
    </div>
  );
}
