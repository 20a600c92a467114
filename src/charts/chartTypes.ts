/**
 * The few shapes charts share with the rest of the page, written here so that charts depend on
 * nothing but their props (the worker's wire types stay the worker's and the bridge's).
 */

/** Where a parameter lives: layer l (1 = first hidden layer, last = output), to-neuron j, from-neuron i. */
export type ParamRef = { kind: 'weight'; layer: number; to: number; from: number } | { kind: 'bias'; layer: number; neuron: number };
