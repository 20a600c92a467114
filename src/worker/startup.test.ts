import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { firstMessageFromName } from './startup';

describe('the worker’s first message, from its name', () => {
  it('reads a JSON message (the bridge’s workers)', () => {
    const message = { type: 'configure', config: { ...defaultConfig(), learningRate: 0.3 } };
    expect(firstMessageFromName(JSON.stringify(message))).toStrictEqual(message);
  });

  it('decodes a link into the configuration it describes (the worker index.html starts)', () => {
    const hash = '#dataset=spiral&networkShape=8,8,8&activation=relu&batchSize=10&seed=0.5&lang=ja';
    expect(firstMessageFromName(hash)).toStrictEqual({
      type: 'configure',
      config: { ...defaultConfig(), dataset: 'spiral', networkShape: [8, 8, 8], activations: ['relu', 'relu', 'relu'], batchSize: 10, seed: '0.5', lang: 'ja' },
    });
    expect(firstMessageFromName('#')).toStrictEqual({ type: 'configure', config: defaultConfig() });
  });

  it('a hostile link falls back to the defaults in the worker too, as on the page', () => {
    expect(firstMessageFromName('#networkShape=999999&learningRate=NaN')).toStrictEqual({ type: 'configure', config: defaultConfig() });
  });

  it('anything else is no message', () => {
    expect(firstMessageFromName('training')).toBeNull();
    expect(firstMessageFromName('')).toBeNull();
  });
});
