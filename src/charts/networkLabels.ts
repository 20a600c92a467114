/**
 * Words the network diagram shows. Charts never read the store or the i18n module, so the
 * caller passes these in; English defaults keep the diagram usable on its own.
 */

export interface NetworkDiagramLabels {
  weight: string;
  bias: string;
  input: string;
  hiddenLayer: string;
  output: string;
  neuron: string;
  incomingWeights: string;
  /** Shown before the neuron's pre-activation: the formula is what learners come to see. */
  preActivation: string;
  activation: string;
  /** An input feature's value at the point under the mouse. */
  featureValue: string;
  clickToEdit: string;
  editHelp: string;
  invalidNumber: string;
}

export const DEFAULT_NETWORK_LABELS: NetworkDiagramLabels = {
  weight: 'Weight',
  bias: 'Bias',
  input: 'Input',
  hiddenLayer: 'Hidden layer',
  output: 'Output',
  neuron: 'neuron',
  incomingWeights: 'Incoming weights',
  preActivation: 'z = Σ wᵢxᵢ + b',
  activation: 'a = f(z)',
  featureValue: 'value',
  clickToEdit: 'click to edit',
  editHelp: 'Enter to apply, Esc to cancel',
  invalidNumber: 'Enter a finite number',
};

/**
 * Short name of a neuron for link titles and weight lists: the feature's label for an input,
 * "neuron 2.3" (layer.index, counted from 1) for a hidden one, "Output" or "Output 2" otherwise.
 */
export function neuronName(labels: NetworkDiagramLabels, featureLabels: string[], layerSizes: number[], layer: number, index: number): string {
  if (layer === 0) return featureLabels[index] ?? `x${index + 1}`;
  if (layer === layerSizes.length - 1) return layerSizes[layer] > 1 ? `${labels.output} ${index + 1}` : labels.output;
  return `${labels.neuron} ${layer}.${index + 1}`;
}

/** Heading of a neuron's card, spelled out in full. */
export function neuronTitle(labels: NetworkDiagramLabels, featureLabels: string[], layerSizes: number[], layer: number, index: number): string {
  if (layer === 0) return `${labels.input} ${featureLabels[index] ?? index + 1}`;
  if (layer === layerSizes.length - 1) return neuronName(labels, featureLabels, layerSizes, layer, index);
  return `${labels.hiddenLayer} ${layer}, ${labels.neuron} ${index + 1}`;
}
