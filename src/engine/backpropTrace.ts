/**
 * One example's forward and backward pass, every number kept, for the step-by-step view of
 * backpropagation. Written as the book writes it (one neuron, one link at a time) rather than
 * through the batched kernels of propagation.ts, so the tests can hold the two against each other.
 *
 * A mini-batch of one cannot be batch-normalised in training (its variance is 0), so batch norm
 * is applied as in inference, the fixed affine map of its running averages, and dropout is left
 * out: the numbers are those of the network the output plot shows.
 */
import type { ActivationId } from '../config/config';
import { BATCH_NORM_EPSILON, type Network } from './network';
import type { ParamRef } from './paramLayout';

export interface TraceLayer {
  /** 1 = first hidden layer; the last one is the output layer. */
  index: number;
  isOutput: boolean;
  /** Hidden layers' activation; the output layer's belongs to the head ('linear' here). */
  activation: ActivationId;
  /** W·a_prev + b, per neuron. */
  pre: Float64Array;
  /** The activation's input: `pre`, or batch norm's γ·x̂ + β of it. */
  z: Float64Array;
  /** h(z) for hidden layers; the head's output (tanh, σ, softmax, identity) for the output layer. */
  a: Float64Array;
  /** ∂L/∂z per neuron. */
  delta: Float64Array;
  /** ∂L/∂pre per neuron: delta times batch norm's γ/σ (delta itself without batch norm). */
  preDelta: Float64Array;
  /** ∂L/∂W, W[to · fanIn + from] as in the network. */
  weightDer: Float64Array;
  /** ∂L/∂b. */
  biasDer: Float64Array;
}

export interface BackpropTrace {
  /** The example's input features, a₀. */
  input: Float64Array;
  target: number;
  layers: TraceLayer[];
  /** The loss of this example alone. */
  loss: number;
}

/** Batch norm in inference: z = scale · pre + shift per unit. */
function batchNormAffine(net: Network, l: number, j: number): { scale: number; shift: number } {
  const layer = net.layers[l];
  if (!layer.batchNorm) return { scale: 1, shift: 0 };
  const scale = layer.gamma[j] / Math.sqrt(layer.runningVar[j] + BATCH_NORM_EPSILON);
  return { scale, shift: layer.beta[j] - scale * layer.runningMean[j] };
}

function forwardLayers(net: Network, input: Float64Array): TraceLayer[] {
  const layers: TraceLayer[] = [];
  let prev = input;
  net.layers.forEach((layer, l) => {
    const { fanIn, fanOut } = layer;
    const pre = new Float64Array(fanOut);
    const z = new Float64Array(fanOut);
    const a = new Float64Array(fanOut);
    for (let j = 0; j < fanOut; j++) {
      let s = layer.biases[j];
      for (let i = 0; i < fanIn; i++) s += layer.weights[j * fanIn + i] * prev[i];
      pre[j] = s;
      const { scale, shift } = batchNormAffine(net, l, j);
      z[j] = layer.batchNorm ? scale * s + shift : s;
    }
    if (layer.isOutput) net.head.forward(z, a, 1, fanOut);
    else for (let j = 0; j < fanOut; j++) a[j] = layer.activation.output(z[j]);
    layers.push({
      index: layer.index,
      isOutput: layer.isOutput,
      activation: layer.isOutput ? 'linear' : layer.activationId,
      pre,
      z,
      a,
      delta: new Float64Array(fanOut),
      preDelta: new Float64Array(fanOut),
      weightDer: new Float64Array(fanIn * fanOut),
      biasDer: new Float64Array(fanOut),
    });
    prev = a;
  });
  return layers;
}

function lossOf(net: Network, out: TraceLayer, target: number): number {
  return net.head.loss(out.z, out.a, 0, out.z.length, target);
}

/** The loss of one example, forward only (what the numeric derivative differentiates). */
export function exampleLoss(net: Network, input: Float64Array, target: number): number {
  const layers = forwardLayers(net, input);
  return lossOf(net, layers[layers.length - 1], target);
}

/** Forward, loss, and backward for one example; reads the network, changes nothing. */
export function traceExample(net: Network, input: Float64Array, target: number): BackpropTrace {
  const layers = forwardLayers(net, input);
  const out = layers[layers.length - 1];
  const loss = lossOf(net, out, target);
  // δ of the output layer: the head's ∂L/∂z (softmax + cross-entropy: y − t).
  net.head.logitsDer(out.z, out.a, 0, out.z.length, target, 1, out.delta);
  for (let l = layers.length - 1; l >= 0; l--) {
    const t = layers[l];
    const layer = net.layers[l];
    const below = l > 0 ? layers[l - 1].a : input;
    for (let j = 0; j < layer.fanOut; j++) {
      t.preDelta[j] = t.delta[j] * batchNormAffine(net, l, j).scale;
      t.biasDer[j] = t.preDelta[j];
      for (let i = 0; i < layer.fanIn; i++) t.weightDer[j * layer.fanIn + i] = t.preDelta[j] * below[i];
    }
    if (l === 0) break;
    // δ below = h'(z below) · Σ_j w_ji δ_j: the chain rule, one link at a time.
    const down = layers[l - 1];
    const h = net.layers[l - 1].activation;
    for (let i = 0; i < layer.fanIn; i++) {
      let s = 0;
      for (let j = 0; j < layer.fanOut; j++) s += layer.weights[j * layer.fanIn + i] * t.preDelta[j];
      down.delta[i] = s * h.der(down.z[i]);
    }
  }
  return { input: Float64Array.from(input), target, layers, loss };
}

/** The parameter a reference names, as a getter and setter on the network (mutates it when set). */
function paramAccess(net: Network, ref: ParamRef): { get(): number; set(v: number): void } {
  const layer = net.layers[ref.layer - 1];
  if (ref.kind === 'weight') {
    const k = ref.to * layer.fanIn + ref.from;
    return { get: () => layer.weights[k], set: (v) => (layer.weights[k] = v) };
  }
  return { get: () => layer.biases[ref.neuron], set: (v) => (layer.biases[ref.neuron] = v) };
}

/** The analytic ∂L/∂(ref) from a trace. */
export function traceDerivative(trace: BackpropTrace, net: Network, ref: ParamRef): number {
  const t = trace.layers[ref.layer - 1];
  return ref.kind === 'weight' ? t.weightDer[ref.to * net.layers[ref.layer - 1].fanIn + ref.from] : t.biasDer[ref.neuron];
}

/**
 * (L(w + h) − L(w − h)) / 2h for one parameter and one example. Nudges the parameter and puts
 * it back exactly (the network is unchanged afterwards).
 */
export function numericDerivative(net: Network, input: Float64Array, target: number, ref: ParamRef, h = 1e-5): number {
  const p = paramAccess(net, ref);
  const saved = p.get();
  p.set(saved + h);
  const plus = exampleLoss(net, input, target);
  p.set(saved - h);
  const minus = exampleLoss(net, input, target);
  p.set(saved);
  return (plus - minus) / (2 * h);
}

export interface UpdatePreview {
  /** Every weight and bias after w ← w − η ∂L/∂w, laid out as the network's layers. */
  weightsAfter: Float64Array[];
  biasesAfter: Float64Array[];
  lossBefore: number;
  lossAfter: number;
}

/**
 * One plain gradient-descent step on this example alone, w ← w − η ∂L/∂w for every weight and
 * bias, and the example's loss before and after. Applied to the network only while measuring:
 * the network is as it was afterwards.
 */
export function previewUpdate(net: Network, trace: BackpropTrace, learningRate: number): UpdatePreview {
  const saved = net.layers.map((l) => [Float64Array.from(l.weights), Float64Array.from(l.biases)] as const);
  const weightsAfter: Float64Array[] = [];
  const biasesAfter: Float64Array[] = [];
  net.layers.forEach((layer, l) => {
    const t = trace.layers[l];
    for (let k = 0; k < layer.weights.length; k++) layer.weights[k] -= learningRate * t.weightDer[k];
    for (let k = 0; k < layer.biases.length; k++) layer.biases[k] -= learningRate * t.biasDer[k];
    weightsAfter.push(Float64Array.from(layer.weights));
    biasesAfter.push(Float64Array.from(layer.biases));
  });
  const lossAfter = exampleLoss(net, trace.input, trace.target);
  net.layers.forEach((layer, l) => {
    layer.weights.set(saved[l][0]);
    layer.biases.set(saved[l][1]);
  });
  return { weightsAfter, biasesAfter, lossBefore: trace.loss, lossAfter };
}
