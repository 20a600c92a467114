import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK_LABELS as L, neuronName, neuronTitle } from './networkLabels';

describe('neuron names', () => {
  const sizes = [2, 4, 3];
  const features = ['X₁', 'X₂'];
  it('names inputs by feature, hidden neurons by layer.index, outputs by class when there are several', () => {
    expect(neuronName(L, features, sizes, 0, 1)).toBe('X₂');
    expect(neuronName(L, features, sizes, 1, 2)).toBe('neuron 1.3');
    expect(neuronName(L, features, sizes, 2, 0)).toBe('Output 1');
    expect(neuronName(L, features, [2, 1], 1, 0)).toBe('Output');
    expect(neuronTitle(L, features, sizes, 1, 2)).toBe('Hidden layer 1, neuron 3');
    expect(neuronTitle(L, features, sizes, 0, 0)).toBe('Input X₁');
  });
});
