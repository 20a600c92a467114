/**
 * Drawing on the output plot once the draw mode is on (loaded then): the class (or value) a click
 * adds, an eraser, clear, and "start from the current dataset", and the clicks on the plot
 * themselves. Points change while the run goes on; the worker keeps the network and the
 * boundary follows.
 */
import { useEffect, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CLASS_COLORS, NEGATIVE_COLOR, POSITIVE_COLOR } from '../charts/colors';
import { PLANE_EXTENT } from '../config/config';
import { OWN_DATA_WORDS } from '../i18n/ownDataWords';
import { addPoint, clearPoints, erasePoint, startFromDataset, useOwnData } from '../store/ownData';
import { useStore } from '../store/store';
import { useRunView } from './runContext';
import { tipProps } from './controls';
import { useWords } from './useWords';
import './ownData.css';

/** How near a click must be to a point to erase it, in pixels. */
const ERASE_PX = 14;
/** A touch held this long without moving erases (as a right-click does). */
const LONG_PRESS_MS = 550;
/** How far a finger may drift during a long press, in pixels. */
const PRESS_SLOP_PX = 10;

/** The classes a click may add: their label and colour. Two classes are ±1, as the data has them. */
function useChoices(): { label: number; color: string; name: string }[] {
  const t = useWords(OWN_DATA_WORDS);
  const problem = useStore((s) => s.config.problem);
  const k = useRunView((r) => r.numClasses);
  if (problem === 'regression') return [];
  if (problem === 'classification') {
    return [
      { label: 1, color: POSITIVE_COLOR, name: t('draw.class', { index: 1 }) },
      { label: -1, color: NEGATIVE_COLOR, name: t('draw.class', { index: 2 }) },
    ];
  }
  return Array.from({ length: Math.max(2, k) }, (_, i) => ({ label: i, color: CLASS_COLORS[i % CLASS_COLORS.length], name: t('draw.class', { index: i + 1 }) }));
}

/** The tools beside the draw button while drawing, and the clicks on the plot. */
export default function DrawingTools({ host }: { host: RefObject<HTMLDivElement | null> }) {
  const t = useWords(OWN_DATA_WORDS);
  const own = useOwnData(useShallow((s) => ({ drawLabel: s.drawLabel, eraser: s.eraser, set: s.set })));
  const problem = useStore((s) => s.config.problem);
  const count = useStore((s) => s.config.customData?.x.length ?? 0);
  const k = useRunView((r) => r.numClasses);
  const choices = useChoices();
  useDrawing(host);

  return (
    <>
      {choices.map((c) => (
        <button
          key={c.label}
          type="button"
          aria-pressed={!own.eraser && own.drawLabel === c.label}
          data-testid={`draw-class-${c.label}`}
          aria-label={c.name}
          {...tipProps(c.name)}
          onClick={() => own.set({ drawLabel: c.label, eraser: false })}
        >
          <span className="draw-swatch" style={{ background: c.color }} aria-hidden="true" />
          {choices.length > 2 ? c.label + 1 : c.label > 0 ? '+1' : '−1'}
        </button>
      ))}
      {problem === 'regression' && (
        <label>
          {t('draw.value', { value: own.drawLabel.toFixed(1) })}{' '}
          <input
            type="range"
            min={-1}
            max={1}
            step={0.1}
            value={own.drawLabel}
            data-testid="draw-value"
            onChange={(e) => own.set({ drawLabel: Number(e.target.value), eraser: false })}
          />
        </label>
      )}
      <button type="button" aria-pressed={own.eraser} data-testid="draw-eraser" onClick={() => own.set({ eraser: !own.eraser })}>
        {t('draw.eraser')}
      </button>
      <button type="button" data-testid="draw-clear" onClick={() => clearPoints(k)}>
        {t('draw.clear')}
      </button>
      <button type="button" data-testid="draw-from-dataset" onClick={startFromDataset}>
        {t('draw.fromDataset')}
      </button>
      <span className="draw-count" data-testid="draw-count" data-count={count}>
        {t('draw.count', { count })}
      </span>
    </>
  );
}

/**
 * Clicks on the plot while drawing: a click (or tap) adds a point, or erases with the eraser on;
 * a right-click (a long press on most touch screens) erases.
 */
function useDrawing(host: RefObject<HTMLDivElement | null>): void {
  const k = useRunView((r) => r.numClasses);
  const drawMode = useOwnData((s) => s.drawMode);
  useEffect(() => {
    const el = host.current;
    if (!el || !drawMode) return;
    const at = (e: { clientX: number; clientY: number }) => {
      const canvas = el.querySelector('canvas');
      if (!canvas) return null;
      const r = canvas.getBoundingClientRect();
      const u = (e.clientX - r.left) / r.width;
      const v = (e.clientY - r.top) / r.height;
      if (u < 0 || u > 1 || v < 0 || v > 1) return null;
      return { x: PLANE_EXTENT * (2 * u - 1), y: PLANE_EXTENT * (1 - 2 * v), radius: (ERASE_PX / r.width) * 2 * PLANE_EXTENT };
    };
    const eraseAt = (e: { clientX: number; clientY: number }) => {
      const p = at(e);
      if (p) erasePoint(p.x, p.y, p.radius);
    };
    // A long press erases on every touch screen: iOS sends no contextmenu for it. The click that
    // ends the press then adds nothing.
    let press: { timer: ReturnType<typeof setTimeout>; clientX: number; clientY: number } | null = null;
    let pressErased = false;
    const cancelPress = () => {
      if (press) clearTimeout(press.timer);
      press = null;
    };
    const onPointerDown = (e: PointerEvent) => {
      // While drawing, a press places a point: it does not also pin the neuron cards' probe there.
      e.stopImmediatePropagation();
      cancelPress();
      pressErased = false;
      if (e.pointerType !== 'touch') return;
      const start = { clientX: e.clientX, clientY: e.clientY };
      press = {
        ...start,
        timer: setTimeout(() => {
          press = null;
          pressErased = true;
          eraseAt(start);
        }, LONG_PRESS_MS),
      };
    };
    const onPointerMove = (e: PointerEvent) => {
      if (press && Math.hypot(e.clientX - press.clientX, e.clientY - press.clientY) > PRESS_SLOP_PX) cancelPress();
    };
    const onClick = (e: MouseEvent) => {
      if (pressErased) {
        pressErased = false;
        return;
      }
      const p = at(e);
      if (!p) return;
      if (useOwnData.getState().eraser) erasePoint(p.x, p.y, p.radius);
      else addPoint(p.x, p.y, k);
    };
    const onContext = (e: MouseEvent) => {
      if (!at(e)) return;
      e.preventDefault();
      // Android's long press sends contextmenu as well: one erase per press, whichever comes first.
      if (pressErased) return;
      const duringPress = press !== null;
      cancelPress();
      if (duringPress) pressErased = true;
      eraseAt(e);
    };
    el.classList.add('drawing');
    el.addEventListener('pointerdown', onPointerDown, true);
    el.addEventListener('pointermove', onPointerMove);
    el.addEventListener('pointerup', cancelPress);
    el.addEventListener('pointercancel', cancelPress);
    el.addEventListener('click', onClick);
    el.addEventListener('contextmenu', onContext);
    return () => {
      cancelPress();
      el.classList.remove('drawing');
      el.removeEventListener('pointerdown', onPointerDown, true);
      el.removeEventListener('pointermove', onPointerMove);
      el.removeEventListener('pointerup', cancelPress);
      el.removeEventListener('pointercancel', cancelPress);
      el.removeEventListener('click', onClick);
      el.removeEventListener('contextmenu', onContext);
    };
  }, [host, drawMode, k]);
}
