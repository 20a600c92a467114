/**
 * What the diagram shows for the element under the pointer or the keyboard focus: a link's or a
 * bias's value in a small tooltip, a neuron's card (z = Σ wᵢxᵢ + b, a = f(z), its weights and
 * its picture), and the outline of the link.
 */
import { CLASS_COLORS } from './colors';
import type { NeuronCard } from './networkCard';
import { nodeLayerOf, type DiagramDom, type NetworkFrame } from './networkDom';
import { neuronName, neuronTitle, outputClassOf, type NetworkDiagramLabels } from './networkLabels';
import type { NeuronValues } from './networkCard';
import { formatParam } from './networkStyle';

export type HoverKind = 'link' | 'bias' | 'node';

export interface NeuronHover {
  /** 0 = inputs. */
  layer: number;
  index: number;
  /** null for inputs, or before the first frame. */
  bias: number | null;
  incomingWeights: number[];
}

/** What the hover reads from the diagram each time: the elements and the last frame. */
export interface HoverContext {
  dom(): DiagramDom | null;
  last(): NetworkFrame | null;
  labels(): NetworkDiagramLabels;
  featureLabels(): string[];
  tooltip: HTMLElement;
  card: NeuronCard;
  highlight: SVGPathElement;
  getNeuronValues?: (layer: number, index: number) => NeuronValues | null;
  onHoverNeuron?: (info: NeuronHover | null) => void;
}

export interface Hover {
  readonly kind: HoverKind | null;
  readonly index: number;
  /** 'touch' when a finger opened it: the card's hint then says "tap". */
  pointerType: string;
  set(kind: HoverKind | null, index: number): void;
  /** Rewrites the numbers shown (a new frame arrived). */
  refresh(): void;
  /** The text the tooltip shows for the current link or bias. */
  text(): string;
  /** A link's or a bias's name and value, for its accessible name. */
  describe(kind: 'link' | 'bias', index: number): string;
}

export function weightsMatch(dom: DiagramDom, last: NetworkFrame | null): last is NetworkFrame {
  return last !== null && last.weights.length === dom.linkKeys.length;
}

export function incomingOf(dom: DiagramDom, layer: number, index: number): { offset: number; fanIn: number } {
  const fanIn = layer > 0 ? dom.sizes[layer - 1] : 0;
  return { offset: layer > 0 ? dom.weightOffsets[layer] + index * fanIn : 0, fanIn };
}

/** The short accessible text of link k or of the bias of node n. */
export function elementText(ctx: HoverContext, kind: 'link' | 'bias', index: number, suffix = ''): string {
  const dom = ctx.dom();
  if (!dom) return '';
  const labels = ctx.labels();
  const last = ctx.last();
  const nameOf = (layer: number, i: number) => neuronName(labels, ctx.featureLabels(), dom.sizes, layer, i);
  if (kind === 'link') {
    const l = dom.linkLayer[index];
    const value = weightsMatch(dom, last) ? formatParam(last.weights[index]) : '–';
    return `${labels.weight} ${nameOf(l - 1, dom.linkFrom[index])} → ${nameOf(l, dom.linkTo[index])}\n${value}${suffix}`;
  }
  const l = nodeLayerOf(dom, index);
  const j = index - dom.sizes[0];
  const b = last && last.biases.length === dom.biases.length ? formatParam(last.biases[j]) : '–';
  return `${labels.bias} ${nameOf(l, index - dom.nodeOffsets[l])}\n${b}${suffix}`;
}

export function createHover(ctx: HoverContext): Hover {
  let kind: HoverKind | null = null;
  let index = -1;

  const biasValue = (dom: DiagramDom, n: number): number | null => {
    const last = ctx.last();
    return last && last.biases.length === dom.biases.length ? last.biases[n - dom.sizes[0]] : null;
  };

  const hover: Hover = {
    get kind() {
      return kind;
    },
    get index() {
      return index;
    },
    pointerType: 'mouse',
    text() {
      return kind === 'link' || kind === 'bias' ? elementText(ctx, kind, index, ` · ${ctx.labels().clickToEdit}`) : '';
    },
    describe: (k, i) => elementText(ctx, k, i).replace('\n', ': '),
    refresh() {
      const dom = ctx.dom();
      if (!dom) return;
      if (kind === 'link' || kind === 'bias') {
        ctx.tooltip.textContent = hover.text();
        return;
      }
      if (kind !== 'node') return;
      const l = nodeLayerOf(dom, index);
      const i = index - dom.nodeOffsets[l];
      const { offset } = incomingOf(dom, l, i);
      const values = ctx.getNeuronValues?.(l, i) ?? null;
      const last = ctx.last();
      ctx.card.refresh(weightsMatch(dom, last) ? last.weights : null, offset, l > 0 ? biasValue(dom, index) : null, values);
    },
    set(nextKind, nextIndex) {
      if (nextKind === kind && nextIndex === index) return;
      const wasNode = kind === 'node';
      kind = nextKind;
      index = nextIndex;
      const dom = ctx.dom();
      ctx.highlight.style.display = kind === 'link' ? '' : 'none';
      ctx.tooltip.hidden = !(kind === 'link' || kind === 'bias');
      if (kind !== 'node') ctx.card.hide();
      if (wasNode && kind !== 'node') ctx.onHoverNeuron?.(null);
      if (!dom || kind === null) return;
      if (kind === 'link') ctx.highlight.setAttribute('d', dom.visible[index].getAttribute('d') ?? '');
      if (kind !== 'node') {
        ctx.tooltip.textContent = hover.text();
        return;
      }
      const labels = ctx.labels();
      const l = nodeLayerOf(dom, index);
      const i = index - dom.nodeOffsets[l];
      const { offset, fanIn } = incomingOf(dom, l, i);
      const cls = outputClassOf(dom.sizes, l, i);
      const pictures = dom.pictures;
      const n = index;
      ctx.card.show(
        {
          title: neuronTitle(labels, ctx.featureLabels(), dom.sizes, l, i),
          isInput: l === 0,
          sourceNames: Array.from({ length: fanIn }, (_, from) => neuronName(labels, ctx.featureLabels(), dom.sizes, l - 1, from)),
          drawPicture: (target) => pictures.copyTo(n, target),
          swatch: cls >= 0 ? CLASS_COLORS[cls] : undefined,
          touch: hover.pointerType === 'touch',
        },
        dom.nodes[index].getBoundingClientRect(),
      );
      hover.refresh();
      const last = ctx.last();
      const weights = weightsMatch(dom, last) ? Array.from(last.weights.subarray(offset, offset + fanIn)) : [];
      ctx.onHoverNeuron?.({ layer: l, index: i, bias: l > 0 ? biasValue(dom, index) : null, incomingWeights: weights });
    },
  };
  return hover;
}
