/**
 * The diagram's pointer input: hover read-outs, tap-to-card on touch screens, click-to-edit, and
 * closing the card when the pointer goes elsewhere or its neuron scrolls out of the window.
 */
import type { NeuronCard } from './networkCard';
import type { DiagramDom } from './networkDom';
import type { ParamEditor } from './networkEditor';
import type { Hover } from './networkHover';
import { targetOfElement } from './networkKeyboard';

export interface PointerContext {
  stage: HTMLElement;
  hover: Hover;
  editor: ParamEditor;
  card: NeuronCard;
  dom: () => DiagramDom | null;
  placeTooltipAt: (p: { x: number; y: number }) => void;
  openEditor: (kind: 'link' | 'bias', index: number, at?: { x: number; y: number }) => void;
}

/** Listens on the stage, the document and the window; the returned function removes the latter two. */
export function attachPointer(ctx: PointerContext): () => void {
  const { stage, hover, editor, card } = ctx;
  const targetOf = (e: Event) => targetOfElement(e.target instanceof Element ? e.target : null);
  stage.addEventListener('pointerover', (e) => {
    hover.pointerType = e.pointerType;
    const t = targetOf(e);
    hover.set(t ? t.kind : null, t ? t.index : -1);
  });
  stage.addEventListener('pointermove', (e) => {
    // After an edit closes, the pointer may still rest on the link it edited: moving it shows the tooltip again.
    if (hover.kind === null && !editor.isOpen()) {
      const t = targetOf(e);
      if (t) hover.set(t.kind, t.index);
    }
    ctx.placeTooltipAt({ x: e.clientX, y: e.clientY });
  });
  // A finger "leaves" as soon as it lifts; a tapped neuron's card stays until the next tap elsewhere.
  stage.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'touch' && !stage.contains(document.activeElement)) hover.set(null, -1);
  });
  const onOutsideDown = (e: PointerEvent) => {
    if (!(e.target instanceof Node && stage.contains(e.target))) hover.set(null, -1);
  };
  document.addEventListener('pointerdown', onOutsideDown, true);
  // The card is fixed to the window: when the page scrolls (a phone, after a tap) it follows its
  // neuron, and closes once the neuron has left the window.
  const onScroll = () => {
    const dom = ctx.dom();
    if (!dom || hover.kind !== 'node') return;
    const r = dom.nodes[hover.index].getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) hover.set(null, -1);
    else card.reposition(r);
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  stage.addEventListener('click', (e) => {
    const t = targetOf(e);
    if (!ctx.dom() || !t || t.kind === 'node') return;
    // A scripted click (detail 0: keyboard-less tests, assistive tools) has no pointer position.
    ctx.openEditor(t.kind, t.index, e.detail > 0 ? { x: e.clientX, y: e.clientY } : undefined);
  });
  return () => {
    document.removeEventListener('pointerdown', onOutsideDown, true);
    window.removeEventListener('scroll', onScroll, true);
  };
}
