import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { LossWatch } from './lossWatch';
import { Run } from './run';

describe('loss watch', () => {
  it('warns after the loss has stayed above its start for a while, and clears on recovery', () => {
    const w = new LossWatch();
    w.restart(0.5);
    for (let e = 1; e <= 6; e++) w.observe(e, 0.9);
    // Epochs 3–6 are four worse measurements after the grace period: not yet.
    expect(w.rising).toBe(false);
    w.observe(7, 0.9);
    expect(w.rising).toBe(true);
    w.observe(8, 0.52);
    expect(w.rising).toBe(true);
    w.observe(9, 0.4);
    expect(w.rising).toBe(false);
  });

  it('stays quiet through an early wobble and through one bad measurement', () => {
    const w = new LossWatch();
    w.restart(0.5);
    for (let e = 0; e < 3; e++) w.observe(e, 2);
    w.observe(3, 0.9);
    w.observe(4, 0.3);
    for (let e = 5; e < 9; e++) w.observe(e, 0.9);
    expect(w.rising).toBe(false);
    w.restart(NaN);
    for (let e = 5; e < 20; e++) w.observe(e, 0.9);
    expect(w.rising).toBe(false);
  });

  it('fires on TF Playground’s classic learning rate of 10, not on its default 0.03', () => {
    for (const [learningRate, expected] of [
      [10, true],
      [0.03, false],
    ] as const) {
      const run = new Run({ ...defaultConfig(), learningRate });
      const w = new LossWatch();
      w.restart(run.lastTrain.loss);
      for (let e = 1; e <= 30; e++) {
        run.trainEpochs(1);
        w.observe(run.trainer.epoch, run.lastTrain.loss);
      }
      expect(w.rising).toBe(expected);
    }
  });
});
