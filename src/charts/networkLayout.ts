/**
 * Where each neuron box and each link of the network diagram goes. Pure geometry: no DOM, so
 * it is unit-tested in Node and recomputed on every resize without touching the elements.
 */
import { linkHorizontal } from 'd3-shape';

export interface LayoutOptions {
  /** Room left of the input column for the feature labels. */
  labelWidth?: number;
  /** Margin on every side; the bias square pokes out of its box into it. */
  padding?: number;
  /** Boxes never grow beyond this, so a 2-4-1 net does not look bloated. */
  maxNodeSize?: number;
  /** Share of a column's pitch a box may take; the rest is room for the links to fan out. */
  columnFill?: number;
  /** Share of a row's pitch a box may take; the rest is the gap between boxes. */
  rowFill?: number;
}

export interface LayoutNode {
  /** 0 = inputs, last = outputs. */
  layer: number;
  index: number;
  /** Centre of the box. */
  x: number;
  y: number;
  /** Side of the square box. */
  size: number;
}

export interface LayoutLink {
  /** The layer the link goes into (1 = first hidden layer), as in ParamRef. */
  layer: number;
  to: number;
  from: number;
  path: string;
}

export interface NetworkLayout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  /** Side shared by every box. */
  nodeSize: number;
}

const DEFAULTS: Required<LayoutOptions> = { labelWidth: 0, padding: 6, maxNodeSize: 40, columnFill: 0.5, rowFill: 0.78 };

/** Below this pitch a column's links become a solid smear; the diagram scrolls instead. */
export const MIN_COLUMN_PITCH = 28;

function resolve(opts: LayoutOptions | undefined): Required<LayoutOptions> {
  return { ...DEFAULTS, ...opts };
}

/** Box side the width alone allows, before rows are taken into account. */
function sizeForWidth(columns: number, width: number, o: Required<LayoutOptions>): number {
  const pitch = (width - 2 * o.padding - o.labelWidth) / Math.max(1, columns);
  return Math.max(0, Math.min(o.maxNodeSize, pitch * o.columnFill));
}

/** Narrowest width at which the columns stay readable; narrower containers scroll. */
export function minNetworkWidth(layerSizes: number[], opts?: LayoutOptions): number {
  const o = resolve(opts);
  return Math.ceil(2 * o.padding + o.labelWidth + layerSizes.length * MIN_COLUMN_PITCH);
}

/** Height at which boxes are as large as the width allows, capped so deep nets stay on screen. */
export function naturalNetworkHeight(layerSizes: number[], width: number, maxHeight: number, opts?: LayoutOptions): number {
  const o = resolve(opts);
  const rows = Math.max(1, ...layerSizes);
  const size = sizeForWidth(layerSizes.length, width, o);
  const wanted = (rows * size) / o.rowFill + 2 * o.padding;
  return Math.round(Math.min(maxHeight, wanted));
}

/**
 * Columns left to right (inputs, hidden layers, outputs), each centred vertically. Links are
 * listed layer by layer, then by to-neuron, then by from-neuron, so link k matches weights[k]
 * of a Frame (W[to * fanIn + from] per layer).
 */
export function layoutNetwork(layerSizes: number[], width: number, height: number, opts?: LayoutOptions): NetworkLayout {
  const o = resolve(opts);
  const columns = layerSizes.length;
  const rows = Math.max(1, ...layerSizes);
  const left = o.padding + o.labelWidth;
  const colPitch = (width - o.padding - left) / Math.max(1, columns);
  const innerHeight = height - 2 * o.padding;
  const rowPitch = innerHeight / rows;
  const size = Math.max(0, Math.min(sizeForWidth(columns, width, o), rowPitch * o.rowFill));

  const nodes: LayoutNode[] = [];
  const columnNodes: LayoutNode[][] = [];
  layerSizes.forEach((count, layer) => {
    const x = left + colPitch * (layer + 0.5);
    const top = o.padding + (innerHeight - count * rowPitch) / 2;
    const column: LayoutNode[] = [];
    for (let index = 0; index < count; index++) {
      const node = { layer, index, x, y: top + rowPitch * (index + 0.5), size };
      column.push(node);
      nodes.push(node);
    }
    columnNodes.push(column);
  });

  const curve = linkHorizontal();
  const links: LayoutLink[] = [];
  for (let layer = 1; layer < columns; layer++) {
    for (const to of columnNodes[layer]) {
      for (const from of columnNodes[layer - 1]) {
        const path = curve({ source: [from.x + size / 2, from.y], target: [to.x - size / 2, to.y] }) ?? '';
        links.push({ layer, to: to.index, from: from.index, path });
      }
    }
  }
  return { nodes, links, nodeSize: size };
}

/** What the diagram's sizes depend on besides the shape. */
export interface SizingEnv {
  /** Width of the diagram's box, in CSS px. */
  width: number;
  /** The page's root font size: larger on a projector-sized screen, where the room is read from afar. */
  rootFontPx: number;
  viewportHeight: number;
  /** The caller's height cap at the base font size. */
  maxHeight: number;
}

export interface DiagramSizing {
  labelWidth: number;
  labelFont: number;
  maxNodeSize: number;
  maxHeight: number;
}

/** The root size the base sizes were chosen at (the app's body text). */
const BASE_FONT_PX = 15;

/**
 * Sizes that grow with the room: a projector's wide panel gets boxes up to ~70 px instead of
 * a 40 px net lost in white space, and its larger type grows the labels with it. Height stays
 * within the viewport, so a 16-neuron layer shrinks its boxes instead of pushing the page.
 */
export function diagramSizing(env: SizingEnv): DiagramSizing {
  const scale = Math.min(1.5, Math.max(1, env.rootFontPx / BASE_FONT_PX));
  const labelWidth = Math.round((env.width < 480 ? 40 : 52) * scale);
  const labelFont = Math.max(9, Math.min(Math.round(12 * scale), Math.floor(labelWidth / 4.4)));
  const maxNodeSize = Math.round(Math.min(64, Math.max(40, env.width / 14)) * scale);
  const maxHeight = Math.round(Math.min(env.maxHeight * scale, Math.max(320, env.viewportHeight - 160)));
  return { labelWidth, labelFont, maxNodeSize, maxHeight };
}

/** Invisible catch areas around the small targets: a fingertip needs ~24 px, a mouse far less. */
export interface HitSizes {
  /** Side of the visible bias square. */
  biasDot: number;
  /** Side of the square around it that takes the pointer. */
  biasHit: number;
  /** Stroke width along a link that takes the pointer. */
  linkHit: number;
}

export function hitSizes(nodeSize: number, coarse: boolean): HitSizes {
  const biasDot = Math.max(4, Math.round(nodeSize * 0.2));
  return {
    biasDot,
    biasHit: Math.max(biasDot + 6, coarse ? 24 : 12),
    linkHit: coarse ? 24 : Math.max(6, nodeSize * 0.25),
  };
}
