/**
 * One update of the parameters from the gradients backward() left in net.grads, summed over
 * `count` samples, in TF Playground's order (nn.ts, updateWeights):
 * 1. the optimizer's step on the data's gradient (SGD: w − (η/n)·Σg);
 * 2. the penalty's step, −(η·λ)·der(w), der taken at the weight before step 1;
 * 3. L1's rule: a weight that step 2 carries across zero becomes exactly 0 and dead, and no
 *    later update moves it (TF skips dead links; here they get their value back).
 * Every optimizer follows 2 and 3, so L1 drives weights to exactly zero whatever the optimizer.
 */
import type { RegularizationId } from '../config/config';
import type { Network } from './network';
import type { Optimizer } from './optimizers';
import { REGULARIZER_REGISTRY } from './regularizers';

export interface UpdateSettings {
  learningRate: number;
  regularization: RegularizationId;
  regularizationRate: number;
}

/**
 * Mutates net.params (and net.dead when L1 kills a weight). `before` is scratch of at least
 * params.length, where the weights are kept from before step 1.
 */
export function applyUpdate(net: Network, optimizer: Optimizer, count: number, settings: UpdateSettings, before: Float64Array): void {
  const { params, grads, weightRanges, dead } = net;
  const { learningRate, regularization, regularizationRate } = settings;
  const regularizer = REGULARIZER_REGISTRY[regularization];
  const penalised = regularization !== 'none' && regularizationRate > 0;
  const touchWeights = penalised || net.deadCount > 0;
  // Indexed loops and no views: an update runs after every batch and allocates nothing.
  if (touchWeights) {
    for (let r = 0; r < weightRanges.length; r++) {
      const end = weightRanges[r][1];
      for (let k = weightRanges[r][0]; k < end; k++) before[k] = params[k];
    }
  }
  optimizer.step(params, grads, learningRate, count);
  net.gradientRows = count;
  if (!touchWeights) return;
  const penaltyStep = learningRate * regularizationRate;
  const clamps = regularizer.clampsAtZero;
  for (let r = 0; r < weightRanges.length; r++) {
    const end = weightRanges[r][1];
    for (let k = weightRanges[r][0]; k < end; k++) {
      if (dead[k] === 1) {
        params[k] = before[k];
        continue;
      }
      if (!penalised) continue;
      const stepped = params[k];
      const next = stepped - penaltyStep * regularizer.der(before[k]);
      if (clamps && stepped * next < 0) {
        params[k] = 0;
        dead[k] = 1;
        net.deadCount++;
      } else {
        params[k] = next;
      }
    }
  }
}
