/**
 * The card shown while a neuron is hovered: z = Σ wᵢxᵢ + b and a = f(z) with this neuron's own
 * numbers, and its picture enlarged. Built once per hover; each frame only rewrites the numbers.
 */
import { formatParam, NEGATIVE_TEXT, POSITIVE_TEXT } from './networkStyle';
import { formatPoint, type NetworkDiagramLabels } from './networkLabels';

export interface NeuronValues {
  /** Pre-activation Σ wᵢxᵢ + b at the probed point. */
  z: number;
  /** Output f(z) at that point. */
  a: number;
  /** The point of the plane the numbers are for, so the card can say where. */
  at?: { x: number; y: number };
}

export interface CardContent {
  title: string;
  isInput: boolean;
  /** Names of the neurons feeding this one, in weight order. */
  sourceNames: string[];
  /** Draws the neuron's picture onto the card's canvas (sizing it as it likes). */
  drawPicture: (target: HTMLCanvasElement) => void;
  /** A class's colour beside the title, for a softmax output neuron. */
  swatch?: string;
  /** Opened by a finger: the hint says "tap" rather than "move over". */
  touch?: boolean;
}

export interface NeuronCard {
  /** Builds the card; the first refresh fills and places it beside anchor. */
  show(content: CardContent, anchor: DOMRect): void;
  /** weights[offset + i] is the weight from source i. */
  refresh(weights: ArrayLike<number> | null, offset: number, bias: number | null, values: NeuronValues | null): void;
  /** Moves the card beside its neuron again, after the page scrolled under it. */
  reposition(anchor: DOMRect): void;
  hide(): void;
  /** Takes the card out of the page for good. */
  remove(): void;
  setLabels(labels: NetworkDiagramLabels): void;
}

function signColor(v: number): string {
  return v > 0 ? POSITIVE_TEXT : v < 0 ? NEGATIVE_TEXT : '';
}

function line(parent: HTMLElement, text: string): HTMLSpanElement {
  const row = document.createElement('div');
  row.textContent = text;
  const value = document.createElement('span');
  value.className = 'neuron-card-value';
  row.append(value);
  parent.append(row);
  return value;
}

/** The card's parts that change with each frame: the picture, the numbers and the line saying where. */
interface CardParts {
  picture: HTMLCanvasElement;
  z: HTMLSpanElement | null;
  a: HTMLSpanElement;
  b: HTMLSpanElement | null;
  weights: HTMLSpanElement[];
  where: HTMLDivElement;
  hint: string;
}

/** Replaces the card's contents with the neuron's title, picture and (empty) numbers. */
function fillCard(card: HTMLElement, c: CardContent, words: NetworkDiagramLabels): CardParts {
  card.replaceChildren();
  const title = document.createElement('div');
  title.textContent = c.title;
  title.className = 'neuron-card-title';
  if (c.swatch) {
    const swatch = document.createElement('span');
    swatch.className = 'neuron-card-swatch';
    swatch.style.background = c.swatch;
    title.prepend(swatch);
  }
  const body = document.createElement('div');
  body.className = 'neuron-card-body';
  const picture = document.createElement('canvas');
  // The card's numbers say what the picture shows; the picture itself is for the eye.
  picture.setAttribute('aria-hidden', 'true');
  picture.className = 'neuron-card-picture';
  const numbers = document.createElement('div');
  body.append(picture, numbers);
  // Without it a learner cannot tell which point the numbers describe, nor that it can change.
  const where = document.createElement('div');
  where.className = 'neuron-card-where';
  card.append(title, body, where);
  const parts: CardParts = {
    picture,
    z: c.isInput ? null : line(numbers, `${words.preActivation} = `),
    a: line(numbers, c.isInput ? `${words.featureValue} = ` : `${words.activation} = `),
    b: c.isInput ? null : line(numbers, `${words.bias} b = `),
    weights: [],
    where,
    hint: c.touch ? words.probeHintTouch : words.probeHint,
  };
  if (c.sourceNames.length === 0) return parts;
  const heading = document.createElement('div');
  heading.textContent = words.incomingWeights;
  heading.className = 'neuron-card-heading';
  const grid = document.createElement('div');
  const columns = c.sourceNames.length > 6 ? 2 : 1;
  grid.className = 'neuron-card-weights';
  grid.style.gridTemplateColumns = `repeat(${columns},auto)`;
  for (const name of c.sourceNames) parts.weights.push(line(grid, `${name}: `));
  card.append(heading, grid);
  return parts;
}

/** Puts the card beside its neuron, inside the window. */
function placeCard(card: HTMLElement, anchor: DOMRect): void {
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  // Beside the neuron, so the card never covers what it describes: towards the middle of the
  // window, because on a wide screen the output plot (and its probe marker) is off to the right.
  // On a phone neither side has room, so it goes below (or above) the neuron instead.
  const right = anchor.right + 8;
  const left = anchor.left - w - 8;
  const fitsRight = right + w <= vw - 4;
  const fitsLeft = left >= 4;
  const preferLeft = anchor.left + anchor.width / 2 > vw / 2;
  let x = (preferLeft && fitsLeft) || !fitsRight ? left : right;
  let y = anchor.top + anchor.height / 2 - h / 2;
  if (!fitsLeft && !fitsRight) {
    x = Math.max(4, Math.min(vw - w - 4, anchor.left + anchor.width / 2 - w / 2));
    y = anchor.bottom + 8 + h <= vh - 4 ? anchor.bottom + 8 : anchor.top - h - 8;
  }
  y = Math.max(4, Math.min(vh - h - 4, y));
  card.style.left = `${x}px`;
  card.style.top = `${y}px`;
}

export function createNeuronCard(host: HTMLElement, labels: NetworkDiagramLabels): NeuronCard {
  const card = document.createElement('div');
  card.dataset.testid = 'network-neuron-card';
  card.setAttribute('role', 'tooltip');
  // One card per diagram, so two diagrams side by side each keep their own (charts.css: fixed, hidden until shown).
  card.className = 'neuron-card';
  host.append(card);

  let words = labels;
  let content: CardContent | null = null;
  let parts: CardParts | null = null;
  // Placed after the first refresh: the numbers set the card's width, and so which side it fits.
  let pendingAnchor: DOMRect | null = null;

  function setNumber(span: HTMLSpanElement | null, v: number | null): void {
    if (!span) return;
    span.textContent = v === null ? '–' : formatParam(v);
    span.style.color = v === null ? '' : signColor(v);
  }

  return {
    show(c, anchor) {
      content = c;
      parts = fillCard(card, c, words);
      card.style.display = 'block';
      pendingAnchor = anchor;
    },
    refresh(weights, offset, bias, values) {
      if (!content || !parts) return;
      content.drawPicture(parts.picture);
      setNumber(parts.z, values ? values.z : null);
      setNumber(parts.a, values ? values.a : null);
      setNumber(parts.b, bias);
      const at = values?.at ? `${formatPoint(words, values.at)} — ${parts.hint}` : parts.hint;
      if (parts.where.textContent !== at) parts.where.textContent = at;
      for (let i = 0; i < parts.weights.length; i++) setNumber(parts.weights[i], weights ? weights[offset + i] : null);
      if (pendingAnchor) placeCard(card, pendingAnchor);
      pendingAnchor = null;
    },
    reposition(anchor) {
      if (content) placeCard(card, anchor);
    },
    hide() {
      content = null;
      card.style.display = 'none';
    },
    remove() {
      card.remove();
    },
    setLabels(next) {
      words = next;
    },
  };
}
