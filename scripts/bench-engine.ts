/**
 * Engine benchmark: trains in Node, no worker, no page, and prints epochs per second.
 *   (a) circle, 4-2 tanh, batch 10, all TF Playground defaults
 *   (b) spiral, six hidden layers of 8 ReLU, all seven features, batch 10
 * `--json` prints {"a": N, "b": N} (training alone) plus the same with a full train+test
 * evaluation after every epoch, as the worker does, under "aEval" and "bEval".
 */
import { defaultConfig, type PlaygroundConfig } from '../src/config/config';
import { Run } from '../src/worker/run';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

const configs: Record<'a' | 'b', PlaygroundConfig> = {
  a: { ...defaultConfig(), dataset: 'circle', networkShape: [4, 2], activations: ['tanh', 'tanh'], batchSize: 10 },
  b: {
    ...defaultConfig(),
    dataset: 'spiral',
    networkShape: [8, 8, 8, 8, 8, 8],
    activations: Array(6).fill('relu'),
    batchSize: 10,
    features: ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
  },
};

function measure(config: PlaygroundConfig, evaluateEachEpoch: boolean): number {
  const run = new Run(config);
  // Warm-up so the JIT has compiled the hot loops before the clock starts.
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) run.trainer.trainEpoch();
  let epochs = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 20; k++) {
      run.trainer.trainEpoch();
      if (evaluateEachEpoch) run.evaluate();
    }
    epochs += 20;
    now = performance.now();
  }
  return Math.round(epochs / ((now - start) / 1000));
}

const results = {
  a: measure(configs.a, false),
  b: measure(configs.b, false),
  aEval: measure(configs.a, true),
  bEval: measure(configs.b, true),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  console.log('Engine benchmark (Node, one core), epochs per second');
  console.log(`  (a) circle, 4-2 tanh, batch 10:               ${results.a}   (target ≥ 12,000)`);
  console.log(`  (b) spiral, 6×8 ReLU, 7 features, batch 10:   ${results.b}   (target ≥ 1,800)`);
  console.log(`  with train+test loss after every epoch: (a) ${results.aEval}, (b) ${results.bEval}`);
}
