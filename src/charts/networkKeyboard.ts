/**
 * The diagram from the keyboard: one tab stop, then the arrow keys move between neurons
 * (up and down a layer, left and right across layers); Enter on a neuron walks its incoming
 * weights and its bias (up and down), Enter on one of those edits it, Escape goes back to the
 * neuron. Focus is real DOM focus (a roving tabindex), so screen readers follow it.
 */
import { nodeLayerOf, type DiagramDom } from './networkDom';

export type Focusable = { kind: 'node' | 'link' | 'bias'; index: number };

export interface KeyboardContext {
  dom(): DiagramDom | null;
  /** An element of the diagram received focus (from the keyboard or a click). */
  focused(target: Focusable): void;
  /** Focus left the diagram. */
  left(): void;
  edit(target: { kind: 'link' | 'bias'; index: number }): void;
}

export interface DiagramKeyboard {
  /** A new shape was built: the tab stop goes back to the first neuron. */
  reset(): void;
  /** Puts focus back on an element (after its editor closed). */
  focus(target: Focusable): void;
  destroy(): void;
}

export function elementOf(dom: DiagramDom, t: Focusable): HTMLElement | SVGElement | undefined {
  if (t.kind === 'node') return dom.nodes[t.index];
  if (t.kind === 'bias') return dom.biases[t.index - dom.sizes[0]];
  return dom.visible[t.index];
}

export function targetOfElement(el: Element | null): Focusable | null {
  const item = el?.closest('[data-kind]') as HTMLElement | SVGElement | null;
  if (!item) return null;
  const kind = item.dataset.kind as Focusable['kind'];
  return { kind, index: Number(kind === 'link' ? item.dataset.k : item.dataset.n) };
}

/** Where an arrow key (or Enter, Escape) leads from `t`; null when it leads nowhere. */
export function nextTarget(dom: DiagramDom, t: Focusable, key: string): Focusable | null {
  const { sizes, nodeOffsets, weightOffsets } = dom;
  if (t.kind === 'node') {
    const l = nodeLayerOf(dom, t.index);
    const i = t.index - nodeOffsets[l];
    const inLayer = (layer: number, j: number) => ({ kind: 'node' as const, index: nodeOffsets[layer] + Math.max(0, Math.min(sizes[layer] - 1, j)) });
    if (key === 'ArrowDown') return inLayer(l, i + 1);
    if (key === 'ArrowUp') return inLayer(l, i - 1);
    if (key === 'Home') return inLayer(l, 0);
    if (key === 'End') return inLayer(l, sizes[l] - 1);
    if (key === 'ArrowRight' && l + 1 < sizes.length) return inLayer(l + 1, i);
    if (key === 'ArrowLeft' && l > 0) return inLayer(l - 1, i);
    if ((key === 'Enter' || key === ' ') && l > 0) return { kind: 'link', index: weightOffsets[l] + i * sizes[l - 1] };
    return null;
  }
  if (t.kind === 'link') {
    const l = dom.linkLayer[t.index];
    const to = dom.linkTo[t.index];
    const from = dom.linkFrom[t.index];
    const fanIn = sizes[l - 1];
    const neuron = nodeOffsets[l] + to;
    if (key === 'ArrowDown') return from + 1 < fanIn ? { kind: 'link', index: t.index + 1 } : { kind: 'bias', index: neuron };
    if (key === 'ArrowUp') return from > 0 ? { kind: 'link', index: t.index - 1 } : null;
    if (key === 'Escape') return { kind: 'node', index: neuron };
    return null;
  }
  const l = nodeLayerOf(dom, t.index);
  const to = t.index - nodeOffsets[l];
  if (key === 'ArrowUp') return { kind: 'link', index: weightOffsets[l] + (to + 1) * sizes[l - 1] - 1 };
  if (key === 'Escape') return { kind: 'node', index: t.index };
  return null;
}

export function attachKeyboard(stage: HTMLElement, ctx: KeyboardContext): DiagramKeyboard {
  let tabStop: Element | null = null;

  // Only the tab stop is focusable at all: every focusable element is a tap target to a touch
  // screen's touch adjustment, which would steer a finger meant for a neuron onto its bias.
  const makeTabStop = (el: Element | undefined) => {
    if (!el || el === tabStop) return;
    tabStop?.removeAttribute('tabindex');
    el.setAttribute('tabindex', '0');
    // A link is a control only while it holds the focus (thousands of named buttons would drown a screen reader).
    if (el instanceof SVGElement) el.setAttribute('role', 'button');
    tabStop = el;
  };
  const focus = (t: Focusable) => {
    const dom = ctx.dom();
    const el = dom && elementOf(dom, t);
    if (!el) return;
    makeTabStop(el);
    el.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    const dom = ctx.dom();
    const t = targetOfElement(e.target instanceof Element ? e.target : null);
    if (!dom || !t || !stage.contains(e.target as Node)) return;
    if ((t.kind === 'link' || t.kind === 'bias') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      ctx.edit({ kind: t.kind, index: t.index });
      return;
    }
    const next = nextTarget(dom, t, e.key);
    if (!next) return;
    e.preventDefault();
    focus(next);
  };
  const onFocusIn = (e: FocusEvent) => {
    const t = targetOfElement(e.target instanceof Element ? e.target : null);
    if (!t) return;
    makeTabStop(e.target as Element);
    ctx.focused(t);
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!(e.relatedTarget instanceof Node && stage.contains(e.relatedTarget))) ctx.left();
  };

  stage.addEventListener('keydown', onKey);
  stage.addEventListener('focusin', onFocusIn);
  stage.addEventListener('focusout', onFocusOut);
  return {
    reset() {
      tabStop = null;
      const dom = ctx.dom();
      if (dom) makeTabStop(dom.nodes[0]);
    },
    focus,
    destroy() {
      stage.removeEventListener('keydown', onKey);
      stage.removeEventListener('focusin', onFocusIn);
      stage.removeEventListener('focusout', onFocusOut);
    },
  };
}
