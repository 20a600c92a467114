import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../config/config';
import { fakeHost } from './fakeHost';
import { TrainingSession } from './session';

describe('the inspections loaded on demand', () => {
  it('an inspection that fails is reported as the worker failing, in words, not as a silent wait', async () => {
    vi.doMock('./inspections', () => ({
      inspect: () => {
        throw new Error('the chunk could not be fetched');
      },
    }));
    const h = fakeHost();
    const s = new TrainingSession(h.host);
    s.handle({ type: 'configure', config: defaultConfig() });
    s.handle({ type: 'loss-landscape', size: 21, seed: 1 });
    await vi.waitFor(() => expect(h.messages.at(-1)!.type).toBe('error'));
    const m = h.messages.at(-1)!;
    expect(m.type === 'error' && m.message).toMatch(/could not be fetched/);
    vi.doUnmock('./inspections');
  });
});
