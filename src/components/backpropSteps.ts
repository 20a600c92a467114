/**
 * The walk through one example's backpropagation: its stages (forward layer by layer, the
 * loss, backward layer by layer, the update) and each stage's formula in the book's notation,
 * with the numbers plugged in. Pure: the view draws what these return.
 */
import type { ActivationId, OutputHeadId } from '../config/config';
import type { BackpropTrace } from '../store/networkMirror';
import { ACTIVATION_REGISTRY } from '../store/registries';

/** h's name in the formulas. */
const H_NAME: Record<ActivationId, string> = {
  linear: 'id',
  step: 'step',
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyrelu: 'LeakyReLU',
  elu: 'ELU',
  swish: 'swish',
  softplus: 'softplus',
};

export type Stage = { kind: 'forward'; layer: number } | { kind: 'loss' } | { kind: 'backward'; layer: number } | { kind: 'update' };

/** Forward through layers 1 … L, the loss, backward from L to 1, the update. */
export function stagesFor(layers: number): Stage[] {
  const stages: Stage[] = [];
  for (let l = 1; l <= layers; l++) stages.push({ kind: 'forward', layer: l });
  stages.push({ kind: 'loss' });
  for (let l = layers; l >= 1; l--) stages.push({ kind: 'backward', layer: l });
  stages.push({ kind: 'update' });
  return stages;
}

/** The element the formulas are about: neuron `to` of layer `layer` and its weight from `from` of the layer below (−1: its bias). */
export interface Selection {
  layer: number;
  to: number;
  from: number;
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sup = (n: number) => `⁽${String(n).replace(/\d/g, (d) => SUP[+d])}⁾`;
const sub = (n: number) => String(n).replace(/\d/g, (d) => SUB[+d]);

/** A number as the formulas show it: three decimals, a true minus sign, "–" for what is not a number. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  // Three significant digits below 1, so a small gradient still shows its size.
  const text = (v !== 0 && abs < 1e-4) || abs >= 1e4 ? v.toExponential(2) : abs >= 1 || v === 0 ? v.toFixed(3) : v.toPrecision(3);
  return text.replace('-', '−');
}
/** A factor in a product: negative numbers in brackets. */
const factor = (v: number) => (v < 0 ? `(${num(v)})` : num(v));

/** Symbols for neuron j (0-based) of layer l (0 = the inputs). */
export const sym = {
  a: (l: number, j: number) => (l === 0 ? `x${sub(j + 1)}` : `a${sup(l)}${sub(j + 1)}`),
  z: (l: number, j: number) => `z${sup(l)}${sub(j + 1)}`,
  delta: (l: number, j: number) => `δ${sup(l)}${sub(j + 1)}`,
  w: (l: number, to: number, from: number) => `w${sup(l)}${sub(to + 1)}${sub(from + 1)}`,
  b: (l: number, j: number) => `b${sup(l)}${sub(j + 1)}`,
};

/** Sums of more terms than this show the first ones and "+ …". */
const MAX_TERMS = 3;

function sumText(terms: string[]): string {
  return terms.length > MAX_TERMS ? `${terms.slice(0, MAX_TERMS).join(' + ')} + …` : terms.join(' + ');
}

export interface NetworkView {
  /** W[to · fanIn + from] and b of each layer (index l − 1), as the trace was computed with. */
  weights: ArrayLike<number>[];
  biases: ArrayLike<number>[];
  sizes: number[];
  head: OutputHeadId;
  /** Hidden layers' activations, by layer index l − 1. */
  activations: ActivationId[];
  batchNorm: boolean;
}

/** a of layer l (0: the inputs). */
const aOf = (trace: BackpropTrace, l: number) => (l === 0 ? trace.input : trace.layers[l - 1].a);

/** z = Σ w a + b, and a = h(z), for the selected neuron. */
export function forwardFormula(trace: BackpropTrace, net: NetworkView, s: Selection): string[] {
  const l = s.layer;
  const t = trace.layers[l - 1];
  const fanIn = net.sizes[l - 1];
  const below = aOf(trace, l - 1);
  const w = net.weights[l - 1];
  const symbolic = `${sym.z(l, s.to)} = Σᵢ w${sup(l)}${sub(s.to + 1)}ᵢ ${l === 1 ? 'xᵢ' : `a${sup(l - 1)}ᵢ`} + ${sym.b(l, s.to)}`;
  const terms = Array.from({ length: fanIn }, (_, i) => `${factor(w[s.to * fanIn + i])} × ${factor(below[i])}`);
  const pre = `${symbolic} = ${sumText([...terms, factor(net.biases[l - 1][s.to])])} = ${num(t.pre[s.to])}`;
  const lines = [pre];
  if (net.batchNorm && l < net.sizes.length - 1) lines.push(`${sym.z(l, s.to)} ← γ (z − μ) / σ + β = ${num(t.z[s.to])}`);
  const isOutput = l === net.sizes.length - 1;
  if (!isOutput) {
    const h = H_NAME[net.activations[l - 1]];
    lines.push(`${sym.a(l, s.to)} = ${h}(${sym.z(l, s.to)}) = ${h}(${num(t.z[s.to])}) = ${num(t.a[s.to])}`);
  } else {
    const y = `y${sub(s.to + 1)}`;
    const z = num(t.z[s.to]);
    const out: Record<OutputHeadId, string> = {
      'tanh-square': `${y} = tanh(${z}) = ${num(t.a[s.to])}`,
      'sigmoid-xent': `${y} = σ(${z}) = ${num(t.a[s.to])}`,
      'softmax-xent': `${y} = exp(${sym.z(l, s.to)}) / Σₖ exp(zₖ) = ${num(t.a[s.to])}`,
      'linear-square': `${y} = ${z}`,
      'linear-abs': `${y} = ${z}`,
    };
    lines.push(out[net.head]);
  }
  return lines;
}

/** The loss of this example; `target` as the data holds it (±1, a value, or a class index). */
export function lossFormula(trace: BackpropTrace, head: OutputHeadId): string {
  const out = trace.layers[trace.layers.length - 1].a;
  const t = trace.target;
  const L = num(trace.loss);
  switch (head) {
    case 'tanh-square':
    case 'linear-square':
      return `L = ½ (y − t)² = ½ (${num(out[0])} − ${factor(t)})² = ${L}`;
    case 'linear-abs':
      return `L = |y − t| = |${num(out[0])} − ${factor(t)}| = ${L}`;
    case 'sigmoid-xent': {
      const t01 = t > 0 ? 1 : 0;
      return `L = −[t log y + (1 − t) log(1 − y)] = −log(${num(t01 === 1 ? out[0] : 1 - out[0])}) = ${L}  (t = ${t01})`;
    }
    case 'softmax-xent':
      return `L = −log y${sub(t + 1)} = −log(${num(out[t])}) = ${L}  (t = ${t + 1})`;
  }
}

/** δ of the selected neuron: the head's ∂L/∂z at the output, the chain rule below it. */
export function deltaFormula(trace: BackpropTrace, net: NetworkView, s: Selection): string {
  const l = s.layer;
  const t = trace.layers[l - 1];
  const d = num(t.delta[s.to]);
  const L = net.sizes.length - 1;
  if (l === L) {
    const y = trace.layers[L - 1].a;
    const target = trace.target;
    switch (net.head) {
      case 'tanh-square':
        return `${sym.delta(l, s.to)} = ∂L/∂z = (y − t)(1 − y²) = (${num(y[0])} − ${factor(target)}) × (1 − ${factor(y[0])}²) = ${d}`;
      case 'sigmoid-xent':
        return `${sym.delta(l, s.to)} = ∂L/∂z = y − t = ${num(y[0])} − ${target > 0 ? 1 : 0} = ${d}`;
      case 'softmax-xent':
        return `${sym.delta(l, s.to)} = ∂L/∂z${sub(s.to + 1)} = y${sub(s.to + 1)} − t${sub(s.to + 1)} = ${num(y[s.to])} − ${s.to === target ? 1 : 0} = ${d}`;
      case 'linear-square':
        return `${sym.delta(l, s.to)} = ∂L/∂z = y − t = ${num(y[0])} − ${factor(target)} = ${d}`;
      case 'linear-abs':
        return `${sym.delta(l, s.to)} = ∂L/∂z = sign(y − t) = ${d}`;
    }
  }
  const above = trace.layers[l];
  const fanIn = net.sizes[l];
  const w = net.weights[l];
  const fanOut = net.sizes[l + 1];
  const terms = Array.from({ length: fanOut }, (_, k) => `${factor(w[k * fanIn + s.to])} × ${factor(above.preDelta[k])}`);
  const id = net.activations[l - 1];
  const slope = ACTIVATION_REGISTRY[id].der(t.z[s.to]);
  const deltaAbove = net.batchNorm && l + 1 < net.sizes.length - 1 ? `(γ/σ)δ${sup(l + 1)}ₖ` : `δ${sup(l + 1)}ₖ`;
  return `${sym.delta(l, s.to)} = ${H_NAME[id]}′(${sym.z(l, s.to)}) · Σₖ w${sup(l + 1)}ₖ${sub(s.to + 1)} ${deltaAbove} = ${num(slope)} × (${sumText(terms)}) = ${d}`;
}

/** ∂L/∂w (or ∂L/∂b) of the selected link: δ of the neuron it enters times the activation it leaves. */
export function weightFormula(trace: BackpropTrace, net: NetworkView, s: Selection): { text: string; value: number } {
  const l = s.layer;
  const t = trace.layers[l - 1];
  const d = t.preDelta[s.to];
  const deltaSym = net.batchNorm && l < net.sizes.length - 1 ? `(γ/σ)${sym.delta(l, s.to)}` : sym.delta(l, s.to);
  if (s.from < 0) return { text: `∂L/∂${sym.b(l, s.to)} = ${deltaSym} = ${num(t.biasDer[s.to])}`, value: t.biasDer[s.to] };
  const fanIn = net.sizes[l - 1];
  const a = aOf(trace, l - 1)[s.from];
  const g = t.weightDer[s.to * fanIn + s.from];
  return { text: `∂L/∂${sym.w(l, s.to, s.from)} = ${deltaSym} · ${sym.a(l - 1, s.from)} = ${num(d)} × ${factor(a)} = ${num(g)}`, value: g };
}

/** w ← w − η ∂L/∂w for the selected weight (or bias). */
export function updateFormula(trace: BackpropTrace, net: NetworkView, s: Selection, learningRate: number, after: number): string {
  const l = s.layer;
  const fanIn = net.sizes[l - 1];
  const name = s.from < 0 ? sym.b(l, s.to) : sym.w(l, s.to, s.from);
  const before = s.from < 0 ? net.biases[l - 1][s.to] : net.weights[l - 1][s.to * fanIn + s.from];
  const g = s.from < 0 ? trace.layers[l - 1].biasDer[s.to] : trace.layers[l - 1].weightDer[s.to * fanIn + s.from];
  return `${name} ← ${name} − η ∂L/∂${name} = ${num(before)} − ${num(learningRate)} × ${factor(g)} = ${num(after)}`;
}
