/**
 * Creates and positions the diagram's elements for one network shape. Creation happens only
 * when the shape changes; placement on every resize; neither happens per frame. The arrays
 * returned are what the per-frame update walks, so it never queries the DOM.
 */
import { paramLayout } from '../engine/paramLayout';
import type { HitSizes, NetworkLayout } from './networkLayout';
import { addLink, addNode, SVG_NS } from './networkElements';
import { createNetworkPictures, type NetworkPictures } from './networkPictures';
import { WEIGHT_KEY_MAX, weightKey, type StrokeTables } from './networkStyle';

/** What the diagram reads from a Frame; a whole Frame fits. */
export interface NetworkFrame {
  weights: Float32Array;
  biases: Float32Array;
  /**
   * Each hidden and output neuron's picture, neuron after neuron in layer order, each
   * neuronGridSize² values; null when the worker reuses the previous pictures: the canvases keep them.
   */
  grids: { neuronGrids: Float32Array; neuronGridSize: number } | null;
}

export interface DiagramDom {
  sizes: number[];
  /** Global index of the first node of each layer. */
  nodeOffsets: number[];
  /** Index into Frame.weights of each layer's first weight (layer 0 has none). */
  weightOffsets: number[];
  /** Boxes for hover and the border; their pictures are drawn by `pictures`, underneath. */
  nodes: HTMLDivElement[];
  pictures: NetworkPictures;
  /** One per hidden and output node, in Frame.biases order: the (invisible, larger) area that takes the pointer. */
  biases: HTMLDivElement[];
  /** The visible square inside each of them. */
  biasDots: HTMLDivElement[];
  labels: HTMLDivElement[];
  /** Link k carries Frame.weights[k]. */
  visible: SVGPathElement[];
  hit: SVGPathElement[];
  linkLayer: Uint16Array;
  linkTo: Uint16Array;
  linkFrom: Uint16Array;
  /** Last quantised weight drawn per link and per bias, to skip unchanged attribute writes. */
  linkKeys: Int16Array;
  biasKeys: Int16Array;
}

export interface DomParents {
  hit: SVGGElement;
  visible: SVGGElement;
  /** Where the pictures canvas goes: above the links, below the node boxes. */
  pictures: HTMLElement;
  nodes: HTMLElement;
}

/** The elements that live as long as the diagram, whatever its shape. */
export interface Skeleton {
  root: HTMLDivElement;
  stage: HTMLDivElement;
  svg: SVGSVGElement;
  hitGroup: SVGGElement;
  visibleGroup: SVGGElement;
  /** Outline of the hovered link. */
  highlight: SVGPathElement;
  pictureLayer: HTMLDivElement;
  nodeLayer: HTMLDivElement;
}

export function createSkeleton(container: HTMLElement): Skeleton {
  const root = document.createElement('div');
  root.dataset.testid = 'network-diagram';
  root.className = 'nd-root';
  const stage = document.createElement('div');
  stage.className = 'nd-stage';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.classList.add('nd-links');
  const hitGroup = document.createElementNS(SVG_NS, 'g');
  const visibleGroup = document.createElementNS(SVG_NS, 'g');
  const highlight = document.createElementNS(SVG_NS, 'path');
  highlight.classList.add('nd-highlight');
  highlight.setAttribute('pointer-events', 'none');
  highlight.style.display = 'none';
  svg.append(hitGroup, visibleGroup, highlight);
  const pictureLayer = document.createElement('div');
  pictureLayer.className = 'nd-layer';
  const nodeLayer = document.createElement('div');
  nodeLayer.className = 'nd-layer';
  stage.append(svg, pictureLayer, nodeLayer);
  root.append(stage);
  container.append(root);
  return { root, stage, svg, hitGroup, visibleGroup, highlight, pictureLayer, nodeLayer };
}

/** No weight key takes this value, so it forces a rewrite. */
export const KEY_UNSET = -32768;

export function buildDom(sizes: number[], featureLabels: string[], parents: DomParents): DiagramDom {
  const nodeOffsets: number[] = [];
  let totalNodes = 0;
  sizes.forEach((n) => {
    nodeOffsets.push(totalNodes);
    totalNodes += n;
  });
  const layout = paramLayout(sizes);
  const weightOffsets = [...layout.weightStart];
  const totalWeights = layout.weightCount;

  const dom: DiagramDom = {
    sizes: [...sizes],
    nodeOffsets,
    weightOffsets,
    nodes: [],
    pictures: createNetworkPictures(totalNodes),
    biases: [],
    biasDots: [],
    labels: [],
    visible: [],
    hit: [],
    linkLayer: new Uint16Array(totalWeights),
    linkTo: new Uint16Array(totalWeights),
    linkFrom: new Uint16Array(totalWeights),
    linkKeys: new Int16Array(totalWeights).fill(KEY_UNSET),
    biasKeys: new Int16Array(totalNodes - (sizes[0] ?? 0)).fill(KEY_UNSET),
  };

  sizes.forEach((count, layer) => {
    for (let index = 0; index < count; index++) {
      addNode(dom, parents, layer, index, nodeOffsets[layer] + index, featureLabels);
    }
  });

  let k = 0;
  for (let layer = 1; layer < sizes.length; layer++) {
    for (let to = 0; to < sizes[layer]; to++) {
      for (let from = 0; from < sizes[layer - 1]; from++, k++) {
        addLink(dom, parents, layer, to, from, k);
      }
    }
  }
  parents.pictures.replaceChildren(dom.pictures.canvas);
  return dom;
}

/** Layer of global node n. */
export function nodeLayerOf(dom: DiagramDom, n: number): number {
  let l = dom.sizes.length - 1;
  while (l > 0 && dom.nodeOffsets[l] > n) l--;
  return l;
}

/** Viewport point to open the editor at when a click carries no pointer position: a link's middle, under a bias. */
export function editAnchor(dom: DiagramDom, kind: 'link' | 'bias', index: number): { x: number; y: number } {
  if (kind === 'bias') {
    const r = dom.biases[index - dom.sizes[0]].getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.bottom };
  }
  const path = dom.visible[index];
  const p = path.getPointAtLength(path.getTotalLength() / 2);
  const m = path.getScreenCTM();
  return m ? { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f } : { x: 0, y: 0 };
}

export interface PlaceOptions {
  labelWidth: number;
  labelFont: number;
  hits: HitSizes;
  width: number;
  height: number;
}

/** Moves every element to its place in layout. */
export function placeDom(dom: DiagramDom, layout: NetworkLayout, o: PlaceOptions): void {
  const { labelWidth, width, height, hits } = o;
  const s = layout.nodeSize;
  dom.pictures.place(
    layout.nodes.map((p) => ({ x: p.x - s / 2, y: p.y - s / 2, size: s })),
    width,
    height,
  );
  const font = o.labelFont;
  layout.nodes.forEach((p, n) => {
    const st = dom.nodes[n].style;
    st.left = `${p.x - s / 2}px`;
    st.top = `${p.y - s / 2}px`;
    st.width = st.height = `${s}px`;
    if (p.layer === 0) {
      const label = dom.labels[p.index].style;
      label.left = `${p.x - s / 2 - labelWidth - 2}px`;
      label.width = `${labelWidth}px`;
      label.top = `${p.y - font * 0.65}px`;
      label.fontSize = `${font}px`;
    }
  });
  const b = hits.biasDot;
  const h = hits.biasHit;
  for (let j = 0; j < dom.biases.length; j++) {
    // Centred on the lower-left corner, half outside, where TF Playground users look for it.
    const st = dom.biases[j].style;
    st.width = st.height = `${h}px`;
    st.left = `${-h / 2}px`;
    st.top = `${s - h / 2}px`;
    dom.biasDots[j].style.width = dom.biasDots[j].style.height = `${b}px`;
  }
  const hitStroke = String(hits.linkHit);
  layout.links.forEach((link, k) => {
    dom.visible[k].setAttribute('d', link.path);
    dom.hit[k].setAttribute('d', link.path);
    dom.hit[k].setAttribute('stroke-width', hitStroke);
  });
}

/** Sets link strokes and bias fills; a frame whose shape does not match (sent before a rebuild) is skipped. */
export function paintParams(dom: DiagramDom, frame: NetworkFrame, tables: StrokeTables): void {
  const { weights, biases } = frame;
  if (weights.length === dom.linkKeys.length) {
    const keys = dom.linkKeys;
    for (let k = 0; k < keys.length; k++) {
      const key = weightKey(weights[k]);
      if (key === keys[k]) continue;
      keys[k] = key;
      dom.visible[k].setAttribute('stroke', tables.colors[key + WEIGHT_KEY_MAX]);
      dom.visible[k].setAttribute('stroke-width', tables.widths[key + WEIGHT_KEY_MAX]);
    }
  }
  if (biases.length === dom.biasKeys.length) {
    for (let j = 0; j < biases.length; j++) {
      const key = weightKey(biases[j]);
      if (key === dom.biasKeys[j]) continue;
      dom.biasKeys[j] = key;
      dom.biasDots[j].style.background = tables.colors[key + WEIGHT_KEY_MAX];
    }
  }
}

/** Fills each hidden and output neuron's picture from the frame's grids (inputs are the caller's) and shows them. */
export function paintPictures(dom: DiagramDom, grids: NetworkFrame['grids']): void {
  if (!grids) return;
  const g = grids.neuronGridSize;
  const first = dom.sizes[0] ?? 0;
  if (g === 0 || grids.neuronGrids.length !== (dom.nodes.length - first) * g * g) return;
  // Several outputs are a softmax: each is one class's probability, painted in that class's colour.
  const last = dom.sizes.length - 1;
  const classFrom = last > 0 && dom.sizes[last] > 1 ? dom.nodeOffsets[last] : -1;
  dom.pictures.fillGrids(first, grids.neuronGrids, g, classFrom);
  dom.pictures.render();
}
