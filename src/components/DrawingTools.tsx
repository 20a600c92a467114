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

type Pointer = { clientX: number; clientY: number };

/** The point of the plane under a pointer on the plot, with the eraser's reach there; null off the plot. */
function planeAt(el: HTMLElement, e: Pointer): { x: number; y: number; radius: number } | null {
  const canvas = el.querySelector('canvas');
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  const u = (e.clientX - r.left) / r.width;
  const v = (e.clientY - r.top) / r.height;
  if (u < 0 || u > 1 || v < 0 || v > 1) return null;
  return { x: PLANE_EXTENT * (2 * u - 1), y: PLANE_EXTENT * (1 - 2 * v), radius: (ERASE_PX / r.width) * 2 * PLANE_EXTENT };
}

/**
 * A long press on a touch screen erases: iOS sends no contextmenu for it, Android sends one as
 * well (one erase per press, whichever comes first), and the click that ends the press adds nothing.
 */
class LongPress {
  #press: { timer: ReturnType<typeof setTimeout>; start: Pointer } | null = null;
  #erased = false;
  readonly #erase: (at: Pointer) => void;

  constructor(erase: (at: Pointer) => void) {
    this.#erase = erase;
  }

  down(e: PointerEvent): void {
    this.cancel();
    this.#erased = false;
    if (e.pointerType !== 'touch') return;
    const start = { clientX: e.clientX, clientY: e.clientY };
    const timer = setTimeout(() => {
      this.#press = null;
      this.#erased = true;
      this.#erase(start);
    }, LONG_PRESS_MS);
    this.#press = { timer, start };
  }

  move(e: PointerEvent): void {
    const start = this.#press?.start;
    if (start && Math.hypot(e.clientX - start.clientX, e.clientY - start.clientY) > PRESS_SLOP_PX) this.cancel();
  }

  readonly cancel = (): void => {
    if (this.#press) clearTimeout(this.#press.timer);
    this.#press = null;
  };

  /** A contextmenu: whether it should erase (not when the press already has). */
  context(): boolean {
    if (this.#erased) return false;
    if (this.#press !== null) this.#erased = true;
    this.cancel();
    return true;
  }

  /** The click after a press that erased adds nothing: true once for it. */
  swallowClick(): boolean {
    const swallow = this.#erased;
    this.#erased = false;
    return swallow;
  }
}

/**
 * Clicks on the plot while drawing: a click (or tap) adds a point, or erases with the eraser on;
 * a right-click or a long press erases.
 */
function useDrawing(host: RefObject<HTMLDivElement | null>): void {
  const k = useRunView((r) => r.numClasses);
  const drawMode = useOwnData((s) => s.drawMode);
  useEffect(() => {
    const el = host.current;
    if (!el || !drawMode) return;
    const eraseAt = (e: Pointer) => {
      const p = planeAt(el, e);
      if (p) erasePoint(p.x, p.y, p.radius);
    };
    const longPress = new LongPress(eraseAt);
    const onClick = (e: MouseEvent) => {
      const p = longPress.swallowClick() ? null : planeAt(el, e);
      if (!p) return;
      if (useOwnData.getState().eraser) erasePoint(p.x, p.y, p.radius);
      else addPoint(p.x, p.y, k);
    };
    const onContext = (e: MouseEvent) => {
      if (!planeAt(el, e)) return;
      e.preventDefault();
      if (longPress.context()) eraseAt(e);
    };
    const listeners: [string, (e: never) => void, boolean][] = [
      // While drawing, a press places a point: it does not also pin the neuron cards' probe there.
      ['pointerdown', (e: PointerEvent) => (e.stopImmediatePropagation(), longPress.down(e)), true],
      ['pointermove', (e: PointerEvent) => longPress.move(e), false],
      ['pointerup', longPress.cancel, false],
      ['pointercancel', longPress.cancel, false],
      ['click', onClick, false],
      ['contextmenu', onContext, false],
    ];
    el.classList.add('drawing');
    for (const [type, listener, capture] of listeners) el.addEventListener(type, listener as EventListener, capture);
    return () => {
      longPress.cancel();
      el.classList.remove('drawing');
      for (const [type, listener, capture] of listeners) el.removeEventListener(type, listener as EventListener, capture);
    };
  }, [host, drawMode, k]);
}
