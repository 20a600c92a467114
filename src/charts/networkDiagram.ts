/**
 * The network diagram: feature pictures, neuron pictures, weighted links and biases, with
 * read-outs on hover and on keyboard focus, and click- or Enter-to-edit. Imperative create /
 * update / destroy so a training frame reaches the pixels without React: setStructure builds
 * elements (rare), update only paints. It fills its container's box: as large as the space allows.
 */
import type { ParamRef } from '../engine/paramLayout';
import { createNeuronCard, type NeuronValues } from './networkCard';
import { paintNeuronMarks } from './neuronMarks';
import { buildDom, createSkeleton, editAnchor, KEY_UNSET, nodeLayerOf, paintParams, paintPictures, placeDom, type DiagramDom, type NetworkFrame } from './networkDom';
import { createParamEditor } from './networkEditor';
import { createHover, type NeuronHover } from './networkHover';
import { attachKeyboard, elementOf, targetOfElement } from './networkKeyboard';
import { DEFAULT_NETWORK_LABELS, neuronName, neuronTitle, type NetworkDiagramLabels } from './networkLabels';
import { diagramSizing, hitSizes, layoutNetwork, minNetworkWidth, naturalNetworkHeight } from './networkLayout';
import { strokeTables, type StrokeTables } from './networkStyle';

export type { NeuronValues } from './networkCard';
export type { NetworkDiagramLabels } from './networkLabels';
export type { NetworkFrame } from './networkDom';
export type { NeuronHover } from './networkHover';

/** Where the columns ended up, so the page can put each layer's controls above its own column. */
export interface DiagramLayout {
  /** Centre x of each column (inputs first), in the stage's pixels. */
  columns: number[];
  /** The stage's width: wider than the box when the columns would be too narrow (it scrolls). */
  width: number;
  nodeSize: number;
}

export interface NetworkDiagramOptions {
  featureLabels: string[];
  /** Paints input feature i over the plane; the canvas starts at 32 × 32 and may be resized. */
  drawFeature: (featureIndex: number, canvas: HTMLCanvasElement) => void;
  onEditParam: (ref: ParamRef, value: number) => void;
  onHoverNeuron?: (info: NeuronHover | null) => void;
  /** z and a of a neuron at the probed point of the plane (and that point), if the caller tracks one. */
  getNeuronValues?: (layer: number, index: number) => NeuronValues | null;
  onLayout?: (layout: DiagramLayout) => void;
  labels?: Partial<NetworkDiagramLabels>;
  /** Without a height from its container (a page that flows), the diagram is at most this tall; read once. */
  maxHeight?: number;
}

export interface NetworkDiagramApi {
  /** layerSizes includes inputs and outputs. Rebuilds the elements only if the shape or labels changed. */
  setStructure(layerSizes: number[], featureLabels?: string[]): void;
  update(frame: NetworkFrame): void;
  setLabels(labels: Partial<NetworkDiagramLabels>): void;
  /** Per hidden layer, each neuron: 1 dead, 2 saturated, else unmarked; null clears every mark. */
  setMarks(marks: readonly (readonly number[])[] | null): void;
  resize(): void;
  destroy(): void;
}

const ALIASED_LINKS = 1000;

export function createNetworkDiagram(container: HTMLElement, opts: NetworkDiagramOptions): NetworkDiagramApi {
  let labels: NetworkDiagramLabels = { ...DEFAULT_NETWORK_LABELS, ...opts.labels };
  let featureLabels = [...opts.featureLabels];
  const maxHeight = opts.maxHeight ?? 560;

  const { root, stage, svg, hitGroup, visibleGroup, highlight, pictureLayer, nodeLayer } = createSkeleton(container);
  const tooltip = document.createElement('div');
  tooltip.dataset.testid = 'network-tooltip';
  tooltip.className = 'nd-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  // Tooltip and card hang from <body>: the diagram is its own compositing layer (a transform
  // hint), and inside one, position: fixed would follow the diagram and be clipped by it.
  document.body.append(tooltip);
  const card = createNeuronCard(document.body, labels);

  let dom: DiagramDom | null = null;
  let tables: StrokeTables = strokeTables(0.6, 4);
  let last: NetworkFrame | null = null;
  let laidOut = '';
  // A projector washes thin lines out: classroom mode (a class on <html>) draws them thicker.
  const lineScale = () => (document.documentElement.classList.contains('classroom') ? 2 : 1);
  const layoutKey = () => `${boxWidth}x${boxHeight}${lineScale()}`;
  let destroyed = false;
  // The container's box as the ResizeObserver last saw it: relayout never reads layout itself,
  // since the page builds every chart in one go and each read would force a layout.
  let boxWidth = 0;
  let boxHeight = 0;
  let marks: readonly (readonly number[])[] | null = null;

  const hover = createHover({
    dom: () => dom,
    last: () => last,
    labels: () => labels,
    featureLabels: () => featureLabels,
    tooltip,
    card,
    highlight,
    getNeuronValues: opts.getNeuronValues,
    onHoverNeuron: opts.onHoverNeuron,
  });
  const nameOf = (layer: number, index: number) => neuronName(labels, featureLabels, dom?.sizes ?? [], layer, index);

  const editor = createParamEditor(stage, labels, (ref, value) => opts.onEditParam(ref, value), (closedBy) => {
    // Back to the link or bias the keyboard was on, so the walk through the weights goes on.
    if (closedBy === 'keyboard' && editing) keyboard.focus(editing);
    editing = null;
  });
  let editing: { kind: 'link' | 'bias'; index: number } | null = null;

  function openEditor(kind: 'link' | 'bias', index: number, at?: { x: number; y: number }): void {
    if (!dom) return;
    const rect = stage.getBoundingClientRect();
    const point = at ?? editAnchor(dom, kind, index);
    hover.set(null, -1);
    editing = { kind, index };
    if (kind === 'link') {
      const ref: ParamRef = { kind: 'weight', layer: dom.linkLayer[index], to: dom.linkTo[index], from: dom.linkFrom[index] };
      const value = last && last.weights.length === dom.linkKeys.length ? last.weights[index] : null;
      editor.open(ref, `${labels.weight} ${nameOf(ref.layer - 1, ref.from)} → ${nameOf(ref.layer, ref.to)}`, value, point.x - rect.left, point.y - rect.top);
    } else {
      const l = nodeLayerOf(dom, index);
      const ref: ParamRef = { kind: 'bias', layer: l, neuron: index - dom.nodeOffsets[l] };
      const value = last && last.biases.length === dom.biases.length ? last.biases[index - dom.sizes[0]] : null;
      editor.open(ref, `${labels.bias} ${nameOf(l, ref.neuron)}`, value, point.x - rect.left, point.y - rect.top);
    }
  }

  const keyboard = attachKeyboard(stage, {
    dom: () => dom,
    focused(t) {
      if (!dom) return;
      const el = elementOf(dom, t);
      if (t.kind === 'node') {
        const l = nodeLayerOf(dom, t.index);
        el?.setAttribute('aria-label', neuronTitle(labels, featureLabels, dom.sizes, l, t.index - dom.nodeOffsets[l]));
      } else {
        el?.setAttribute('aria-label', hover.describe(t.kind, t.index));
      }
      hover.set(t.kind, t.index);
      if (t.kind !== 'node') placeTooltipAt(editAnchor(dom, t.kind, t.index));
    },
    left: () => hover.set(null, -1),
    edit: (t) => openEditor(t.kind, t.index),
  });

  /** Every neuron and bias is a control with a name; links get theirs when they take the focus. */
  function nameElements(d: DiagramDom): void {
    d.sizes.forEach((count, l) => {
      for (let i = 0; i < count; i++) {
        const n = d.nodeOffsets[l] + i;
        const title = neuronTitle(labels, featureLabels, d.sizes, l, i);
        d.nodes[n].setAttribute('aria-label', title);
        if (l > 0) d.biases[n - d.sizes[0]].setAttribute('aria-label', `${labels.bias} ${nameOf(l, i)}`);
      }
    });
  }

  function placeTooltipAt(p: { x: number; y: number }): void {
    if (tooltip.hidden) return;
    const x = Math.min(p.x + 14, document.documentElement.clientWidth - tooltip.offsetWidth - 4);
    tooltip.style.left = `${Math.max(4, x)}px`;
    tooltip.style.top = `${p.y + 16}px`;
  }

  function relayout(): void {
    if (!dom || boxWidth === 0) return;
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const fit = boxHeight > 0;
    const sizing = diagramSizing({ width: boxWidth, rootFontPx, viewportHeight: window.innerHeight, maxHeight: fit ? boxHeight : maxHeight });
    const lopts = { labelWidth: sizing.labelWidth, maxNodeSize: sizing.maxNodeSize };
    const width = Math.max(boxWidth, minNetworkWidth(dom.sizes, lopts));
    const height = fit ? boxHeight : naturalNetworkHeight(dom.sizes, width, sizing.maxHeight, lopts);
    const layout = layoutNetwork(dom.sizes, width, height, lopts);
    const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    stage.style.width = `${width}px`;
    stage.style.height = `${height}px`;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    placeDom(dom, layout, { labelWidth: sizing.labelWidth, labelFont: sizing.labelFont, hits: hitSizes(layout.nodeSize, coarse), width, height });
    const thick = lineScale();
    tables = strokeTables(0.6 * thick, thick * Math.max(1.5, Math.min(6, layout.nodeSize * 0.15)));
    dom.linkKeys.fill(KEY_UNSET);
    dom.biasKeys.fill(KEY_UNSET);
    laidOut = layoutKey();
    if (last) paintParams(dom, last, tables);
    if (hover.kind === 'link') highlight.setAttribute('d', dom.visible[hover.index].getAttribute('d') ?? '');
    const columns = dom.sizes.map((_, l) => layout.nodes.find((n) => n.layer === l)?.x ?? 0);
    opts.onLayout?.({ columns, width, nodeSize: layout.nodeSize });
  }

  stage.addEventListener('pointerover', (e) => {
    hover.pointerType = e.pointerType;
    const t = targetOfElement(e.target instanceof Element ? e.target : null);
    hover.set(t ? t.kind : null, t ? t.index : -1);
  });
  stage.addEventListener('pointermove', (e) => {
    // After an edit closes, the pointer may still rest on the link it edited: moving it shows the tooltip again.
    if (hover.kind === null && !editor.isOpen()) {
      const t = targetOfElement(e.target instanceof Element ? e.target : null);
      if (t) hover.set(t.kind, t.index);
    }
    placeTooltipAt({ x: e.clientX, y: e.clientY });
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
    if (!dom || hover.kind !== 'node') return;
    const r = dom.nodes[hover.index].getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) hover.set(null, -1);
    else card.reposition(r);
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  stage.addEventListener('click', (e) => {
    const t = targetOfElement(e.target instanceof Element ? e.target : null);
    if (!dom || !t || t.kind === 'node') return;
    // A scripted click (detail 0: keyboard-less tests, assistive tools) has no pointer position.
    openEditor(t.kind, t.index, e.detail > 0 ? { x: e.clientX, y: e.clientY } : undefined);
  });

  // Relayout changes the stage's size; doing it inside the observer's callback would make the
  // browser report a ResizeObserver loop, so it waits for the next frame.
  let pendingLayout = 0;
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    boxWidth = Math.floor(box.width);
    boxHeight = Math.floor(box.height);
    if (pendingLayout || layoutKey() === laidOut) return;
    pendingLayout = requestAnimationFrame(() => {
      pendingLayout = 0;
      if (!destroyed && layoutKey() !== laidOut) relayout();
    });
  });
  observer.observe(container);

  return {
    setStructure(layerSizes, nextLabels) {
      if (destroyed) return;
      const labelsNow = nextLabels ?? featureLabels;
      const same = dom !== null && dom.sizes.join() === layerSizes.join() && featureLabels.join('\0') === labelsNow.join('\0');
      if (same) return;
      hover.set(null, -1);
      editor.close();
      featureLabels = [...labelsNow];
      hitGroup.replaceChildren();
      visibleGroup.replaceChildren();
      nodeLayer.replaceChildren();
      last = null;
      dom = buildDom(layerSizes, featureLabels, { hit: hitGroup, visible: visibleGroup, pictures: pictureLayer, nodes: nodeLayer });
      // Past ~1000 links the mesh is too dense for anti-aliasing to show, and without a GPU
      // it halves the cost of repainting them (45 instead of 25 frames a second at 2,000 links).
      visibleGroup.setAttribute('shape-rendering', dom.linkKeys.length > ALIASED_LINKS ? 'optimizeSpeed' : 'auto');
      for (let i = 0; i < (layerSizes[0] ?? 0); i++) dom.pictures.drawTile(i, (canvas) => opts.drawFeature(i, canvas));
      nameElements(dom);
      keyboard.reset();
      relayout();
      paintNeuronMarks(dom, marks);
    },
    update(frame) {
      if (destroyed || !dom) return;
      last = frame;
      paintParams(dom, frame, tables);
      paintPictures(dom, frame.grids);
      hover.refresh();
      // A focused link or bias speaks its new value (after an edit, or as training moves it).
      const focused = document.activeElement;
      const t = focused && stage.contains(focused) ? targetOfElement(focused) : null;
      if (t && t.kind !== 'node') focused!.setAttribute('aria-label', hover.describe(t.kind, t.index));
    },
    setLabels(next) {
      labels = { ...DEFAULT_NETWORK_LABELS, ...next };
      card.setLabels(labels);
      editor.setLabels(labels);
      if (dom) nameElements(dom);
    },
    setMarks(next) {
      marks = next;
      if (dom) paintNeuronMarks(dom, marks);
    },
    resize: relayout,
    destroy() {
      destroyed = true;
      observer.disconnect();
      cancelAnimationFrame(pendingLayout);
      keyboard.destroy();
      document.removeEventListener('pointerdown', onOutsideDown, true);
      window.removeEventListener('scroll', onScroll, true);
      hover.set(null, -1);
      root.remove();
      tooltip.remove();
      card.remove();
    },
  };
}
