/**
 * One tooltip for the whole page, for every element with `data-tip`: shown after a short
 * hover, at once on keyboard focus, and on a long press on a touch screen (where hover does not
 * exist and a `title` never shows). Escape, scrolling or leaving hides it.
 */
import { useEffect, useRef } from 'react';
import type { FormulaKey } from './tipFormulas';

const HOVER_DELAY_MS = 450;
const LONG_PRESS_MS = 500;
/** A finger that moves this far is scrolling, not pressing. */
const PRESS_SLOP_PX = 10;

function tipTarget(node: EventTarget | null): HTMLElement | SVGElement | null {
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

export function TooltipLayer() {
  const bubbleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const bubble = bubbleRef.current;
    if (!bubble) return;
    let shownFor: Element | null = null;
    // The element whose tip waits out the hover delay: leaving it before then cancels the tip.
    let pendingFor: Element | null = null;
    // The element just pressed: its tip stays away until the pointer leaves it (a button that
    // re-renders under the pointer, Play turning into Pause, would otherwise raise its tip again).
    let pressedFor: Element | null = null;
    let hoverTimer = 0;
    let pressTimer = 0;
    let pressStart: { x: number; y: number } | null = null;
    let suppressClick = false;

    const show = (el: HTMLElement | SVGElement) => {
      const text = el.dataset.tip;
      if (!text) return;
      shownFor = el;
      bubble.textContent = text;
      bubble.hidden = false;
      place(bubble, el);
      const formula = el.dataset.tipFormula as FormulaKey | undefined;
      if (formula) {
        // KaTeX loads the first time: the words show at once, the formula joins them.
        void import('./tipFormula')
          .then(({ typesetTipFormula }) => typesetTipFormula(formula))
          .then((html) => {
            if (!html || shownFor !== el) return;
            const math = document.createElement('div');
            math.className = 'tip-formula';
            math.dataset.testid = 'tip-formula';
            // KaTeX's MathML from our own TeX (tipFormulas.ts), never from the reader.
            math.innerHTML = html;
            bubble.append(math);
            place(bubble, el);
          })
          .catch(() => {
            // Offline before KaTeX was ever cached: the words alone.
          });
      }
    };
    const hide = () => {
      clearTimeout(hoverTimer);
      pendingFor = null;
      shownFor = null;
      bubble.hidden = true;
    };

    const onOver = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const el = tipTarget(e.target);
      if (el !== null && (el === shownFor || el === pendingFor || el === pressedFor)) return;
      hide();
      if (el) {
        pendingFor = el;
        hoverTimer = window.setTimeout(() => {
          pendingFor = null;
          show(el);
        }, HOVER_DELAY_MS);
      }
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const to = tipTarget(e.relatedTarget);
      if (to !== pressedFor) pressedFor = null;
      if (to === null || (to !== shownFor && to !== pendingFor)) hide();
    };
    const onFocus = (e: FocusEvent) => {
      const el = tipTarget(e.target);
      // Only keyboard focus: a click focuses too, and then the hover delay decides.
      if (el && e.target instanceof Element && e.target.matches(':focus-visible')) show(el);
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') {
        hide();
        pressedFor = tipTarget(e.target);
        return;
      }
      const el = tipTarget(e.target);
      clearTimeout(pressTimer);
      if (!el) {
        hide();
        return;
      }
      pressStart = { x: e.clientX, y: e.clientY };
      pressTimer = window.setTimeout(() => {
        suppressClick = true;
        show(el);
      }, LONG_PRESS_MS);
    };
    const onMove = (e: PointerEvent) => {
      if (pressStart && Math.hypot(e.clientX - pressStart.x, e.clientY - pressStart.y) > PRESS_SLOP_PX) {
        clearTimeout(pressTimer);
        pressStart = null;
      }
    };
    const onUp = () => {
      clearTimeout(pressTimer);
      pressStart = null;
    };
    // A long press showed the tip: the click that ends it must not also press the button.
    const onClick = (e: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      e.preventDefault();
      e.stopPropagation();
    };
    const onContextMenu = (e: MouseEvent) => {
      if (tipTarget(e.target) && suppressClick) e.preventDefault();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };

    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', hide);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointermove', onMove, { passive: true });
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onUp);
    document.addEventListener('click', onClick, true);
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', hide, { capture: true, passive: true });
    return () => {
      hide();
      clearTimeout(pressTimer);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onUp);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', hide, true);
    };
  }, []);

  // Screen readers get each tip as its element's description; the bubble is for the eye.
  return <div ref={bubbleRef} className="tip-bubble" data-testid="tooltip" aria-hidden="true" hidden />;
}
