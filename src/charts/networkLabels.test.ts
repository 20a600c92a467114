import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK_LABELS as L, fillLabel, formatPoint, neuronName, neuronTitle, outputClassOf, type NetworkDiagramLabels } from './networkLabels';

describe('neuron names', () => {
  const sizes = [2, 4, 3];
  const features = ['X₁', 'X₂'];
  it('names inputs by feature, hidden neurons by layer.index, outputs by class when there are several', () => {
    expect(neuronName(L, features, sizes, 0, 1)).toBe('X₂');
    expect(neuronName(L, features, sizes, 1, 2)).toBe('neuron 1.3');
    expect(neuronName(L, features, sizes, 2, 0)).toBe('Class 1');
    expect(neuronName(L, features, [2, 1], 1, 0)).toBe('Output');
    expect(neuronTitle(L, features, sizes, 1, 2)).toBe('Layer 1, neuron 3');
    expect(neuronTitle(L, features, sizes, 2, 2)).toBe('Output for Class 3');
    expect(neuronTitle(L, features, [2, 1], 1, 0)).toBe('Output');
    expect(neuronTitle(L, features, sizes, 0, 0)).toBe('Input X₁');
  });

  it('follows the templates, so a language may put the numbers first', () => {
    const ja: NetworkDiagramLabels = { ...L, hiddenNeuron: 'ニューロン {layer}.{index}', hiddenNeuronTitle: '第 {layer} 層のニューロン {index}', outputClass: 'クラス {index}' };
    expect(neuronTitle(ja, features, [2, 4, 4, 1], 2, 1)).toBe('第 2 層のニューロン 2');
    expect(neuronName(ja, features, sizes, 1, 0)).toBe('ニューロン 1.1');
    expect(neuronName(ja, features, sizes, 2, 3 - 1)).toBe('クラス 3');
  });

  it('knows which output neurons stand for classes', () => {
    expect(outputClassOf(sizes, 2, 1)).toBe(1);
    expect(outputClassOf(sizes, 1, 1)).toBe(-1);
    expect(outputClassOf([2, 1], 1, 0)).toBe(-1);
  });
});

describe('label templates', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillLabel('a {x} b {y}', { x: 1, y: 'two' })).toBe('a 1 b two');
    expect(fillLabel('{x} {z}', { x: 1 })).toBe('1 {z}');
    expect(fillLabel('{toString}', {})).toBe('{toString}');
  });

  it('writes the probed point to one decimal, without a negative zero', () => {
    expect(formatPoint(L, { x: 1.234, y: -3.06 })).toBe('at point (1.2, -3.1)');
    expect(formatPoint(L, { x: -0.01, y: 0 })).toBe('at point (0, 0)');
  });
});
