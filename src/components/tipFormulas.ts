/**
 * The formula each activation, output head and optimizer computes, in TeX, for the tooltips
 * (`data-tip-formula`) and the lessons, in the notation of "Deep Learning from Scratch". Records
 * over the registries' ids: adding an activation, head or optimizer does not compile until its
 * formula is here. The TeX is typeset by KaTeX, loaded the first time a formula shows.
 */
import type { ActivationId, OptimizerId, OutputHeadId } from '../config/config';

const ACTIVATION_TEX: Record<ActivationId, string> = {
  linear: 'h(z) = z',
  step: 'h(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}, \\quad h\'(z) = 0',
  sigmoid: '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\quad \\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) \\le 0.25',
  tanh: 'h(z) = \\tanh z, \\quad h\'(z) = 1 - \\tanh^2 z',
  relu: 'h(z) = \\max(0, z), \\quad h\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}',
  leakyrelu: 'h(z) = \\max(0.01z, z)',
  elu: 'h(z) = \\begin{cases} z & z > 0 \\\\ e^{z} - 1 & z \\le 0 \\end{cases}',
  swish: 'h(z) = z\\,\\sigma(z)',
  softplus: 'h(z) = \\log(1 + e^{z})',
};

const HEAD_TEX: Record<OutputHeadId, string> = {
  'tanh-square': 'y = \\tanh z, \\quad L = \\tfrac{1}{2}(y - t)^2',
  'sigmoid-xent': 'y = \\sigma(z), \\quad L = -t \\log y - (1 - t) \\log(1 - y)',
  'softmax-xent': 'y_k = \\frac{e^{z_k - \\max z}}{\\sum_j e^{z_j - \\max z}}, \\quad L = -\\sum_k t_k \\log y_k',
  'linear-square': 'y = z, \\quad L = \\tfrac{1}{2}(y - t)^2',
  'linear-abs': 'y = z, \\quad L = |y - t|',
};

const OPTIMIZER_TEX: Record<OptimizerId, string> = {
  sgd: 'W \\leftarrow W - \\eta \\frac{\\partial L}{\\partial W}',
  momentum: 'v \\leftarrow \\alpha v - \\eta \\frac{\\partial L}{\\partial W}, \\quad W \\leftarrow W + v',
  adagrad: 'h \\leftarrow h + g^2, \\quad W \\leftarrow W - \\eta \\frac{g}{\\sqrt{h} + \\varepsilon}',
  rmsprop: 'h \\leftarrow \\rho h + (1 - \\rho) g^2, \\quad W \\leftarrow W - \\eta \\frac{g}{\\sqrt{h} + \\varepsilon}',
  adam: 'm \\leftarrow \\beta_1 m + (1 - \\beta_1) g, \\; v \\leftarrow \\beta_2 v + (1 - \\beta_2) g^2, \\; W \\leftarrow W - \\eta \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}',
};

export type FormulaKey = `activation.${ActivationId}` | `head.${OutputHeadId}` | `optimizer.${OptimizerId}`;

export function formulaTex(key: FormulaKey): string {
  const dot = key.indexOf('.');
  const kind = key.slice(0, dot);
  const id = key.slice(dot + 1);
  if (kind === 'activation') return ACTIVATION_TEX[id as ActivationId];
  if (kind === 'head') return HEAD_TEX[id as OutputHeadId];
  return OPTIMIZER_TEX[id as OptimizerId];
}
