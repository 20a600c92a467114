/**
 * The network diagram: feature pictures, neuron pictures, weighted links and biases, with
 * read-outs on hover and on keyboard focus, and click- or Enter-to-edit. Imperative create /
 * update / destroy so a training frame reaches the pixels without React: setStructure builds
 * elements (rare), update only paints. It fills its container's box: as large as the space allows.
 */
import type { ParamRef } from '../engine/paramLayout';
import { createNeuronCard, type NeuronCard } from './networkCard';
import { paintNeuronMarks } from './neuronMarks';
import type { NetworkDiagramApi, NetworkDiagramOptions } from './networkDiagramTypes';
import { buildDom, createSkeleton, editAnchor, KEY_UNSET, nodeLayerOf, paintParams, paintPictures, placeDom, type DiagramDom, type NetworkFrame, type Skeleton } from './networkDom';
import { createParamEditor, type ParamEditor } from './networkEditor';
import { createHover, type Hover } from './networkHover';
import { attachKeyboard, elementOf, targetOfElement, type DiagramKeyboard, type Focusable } from './networkKeyboard';
import { DEFAULT_NETWORK_LABELS, neuronName, neuronTitle, type NetworkDiagramLabels } from './networkLabels';
import { attachPointer } from './networkPointer';
import { diagramSizing, hitSizes, layoutNetwork, minNetworkWidth, naturalNetworkHeight } from './networkLayout';
import { strokeTables, type StrokeTables } from './networkStyle';

export type { NeuronValues } from './networkCard';
export type { NetworkDiagramLabels } from './networkLabels';
export type { NetworkFrame } from './networkDom';
export type { NeuronHover } from './networkHover';
export type { DiagramLayout, NetworkDiagramApi, NetworkDiagramOptions } from './networkDiagramTypes';

const ALIASED_LINKS = 1000;

type Editable = { kind: 'link' | 'bias'; index: number };

export function createNetworkDiagram(container: HTMLElement, opts: NetworkDiagramOptions): NetworkDiagramApi {
  return new NetworkDiagramView(container, opts);
}

/** Tooltip and card hang from <body>: the diagram is its own compositing layer (a transform
 *  hint), and inside one, position: fixed would follow the diagram and be clipped by it. */
function createTooltip(): HTMLDivElement {
  const tooltip = document.createElement('div');
  tooltip.dataset.testid = 'network-tooltip';
  tooltip.className = 'nd-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  document.body.append(tooltip);
  return tooltip;
}

/** A projector washes thin lines out: classroom mode (a class on <html>) draws them thicker. */
const lineScale = () => (document.documentElement.classList.contains('classroom') ? 2 : 1);

class NetworkDiagramView implements NetworkDiagramApi {
  #labels: NetworkDiagramLabels;
  #featureLabels: string[];
  readonly #maxHeight: number;
  readonly #parts: Skeleton;
  readonly #tooltip = createTooltip();
  readonly #card: NeuronCard;
  readonly #hover: Hover;
  readonly #editor: ParamEditor;
  readonly #keyboard: DiagramKeyboard;
  readonly #detachPointer: () => void;
  readonly #observer: ResizeObserver;
  #dom: DiagramDom | null = null;
  #tables: StrokeTables = strokeTables(0.6, 4);
  #last: NetworkFrame | null = null;
  #laidOut = '';
  #destroyed = false;
  // The container's box as the ResizeObserver last saw it: relayout never reads layout itself,
  // since the page builds every chart in one go and each read would force a layout.
  #boxWidth = 0;
  #boxHeight = 0;
  #marks: readonly (readonly number[])[] | null = null;
  #editing: Editable | null = null;
  #pendingLayout = 0;
  readonly #opts: NetworkDiagramOptions;

  constructor(container: HTMLElement, opts: NetworkDiagramOptions) {
    this.#opts = opts;
    this.#labels = { ...DEFAULT_NETWORK_LABELS, ...opts.labels };
    this.#featureLabels = [...opts.featureLabels];
    this.#maxHeight = opts.maxHeight ?? 560;
    this.#parts = createSkeleton(container);
    this.#card = createNeuronCard(document.body, this.#labels);
    this.#hover = createHover({
      dom: () => this.#dom,
      last: () => this.#last,
      labels: () => this.#labels,
      featureLabels: () => this.#featureLabels,
      tooltip: this.#tooltip,
      card: this.#card,
      highlight: this.#parts.highlight,
      getNeuronValues: opts.getNeuronValues,
      onHoverNeuron: opts.onHoverNeuron,
    });
    this.#editor = createParamEditor(this.#parts.stage, this.#labels, (ref, value) => opts.onEditParam(ref, value), (closedBy) => {
      // Back to the link or bias the keyboard was on, so the walk through the weights goes on.
      if (closedBy === 'keyboard' && this.#editing) this.#keyboard.focus(this.#editing);
      this.#editing = null;
    });
    this.#keyboard = attachKeyboard(this.#parts.stage, {
      dom: () => this.#dom,
      focused: (t) => this.#focused(t),
      left: () => this.#hover.set(null, -1),
      edit: (t) => this.#openEditor(t.kind, t.index),
    });
    this.#detachPointer = attachPointer({
      stage: this.#parts.stage,
      hover: this.#hover,
      editor: this.#editor,
      card: this.#card,
      dom: () => this.#dom,
      placeTooltipAt: (p) => this.#placeTooltipAt(p),
      openEditor: (kind, index, at) => this.#openEditor(kind, index, at),
    });
    this.#observer = new ResizeObserver((entries) => this.#observed(entries[entries.length - 1].contentRect));
    this.#observer.observe(container);
  }

  #layoutKey(): string {
    return `${this.#boxWidth}x${this.#boxHeight}${lineScale()}`;
  }

  #nameOf(layer: number, index: number): string {
    return neuronName(this.#labels, this.#featureLabels, this.#dom?.sizes ?? [], layer, index);
  }

  /** Relayout changes the stage's size; doing it inside the observer's callback would make the
   *  browser report a ResizeObserver loop, so it waits for the next frame. */
  #observed(box: DOMRectReadOnly): void {
    this.#boxWidth = Math.floor(box.width);
    this.#boxHeight = Math.floor(box.height);
    if (this.#pendingLayout || this.#layoutKey() === this.#laidOut) return;
    this.#pendingLayout = requestAnimationFrame(() => {
      this.#pendingLayout = 0;
      if (!this.#destroyed && this.#layoutKey() !== this.#laidOut) this.#relayout();
    });
  }

  #focused(t: Focusable): void {
    const dom = this.#dom;
    if (!dom) return;
    const el = elementOf(dom, t);
    if (t.kind === 'node') {
      const l = nodeLayerOf(dom, t.index);
      el?.setAttribute('aria-label', neuronTitle(this.#labels, this.#featureLabels, dom.sizes, l, t.index - dom.nodeOffsets[l]));
    } else {
      el?.setAttribute('aria-label', this.#hover.describe(t.kind, t.index));
    }
    this.#hover.set(t.kind, t.index);
    if (t.kind !== 'node') this.#placeTooltipAt(editAnchor(dom, t.kind, t.index));
  }

  #openEditor(kind: 'link' | 'bias', index: number, at?: { x: number; y: number }): void {
    const dom = this.#dom;
    const last = this.#last;
    const labels = this.#labels;
    if (!dom) return;
    const rect = this.#parts.stage.getBoundingClientRect();
    const point = at ?? editAnchor(dom, kind, index);
    this.#hover.set(null, -1);
    this.#editing = { kind, index };
    if (kind === 'link') {
      const ref: ParamRef = { kind: 'weight', layer: dom.linkLayer[index], to: dom.linkTo[index], from: dom.linkFrom[index] };
      const value = last && last.weights.length === dom.linkKeys.length ? last.weights[index] : null;
      this.#editor.open(ref, `${labels.weight} ${this.#nameOf(ref.layer - 1, ref.from)} → ${this.#nameOf(ref.layer, ref.to)}`, value, point.x - rect.left, point.y - rect.top);
    } else {
      const l = nodeLayerOf(dom, index);
      const ref: ParamRef = { kind: 'bias', layer: l, neuron: index - dom.nodeOffsets[l] };
      const value = last && last.biases.length === dom.biases.length ? last.biases[index - dom.sizes[0]] : null;
      this.#editor.open(ref, `${labels.bias} ${this.#nameOf(l, ref.neuron)}`, value, point.x - rect.left, point.y - rect.top);
    }
  }

  /** Every neuron and bias is a control with a name; links get theirs when they take the focus. */
  #nameElements(d: DiagramDom): void {
    d.sizes.forEach((count, l) => {
      for (let i = 0; i < count; i++) {
        const n = d.nodeOffsets[l] + i;
        const title = neuronTitle(this.#labels, this.#featureLabels, d.sizes, l, i);
        d.nodes[n].setAttribute('aria-label', title);
        if (l > 0) d.biases[n - d.sizes[0]].setAttribute('aria-label', `${this.#labels.bias} ${this.#nameOf(l, i)}`);
      }
    });
  }

  #placeTooltipAt(p: { x: number; y: number }): void {
    const tooltip = this.#tooltip;
    if (tooltip.hidden) return;
    const x = Math.min(p.x + 14, document.documentElement.clientWidth - tooltip.offsetWidth - 4);
    tooltip.style.left = `${Math.max(4, x)}px`;
    tooltip.style.top = `${p.y + 16}px`;
  }

  #relayout(): void {
    const dom = this.#dom;
    const boxWidth = this.#boxWidth;
    const boxHeight = this.#boxHeight;
    const { stage, svg, highlight } = this.#parts;
    if (!dom || boxWidth === 0) return;
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const fit = boxHeight > 0;
    const sizing = diagramSizing({ width: boxWidth, rootFontPx, viewportHeight: window.innerHeight, maxHeight: fit ? boxHeight : this.#maxHeight });
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
    this.#tables = strokeTables(0.6 * thick, thick * Math.max(1.5, Math.min(6, layout.nodeSize * 0.15)));
    dom.linkKeys.fill(KEY_UNSET);
    dom.biasKeys.fill(KEY_UNSET);
    this.#laidOut = this.#layoutKey();
    if (this.#last) paintParams(dom, this.#last, this.#tables);
    if (this.#hover.kind === 'link') highlight.setAttribute('d', dom.visible[this.#hover.index].getAttribute('d') ?? '');
    const columns = dom.sizes.map((_, l) => layout.nodes.find((n) => n.layer === l)?.x ?? 0);
    this.#opts.onLayout?.({ columns, width, nodeSize: layout.nodeSize });
  }

  setStructure(layerSizes: number[], nextLabels?: string[]): void {
    if (this.#destroyed) return;
    const labelsNow = nextLabels ?? this.#featureLabels;
    const same = this.#dom !== null && this.#dom.sizes.join() === layerSizes.join() && this.#featureLabels.join('\0') === labelsNow.join('\0');
    if (same) return;
    this.#hover.set(null, -1);
    this.#editor.close();
    this.#featureLabels = [...labelsNow];
    const { hitGroup, visibleGroup, nodeLayer, pictureLayer } = this.#parts;
    hitGroup.replaceChildren();
    visibleGroup.replaceChildren();
    nodeLayer.replaceChildren();
    this.#last = null;
    const dom = buildDom(layerSizes, this.#featureLabels, { hit: hitGroup, visible: visibleGroup, pictures: pictureLayer, nodes: nodeLayer });
    this.#dom = dom;
    // Past ~1000 links the mesh is too dense for anti-aliasing to show, and without a GPU
    // it halves the cost of repainting them (45 instead of 25 frames a second at 2,000 links).
    visibleGroup.setAttribute('shape-rendering', dom.linkKeys.length > ALIASED_LINKS ? 'optimizeSpeed' : 'auto');
    for (let i = 0; i < (layerSizes[0] ?? 0); i++) dom.pictures.drawTile(i, (canvas) => this.#opts.drawFeature(i, canvas));
    this.#nameElements(dom);
    this.#keyboard.reset();
    this.#relayout();
    paintNeuronMarks(dom, this.#marks);
  }

  update(frame: NetworkFrame): void {
    if (this.#destroyed || !this.#dom) return;
    this.#last = frame;
    paintParams(this.#dom, frame, this.#tables);
    paintPictures(this.#dom, frame.grids);
    this.#hover.refresh();
    // A focused link or bias speaks its new value (after an edit, or as training moves it).
    const focused = document.activeElement;
    const t = focused && this.#parts.stage.contains(focused) ? targetOfElement(focused) : null;
    if (t && t.kind !== 'node') focused!.setAttribute('aria-label', this.#hover.describe(t.kind, t.index));
  }

  setLabels(next: Partial<NetworkDiagramLabels>): void {
    this.#labels = { ...DEFAULT_NETWORK_LABELS, ...next };
    this.#card.setLabels(this.#labels);
    this.#editor.setLabels(this.#labels);
    if (this.#dom) this.#nameElements(this.#dom);
  }

  setMarks(next: readonly (readonly number[])[] | null): void {
    this.#marks = next;
    if (this.#dom) paintNeuronMarks(this.#dom, this.#marks);
  }

  resize(): void {
    this.#relayout();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#observer.disconnect();
    cancelAnimationFrame(this.#pendingLayout);
    this.#keyboard.destroy();
    this.#detachPointer();
    this.#hover.set(null, -1);
    this.#parts.root.remove();
    this.#tooltip.remove();
    this.#card.remove();
  }
}
