/**
 * Engine benchmark: trains in Node, no worker, no page, and prints epochs per second.
 *   (a) circle, 4-2 tanh, batch 10, all TF Playground defaults
 *   (b) spiral, six hidden layers of 8 ReLU, all seven features, batch 10
 * Each is also measured with a full train+test evaluation after every epoch, as the worker does.
 *
 * On a shared machine a neighbour can take a third of the CPU for seconds at a time, so one long
 * measurement says more about the neighbour than about the code. Instead every configuration
 * runs in many short windows, the four configurations taking turns window by window so that a
 * burst of noise lands on all of them rather than sinking one, and we report the median window
 * (the typical speed) and the best window (the speed with the machine to ourselves).
 *
 * `BENCH_SECONDS` (default 3) is the measured time per configuration.
 * `--json` prints {"a", "b", "aEval", "bEval"} as medians and the same keys with "Best" appended
 * ("aBest", "bEvalBest", ...) as best windows, in epochs per second, and "landscapeBMs": the loss
 * landscape of (b) at 41 × 41, in ms.
 */
import { defaultConfig, type PlaygroundConfig } from '../src/config/config';
import { landscapeFor } from '../src/worker/landscapeRequest';
import { ParamPath } from '../src/worker/paramPath';
import { Run } from '../src/worker/run';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Long enough that the clock and the loop around it cost nothing, short enough to dodge most bursts of noise. */
const WINDOW_MS = 250;
/** Long enough for the JIT to optimise every hot loop, and for it to see all four configurations first. */
const WARM_UP_MS = 400;

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

interface Case {
  key: 'a' | 'b' | 'aEval' | 'bEval';
  label: string;
  /** Epochs per second the median should reach; undefined when there is no target. */
  target?: number;
  run: Run;
  evaluateEachEpoch: boolean;
  /** Epochs per second of every measured window. */
  windows: number[];
}

const cases: Case[] = [
  { key: 'a', label: '(a) circle, 4-2 tanh, batch 10', target: 12_000, run: new Run(configs.a), evaluateEachEpoch: false, windows: [] },
  { key: 'b', label: '(b) spiral, 6×8 ReLU, 7 features, batch 10', target: 1_800, run: new Run(configs.b), evaluateEachEpoch: false, windows: [] },
  { key: 'aEval', label: '(a) + train/test loss every epoch', run: new Run(configs.a), evaluateEachEpoch: true, windows: [] },
  { key: 'bEval', label: '(b) + train/test loss every epoch', run: new Run(configs.b), evaluateEachEpoch: true, windows: [] },
];

/** Trains for about `ms` milliseconds and returns epochs per second over whole epochs. */
function window(c: Case, ms: number): number {
  const trainer = c.run.trainer;
  let epochs = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    trainer.trainEpoch();
    if (c.evaluateEachEpoch) c.run.evaluate();
    epochs++;
    now = performance.now();
  }
  return epochs / ((now - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

for (const c of cases) window(c, WARM_UP_MS);
const rounds = Math.max(1, Math.round((SECONDS * 1000) / WINDOW_MS));
for (let r = 0; r < rounds; r++) for (const c of cases) c.windows.push(window(c, WINDOW_MS));

const results: Record<string, number> = {};
for (const c of cases) results[c.key] = Math.round(median(c.windows));
for (const c of cases) results[`${c.key}Best`] = Math.round(Math.max(...c.windows));

/** The loss landscape of (b) at 41 × 41, as the worker computes it on request (target: under 2 s). */
const LANDSCAPE_TARGET_MS = 2000;
const landscapeRun = cases.find((c) => c.key === 'b')!.run;
const path = new ParamPath();
path.restart(landscapeRun.net.params);
const landscapeTimes = [1, 2, 3].map((seed) => landscapeFor(landscapeRun, path, 41, seed, () => performance.now()).ms);
results.landscapeBMs = Math.round(median(landscapeTimes));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  const format = (n: number): string => n.toLocaleString('en-US');
  const rows = cases.map((c) => {
    const med = results[c.key];
    const verdict = c.target === undefined ? '' : med >= c.target ? 'met' : 'MISSED';
    return [c.label, format(med), format(results[`${c.key}Best`]), c.target === undefined ? '' : `≥ ${format(c.target)}`, verdict];
  });
  const header = ['configuration', 'median', 'best', 'target', ''];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ').trimEnd();
  console.log(`Engine benchmark (Node, one core), epochs per second: ${rounds} windows of ${WINDOW_MS} ms per configuration`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('The target applies to the median; the best window is what the code does with the machine to itself.');
  const verdict = results.landscapeBMs <= LANDSCAPE_TARGET_MS ? 'met' : 'MISSED';
  console.log(`Loss landscape of (b), 41 × 41 over the training points: ${format(results.landscapeBMs)} ms (median of 3; target ≤ ${format(LANDSCAPE_TARGET_MS)} ms) ${verdict}`);
}
