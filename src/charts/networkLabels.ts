/**
 * Words the network diagram shows. Charts never read the store or the i18n module, so the
 * caller passes these in; English defaults keep the diagram usable on its own. Names built
 * from numbers are templates with {placeholders}, because Japanese puts the number elsewhere.
 */

export interface NetworkDiagramLabels {
  weight: string;
  bias: string;
  input: string;
  /** A single output neuron's name. */
  output: string;
  /** Short name of hidden neuron {index} of layer {layer}, for link titles and weight lists. */
  hiddenNeuron: string;
  /** The same neuron in full, as a card's heading. */
  hiddenNeuronTitle: string;
  /** One of several output neurons (softmax) is one class's probability: its short name. */
  outputClass: string;
  /** Its card's heading. */
  outputClassTitle: string;
  incomingWeights: string;
  /** Shown before the neuron's pre-activation: the formula is what learners come to see. */
  preActivation: string;
  activation: string;
  /** An input feature's value at the probed point. */
  featureValue: string;
  clickToEdit: string;
  editHelp: string;
  invalidNumber: string;
  /** Where the card's numbers are read: {x} and {y}. */
  probeAt: string;
  /** How to read another point, with a mouse and with a finger. */
  probeHint: string;
  probeHintTouch: string;
}

export const DEFAULT_NETWORK_LABELS: NetworkDiagramLabels = {
  weight: 'Weight',
  bias: 'Bias',
  input: 'Input',
  output: 'Output',
  hiddenNeuron: 'neuron {layer}.{index}',
  hiddenNeuronTitle: 'Layer {layer}, neuron {index}',
  outputClass: 'Class {index}',
  outputClassTitle: 'Output for Class {index}',
  incomingWeights: 'Incoming weights',
  preActivation: 'z = Σ wᵢxᵢ + b',
  activation: 'a = f(z)',
  featureValue: 'value',
  clickToEdit: 'click to edit',
  editHelp: 'Enter to apply, Esc to cancel',
  invalidNumber: 'Enter a finite number',
  probeAt: 'at point ({x}, {y})',
  probeHint: 'move over the output plot to choose another',
  probeHintTouch: 'tap the output plot to choose another',
};

/** `template` with each {name} replaced; an unknown name stays as written, so it shows. */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/** Class index (0-based) an output neuron stands for, or −1 when the net has a single output. */
export function outputClassOf(layerSizes: number[], layer: number, index: number): number {
  return layer === layerSizes.length - 1 && layerSizes[layer] > 1 ? index : -1;
}

/**
 * Short name of a neuron for link titles and weight lists: the feature's label for an input,
 * "neuron 2.3" (layer.index, counted from 1) for a hidden one, "Output" or "Class 2" otherwise.
 */
export function neuronName(labels: NetworkDiagramLabels, featureLabels: string[], layerSizes: number[], layer: number, index: number): string {
  if (layer === 0) return featureLabels[index] ?? `x${index + 1}`;
  if (layer === layerSizes.length - 1) {
    return outputClassOf(layerSizes, layer, index) >= 0 ? fillLabel(labels.outputClass, { index: index + 1 }) : labels.output;
  }
  return fillLabel(labels.hiddenNeuron, { layer, index: index + 1 });
}

/** Heading of a neuron's card, spelled out in full. */
export function neuronTitle(labels: NetworkDiagramLabels, featureLabels: string[], layerSizes: number[], layer: number, index: number): string {
  if (layer === 0) return `${labels.input} ${featureLabels[index] ?? index + 1}`;
  if (layer === layerSizes.length - 1) {
    return outputClassOf(layerSizes, layer, index) >= 0 ? fillLabel(labels.outputClassTitle, { index: index + 1 }) : labels.output;
  }
  return fillLabel(labels.hiddenNeuronTitle, { layer, index: index + 1 });
}

/** A plane point as the card writes it: one decimal is finer than a pointer can aim at [−6, 6]. */
export function formatPoint(labels: NetworkDiagramLabels, point: { x: number; y: number }): string {
  const f = (v: number) => (Math.abs(v) < 0.05 ? '0' : v.toFixed(1));
  return fillLabel(labels.probeAt, { x: f(point.x), y: f(point.y) });
}
