/**
 * The page's one tooltip bubble driven by the document's pointer, focus and key events: what
 * TooltipLayer mounts. The rules (delays, long press, what hides it) are its module comment.
 */
import { useEffect, type RefObject } from 'react';
import type { FormulaKey } from './tipFormulas';

const HOVER_DELAY_MS = 450;
const LONG_PRESS_MS = 500;
/** A finger that moves this far is scrolling, not pressing. */
const PRESS_SLOP_PX = 10;

type TipElement = HTMLElement | SVGElement;

function tipTarget(node: EventTarget | null): TipElement | null {
  if (!(node instanceof Element)) return null;
  const el = node.closest('[data-tip]');
  return el instanceof HTMLElement || el instanceof SVGElement ? el : null;
}

/** Places the bubble under the element, or above it when there is no room below. */
function place(bubble: HTMLElement, anchor: Element): void {
  const r = anchor.getBoundingClientRect();
  const viewW = document.documentElement.clientWidth;
  const viewH = window.innerHeight;
  const b = bubble.getBoundingClientRect();
  const left = Math.max(4, Math.min(r.left + r.width / 2 - b.width / 2, viewW - b.width - 4));
  const below = r.bottom + 6;
  const top = below + b.height > viewH - 4 ? Math.max(4, r.top - b.height - 6) : below;
  bubble.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

/** The formula's block under the words: KaTeX's MathML from our own TeX (tipFormulas.ts), never from the reader. */
function formulaBlock(html: string): HTMLDivElement {
  const math = document.createElement('div');
  math.className = 'tip-formula';
  math.dataset.testid = 'tip-formula';
  math.innerHTML = html;
  return math;
}

/** Which element the bubble shows, waits for or keeps away from, and the long press under way. */
class Tooltips {
  #shownFor: Element | null = null;
  // The element whose tip waits out the hover delay: leaving it before then cancels the tip.
  #pendingFor: Element | null = null;
  // The element just pressed: its tip stays away until the pointer leaves it (a button that
  // re-renders under the pointer, Play turning into Pause, would otherwise raise its tip again).
  #pressedFor: Element | null = null;
  #hoverTimer = 0;
  #pressTimer = 0;
  #pressStart: { x: number; y: number } | null = null;
  #suppressClick = false;
  readonly #bubble: HTMLElement;

  constructor(bubble: HTMLElement) {
    this.#bubble = bubble;
  }

  #show(el: TipElement): void {
    const text = el.dataset.tip;
    if (!text) return;
    this.#shownFor = el;
    this.#bubble.textContent = text;
    this.#bubble.hidden = false;
    place(this.#bubble, el);
    const formula = el.dataset.tipFormula as FormulaKey | undefined;
    if (formula) this.#addFormula(el, formula);
  }

  /** KaTeX loads the first time: the words show at once, the formula joins them. */
  #addFormula(el: TipElement, formula: FormulaKey): void {
    void import('./tipFormula')
      .then(({ typesetTipFormula }) => typesetTipFormula(formula))
      .then((html) => {
        if (!html || this.#shownFor !== el) return;
        this.#bubble.append(formulaBlock(html));
        place(this.#bubble, el);
      })
      .catch(() => {
        // Offline before KaTeX was ever cached: the words alone.
      });
  }

  readonly hide = (): void => {
    clearTimeout(this.#hoverTimer);
    this.#pendingFor = null;
    this.#shownFor = null;
    this.#bubble.hidden = true;
  };

  readonly onOver = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const el = tipTarget(e.target);
    if (el !== null && (el === this.#shownFor || el === this.#pendingFor || el === this.#pressedFor)) return;
    this.hide();
    if (!el) return;
    this.#pendingFor = el;
    this.#hoverTimer = window.setTimeout(() => {
      this.#pendingFor = null;
      this.#show(el);
    }, HOVER_DELAY_MS);
  };

  readonly onOut = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const to = tipTarget(e.relatedTarget);
    if (to !== this.#pressedFor) this.#pressedFor = null;
    if (to === null || (to !== this.#shownFor && to !== this.#pendingFor)) this.hide();
  };

  readonly onFocus = (e: FocusEvent): void => {
    const el = tipTarget(e.target);
    // Only keyboard focus: a click focuses too, and then the hover delay decides.
    if (el && e.target instanceof Element && e.target.matches(':focus-visible')) this.#show(el);
  };

  readonly onDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') {
      this.hide();
      this.#pressedFor = tipTarget(e.target);
      return;
    }
    const el = tipTarget(e.target);
    clearTimeout(this.#pressTimer);
    if (!el) {
      this.hide();
      return;
    }
    this.#pressStart = { x: e.clientX, y: e.clientY };
    this.#pressTimer = window.setTimeout(() => {
      this.#suppressClick = true;
      this.#show(el);
    }, LONG_PRESS_MS);
  };

  readonly onMove = (e: PointerEvent): void => {
    const start = this.#pressStart;
    if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > PRESS_SLOP_PX) this.endPress();
  };

  readonly endPress = (): void => {
    clearTimeout(this.#pressTimer);
    this.#pressStart = null;
  };

  /** A long press showed the tip: the click that ends it must not also press the button. */
  readonly onClick = (e: MouseEvent): void => {
    if (!this.#suppressClick) return;
    this.#suppressClick = false;
    e.preventDefault();
    e.stopPropagation();
  };

  readonly onContextMenu = (e: MouseEvent): void => {
    if (tipTarget(e.target) && this.#suppressClick) e.preventDefault();
  };

  readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.hide();
  };

  dispose(): void {
    this.hide();
    clearTimeout(this.#pressTimer);
  }
}

type Listener = [type: string, listener: (e: never) => void, options: AddEventListenerOptions];

function documentListeners(tips: Tooltips): Listener[] {
  return [
    ['pointerover', tips.onOver, {}],
    ['pointerout', tips.onOut, {}],
    ['focusin', tips.onFocus, {}],
    ['focusout', tips.hide, {}],
    ['pointerdown', tips.onDown, { capture: true }],
    ['pointermove', tips.onMove, { passive: true }],
    ['pointerup', tips.endPress, {}],
    ['pointercancel', tips.endPress, {}],
    ['click', tips.onClick, { capture: true }],
    ['contextmenu', tips.onContextMenu, {}],
    ['keydown', tips.onKey, {}],
  ];
}

/** Shows the tips of the whole page in the bubble, for as long as the bubble is mounted. */
export function useTooltips(bubbleRef: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const bubble = bubbleRef.current;
    if (!bubble) return;
    const tips = new Tooltips(bubble);
    const listeners = documentListeners(tips);
    for (const [type, listener, options] of listeners) document.addEventListener(type, listener as EventListener, options);
    window.addEventListener('scroll', tips.hide, { capture: true, passive: true });
    return () => {
      tips.dispose();
      for (const [type, listener, options] of listeners) document.removeEventListener(type, listener as EventListener, options);
      window.removeEventListener('scroll', tips.hide, true);
    };
  }, [bubbleRef]);
}
