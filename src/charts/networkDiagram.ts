/**
 * The network diagram: feature pictures, neuron pictures, weighted links and biases, with
 * hover read-outs and click-to-edit. Imperative create / update / destroy so a training frame
 * reaches the pixels without React: setStructure builds elements (rare), update only paints.
 */
import type { ParamRef } from '../engine/paramLayout';
import { createNeuronCard, type NeuronValues } from './networkCard';
import { buildDom, createSkeleton, editAnchor, KEY_UNSET, nodeLayerOf, paintParams, paintPictures, placeDom, type DiagramDom, type NetworkFrame } from './networkDom';
import { createParamEditor } from './networkEditor';
import { CLASS_COLORS } from './colors';
import { DEFAULT_NETWORK_LABELS, neuronName, neuronTitle, outputClassOf, type NetworkDiagramLabels } from './networkLabels';
import { diagramSizing, hitSizes, layoutNetwork, minNetworkWidth, naturalNetworkHeight } from './networkLayout';
import { formatParam, strokeTables, type StrokeTables } from './networkStyle';

export type { NeuronValues } from './networkCard';
export type { NetworkDiagramLabels } from './networkLabels';
export type { NetworkFrame } from './networkDom';

export interface NeuronHover {
  /** 0 = inputs. */
  layer: number;
  index: number;
  /** null for inputs, or before the first frame. */
  bias: number | null;
  incomingWeights: number[];
}

export interface NetworkDiagramOptions {
  featureLabels: string[];
  /** Paints input feature i over the plane; the canvas starts at 32 × 32 and may be resized. */
  drawFeature: (featureIndex: number, canvas: HTMLCanvasElement) => void;
  onEditParam: (ref: ParamRef, value: number) => void;
  onHoverNeuron?: (info: NeuronHover | null) => void;
  /** z and a of a neuron at the probed point of the plane (and that point), if the caller tracks one. */
  getNeuronValues?: (layer: number, index: number) => NeuronValues | null;
  labels?: Partial<NetworkDiagramLabels>;
  /** Deep nets shrink their boxes rather than grow past this (at the base font size); read once. */
  maxHeight?: number;
}

export interface NetworkDiagramApi {
  /** layerSizes includes inputs and outputs. Rebuilds the elements only if the shape or labels changed. */
  setStructure(layerSizes: number[], featureLabels?: string[]): void;
  update(frame: NetworkFrame): void;
  setLabels(labels: Partial<NetworkDiagramLabels>): void;
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
  tooltip.setAttribute('role', 'tooltip');
  tooltip.style.cssText =
    'position:fixed;z-index:20;display:none;pointer-events:none;white-space:pre;padding:3px 6px;border-radius:4px;' +
    'background:rgba(30,30,30,.92);color:#fff;font:.8rem/1.35 system-ui,sans-serif';
  // Tooltip and card hang from <body>: the diagram is its own compositing layer (a transform
  // hint), and inside one, position: fixed would follow the diagram and be clipped by it.
  document.body.append(tooltip);
  const card = createNeuronCard(document.body, labels);
  const editor = createParamEditor(stage, labels, (ref, value) => opts.onEditParam(ref, value));

  let dom: DiagramDom | null = null;
  let tables: StrokeTables = strokeTables(0.6, 4);
  let last: NetworkFrame | null = null;
  let laidOutWidth = -1;
  let destroyed = false;
  let hoverKind: 'link' | 'bias' | 'node' | null = null;
  let hoverIndex = -1;
  let pointerType = 'mouse';

  const nameOf = (layer: number, index: number) => neuronName(labels, featureLabels, dom?.sizes ?? [], layer, index);
  const biasValue = (biasIndex: number) => (last && dom && last.biases.length === dom.biases.length ? last.biases[biasIndex] : null);
  const weightsOk = (d: DiagramDom) => last !== null && last.weights.length === d.linkKeys.length;

  // The root's width as the ResizeObserver last saw it: relayout never reads layout itself,
  // since the page builds every chart in one go and each read would force a layout.
  let observedWidth = 0;

  function relayout(): void {
    if (!dom || observedWidth === 0) return;
    const avail = observedWidth;
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const sizing = diagramSizing({ width: avail, rootFontPx, viewportHeight: window.innerHeight, maxHeight });
    const lopts = { labelWidth: sizing.labelWidth, maxNodeSize: sizing.maxNodeSize };
    const width = Math.max(avail, minNetworkWidth(dom.sizes, lopts));
    const height = naturalNetworkHeight(dom.sizes, width, sizing.maxHeight, lopts);
    const layout = layoutNetwork(dom.sizes, width, height, lopts);
    const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    stage.style.width = `${width}px`;
    stage.style.height = `${height}px`;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    placeDom(dom, layout, { labelWidth: sizing.labelWidth, labelFont: sizing.labelFont, hits: hitSizes(layout.nodeSize, coarse), width, height });
    tables = strokeTables(0.6, Math.max(1.5, Math.min(6, layout.nodeSize * 0.15)));
    dom.linkKeys.fill(KEY_UNSET);
    dom.biasKeys.fill(KEY_UNSET);
    laidOutWidth = avail;
    if (last) paintParams(dom, last, tables);
    if (hoverKind === 'link') highlight.setAttribute('d', dom.visible[hoverIndex].getAttribute('d') ?? '');
  }

  function tooltipText(): string {
    if (!dom) return '';
    const suffix = ` · ${labels.clickToEdit}`;
    if (hoverKind === 'link') {
      const k = hoverIndex;
      const l = dom.linkLayer[k];
      const value = last && weightsOk(dom) ? formatParam(last.weights[k]) : '–';
      return `${labels.weight} ${nameOf(l - 1, dom.linkFrom[k])} → ${nameOf(l, dom.linkTo[k])}\n${value}${suffix}`;
    }
    const l = nodeLayerOf(dom, hoverIndex);
    const b = biasValue(hoverIndex - dom.sizes[0]);
    return `${labels.bias} ${nameOf(l, hoverIndex - dom.nodeOffsets[l])}\n${b === null ? '–' : formatParam(b)}${suffix}`;
  }

  function incoming(d: DiagramDom, l: number, i: number): { offset: number; fanIn: number } {
    const fanIn = l > 0 ? d.sizes[l - 1] : 0;
    return { offset: l > 0 ? d.weightOffsets[l] + i * fanIn : 0, fanIn };
  }

  function refreshCard(): void {
    if (!dom || hoverKind !== 'node') return;
    const l = nodeLayerOf(dom, hoverIndex);
    const i = hoverIndex - dom.nodeOffsets[l];
    const { offset } = incoming(dom, l, i);
    const values = opts.getNeuronValues?.(l, i) ?? null;
    card.refresh(weightsOk(dom) ? last!.weights : null, offset, l > 0 ? biasValue(hoverIndex - dom.sizes[0]) : null, values);
  }

  function setHover(kind: typeof hoverKind, index: number): void {
    if (kind === hoverKind && index === hoverIndex) return;
    const wasNode = hoverKind === 'node';
    hoverKind = kind;
    hoverIndex = index;
    highlight.style.display = kind === 'link' ? '' : 'none';
    tooltip.style.display = kind === 'link' || kind === 'bias' ? 'block' : 'none';
    if (kind !== 'node') card.hide();
    if (!dom || kind === null) {
      if (wasNode) opts.onHoverNeuron?.(null);
      return;
    }
    if (kind === 'link') highlight.setAttribute('d', dom.visible[index].getAttribute('d') ?? '');
    if (kind !== 'node') {
      tooltip.textContent = tooltipText();
      if (wasNode) opts.onHoverNeuron?.(null);
      return;
    }
    const l = nodeLayerOf(dom, index);
    const i = index - dom.nodeOffsets[l];
    const { offset, fanIn } = incoming(dom, l, i);
    const sourceNames = Array.from({ length: fanIn }, (_, from) => nameOf(l - 1, from));
    const pictures = dom.pictures;
    const cls = outputClassOf(dom.sizes, l, i);
    card.show(
      {
        title: neuronTitle(labels, featureLabels, dom.sizes, l, i),
        isInput: l === 0,
        sourceNames,
        drawPicture: (target) => pictures.copyTo(index, target),
        swatch: cls >= 0 ? CLASS_COLORS[cls] : undefined,
        touch: pointerType === 'touch',
      },
      dom.nodes[index].getBoundingClientRect(),
    );
    refreshCard();
    const w = weightsOk(dom) ? Array.from(last!.weights.subarray(offset, offset + fanIn)) : [];
    opts.onHoverNeuron?.({ layer: l, index: i, bias: l > 0 ? biasValue(index - dom.sizes[0]) : null, incomingWeights: w });
  }

  function targetOf(e: Event): { kind: 'link' | 'bias' | 'node'; index: number } | null {
    const el = e.target instanceof Element ? (e.target.closest('[data-kind]') as HTMLElement | SVGElement | null) : null;
    if (!el || !stage.contains(el)) return null;
    const kind = el.dataset.kind as 'link' | 'bias' | 'node';
    return { kind, index: Number(kind === 'link' ? el.dataset.k : el.dataset.n) };
  }

  stage.addEventListener('pointerover', (e) => {
    pointerType = e.pointerType;
    const t = targetOf(e);
    setHover(t ? t.kind : null, t ? t.index : -1);
  });
  stage.addEventListener('pointermove', (e) => {
    // After an edit closes, the pointer may still rest on the link it edited: moving it shows the tooltip again.
    if (hoverKind === null && !editor.isOpen()) {
      const t = targetOf(e);
      if (t) setHover(t.kind, t.index);
    }
    if (tooltip.style.display === 'none') return;
    const x = Math.min(e.clientX + 14, document.documentElement.clientWidth - tooltip.offsetWidth - 4);
    tooltip.style.left = `${Math.max(4, x)}px`;
    tooltip.style.top = `${e.clientY + 16}px`;
  });
  // A finger "leaves" as soon as it lifts; a tapped neuron's card stays until the next tap elsewhere.
  stage.addEventListener('pointerleave', (e) => {
    if (e.pointerType !== 'touch') setHover(null, -1);
  });
  const onOutsideDown = (e: PointerEvent) => {
    if (!(e.target instanceof Node && stage.contains(e.target))) setHover(null, -1);
  };
  document.addEventListener('pointerdown', onOutsideDown, true);
  // The card is fixed to the window: when the page scrolls (a phone, after a tap) it follows its
  // neuron, and closes once the neuron has left the window.
  const onScroll = () => {
    if (!dom || hoverKind !== 'node') return;
    const r = dom.nodes[hoverIndex].getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) setHover(null, -1);
    else card.reposition(r);
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  stage.addEventListener('click', (e) => {
    const t = targetOf(e);
    if (!dom || !t || t.kind === 'node') return;
    const rect = stage.getBoundingClientRect();
    // A scripted click (detail 0: keyboard-less tests, assistive tools) has no pointer position.
    const at = e.detail > 0 ? { x: e.clientX, y: e.clientY } : editAnchor(dom, t.kind, t.index);
    const x = at.x - rect.left;
    const y = at.y - rect.top;
    setHover(null, -1);
    if (t.kind === 'link') {
      const k = t.index;
      const ref: ParamRef = { kind: 'weight', layer: dom.linkLayer[k], to: dom.linkTo[k], from: dom.linkFrom[k] };
      const title = `${labels.weight} ${nameOf(ref.layer - 1, ref.from)} → ${nameOf(ref.layer, ref.to)}`;
      editor.open(ref, title, weightsOk(dom) ? last!.weights[k] : null, x, y);
    } else {
      const l = nodeLayerOf(dom, t.index);
      const ref: ParamRef = { kind: 'bias', layer: l, neuron: t.index - dom.nodeOffsets[l] };
      editor.open(ref, `${labels.bias} ${nameOf(l, ref.neuron)}`, biasValue(t.index - dom.sizes[0]), x, y);
    }
  });

  // Relayout changes the root's height; doing it inside the observer's callback would make the
  // browser report a ResizeObserver loop, so it waits for the next frame.
  let pendingLayout = 0;
  const observer = new ResizeObserver((entries) => {
    observedWidth = Math.floor(entries[entries.length - 1].contentRect.width);
    if (pendingLayout || observedWidth === laidOutWidth) return;
    pendingLayout = requestAnimationFrame(() => {
      pendingLayout = 0;
      if (!destroyed && observedWidth !== laidOutWidth) relayout();
    });
  });
  observer.observe(root);

  return {
    setStructure(layerSizes, nextLabels) {
      if (destroyed) return;
      const labelsNow = nextLabels ?? featureLabels;
      const same = dom !== null && dom.sizes.join() === layerSizes.join() && featureLabels.join('\0') === labelsNow.join('\0');
      if (same) return;
      setHover(null, -1);
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
      relayout();
    },
    update(frame) {
      if (destroyed || !dom) return;
      last = frame;
      paintParams(dom, frame, tables);
      paintPictures(dom, frame.grids);
      if (hoverKind === 'link' || hoverKind === 'bias') tooltip.textContent = tooltipText();
      else refreshCard();
    },
    setLabels(next) {
      labels = { ...DEFAULT_NETWORK_LABELS, ...next };
      card.setLabels(labels);
      editor.setLabels(labels);
    },
    resize: relayout,
    destroy() {
      destroyed = true;
      observer.disconnect();
      cancelAnimationFrame(pendingLayout);
      document.removeEventListener('pointerdown', onOutsideDown, true);
      window.removeEventListener('scroll', onScroll, true);
      setHover(null, -1);
      root.remove();
      tooltip.remove();
      card.remove();
    },
  };
}
