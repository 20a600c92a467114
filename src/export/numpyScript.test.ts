/**
 * The scripts run for real: python3 executes the generated NumPy (and, where installed, PyTorch)
 * script, and its losses for the first epochs are held against the engine's, epoch for epoch.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type PlaygroundConfig } from '../config/config';
import { Run } from '../worker/run';
import { codeModel } from './codeModel';
import { numpyScript } from './numpyScript';
import { pytorchScript } from './pytorchScript';

const EPOCHS = 5;
/** The issue's bar: the scripts' losses match the playground's to 1e-6, relative. */
const TOLERANCE = 1e-6;

const CONFIGS: Record<string, PlaygroundConfig> = {
  'tanh on the circle': defaultConfig(),
  'ReLU on the spiral, with features': {
    ...defaultConfig(),
    dataset: 'spiral',
    noise: 10,
    features: ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'],
    networkShape: [8, 6],
    activations: ['relu', 'relu'],
    outputHead: 'sigmoid-xent',
    learningRate: 0.01,
    batchSize: 30,
  },
  'softmax over three classes, with Adam': {
    ...defaultConfig(),
    problem: 'multiclass',
    multiDataset: 'spiral3',
    outputHead: 'softmax-xent',
    networkShape: [6, 4],
    activations: ['tanh', 'tanh'],
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 16,
  },
};

/** Beyond the three: the penalty as TF applies it, and the optimizers with state. */
const MORE_CONFIGS: Record<string, PlaygroundConfig> = {
  'L1 on XOR, with momentum': { ...defaultConfig(), dataset: 'xor', regularization: 'L1', regularizationRate: 0.003, optimizer: 'momentum', learningRate: 0.01 },
  'L2 on two Gaussians, with RMSProp and sigmoid hidden layers': {
    ...defaultConfig(),
    dataset: 'gauss',
    regularization: 'L2',
    regularizationRate: 0.01,
    optimizer: 'rmsprop',
    activations: ['sigmoid', 'sigmoid'],
    learningRate: 0.003,
    batchSize: 7,
  },
  'regression with absolute error and AdaGrad, ELU and swish': {
    ...defaultConfig(),
    problem: 'regression',
    regDataset: 'reg-gauss',
    outputHead: 'linear-abs',
    optimizer: 'adagrad',
    activations: ['elu', 'swish'],
    learningRate: 0.01,
  },
};

/** The engine's mean training loss after epochs 0 … EPOCHS, as the playground shows it. */
function engineLosses(config: PlaygroundConfig): number[] {
  const run = new Run(config);
  const losses = [run.lastTrain.loss];
  for (let e = 0; e < EPOCHS; e++) {
    run.trainEpochs(1);
    losses.push(run.lastTrain.loss);
  }
  return losses;
}

function scriptLosses(script: string, name: string, python = 'python3'): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'playground-code-'));
  const file = join(dir, name);
  writeFileSync(file, script);
  const out = execFileSync(python, [file, String(EPOCHS)], { encoding: 'utf8', timeout: 300_000 });
  return out
    .split('\n')
    .map((line) => /^epoch (\d+) loss (\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[2]));
}

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

function compare(label: string, ours: number[], theirs: number[]): void {
  expect(theirs.length).toBe(EPOCHS + 1);
  const errors = ours.map((v, i) => relativeError(theirs[i], v));
  const worst = Math.max(...errors);
  // The measured agreement, for the note.
  console.log(`${label}: largest relative difference over epochs 0–${EPOCHS}: ${worst.toExponential(2)}`);
  for (let i = 0; i <= EPOCHS; i++) expect(errors[i], `epoch ${i}: engine ${ours[i]}, script ${theirs[i]}`).toBeLessThan(TOLERANCE);
  // The losses moved: the comparison is not of a run standing still.
  expect(Math.abs(ours[EPOCHS] - ours[0])).toBeGreaterThan(1e-4);
}

const imports = (python: string, module: string) => spawnSync(python, ['-c', `import ${module}`]).status === 0;
const hasNumpy = imports('python3', 'numpy');
// The python3 on the PATH may be a private one (pyenv) while Debian's python3-torch sits beside the system's.
const torchPython = ['python3', '/usr/bin/python3'].find((python) => imports(python, 'torch'));
if (torchPython === undefined) console.log('PyTorch scripts not run: `python3 -c "import torch"` fails on this machine (Debian: apt-get install python3-torch).');

describe.skipIf(!hasNumpy)('the NumPy script follows the engine', () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    it(name, () => {
      const theirs = scriptLosses(numpyScript(codeModel(config), 'en'), 'numpy_script.py');
      compare(`NumPy, ${name}`, engineLosses(config), theirs);
    }, 120_000);
  }

  for (const [name, config] of Object.entries(MORE_CONFIGS)) {
    it(name, () => {
      compare(`NumPy, ${name}`, engineLosses(config), scriptLosses(numpyScript(codeModel(config), 'en'), 'numpy_more.py'));
    }, 120_000);
  }

  // Japanese comments sit inline and in docstrings too: the script must still parse and run the same.
  for (const name of ['tanh on the circle', 'softmax over three classes, with Adam', 'L1 on XOR, with momentum']) {
    it(`with Japanese comments it runs the same: ${name}`, () => {
      const config = CONFIGS[name] ?? MORE_CONFIGS[name];
      const script = numpyScript(codeModel(config), 'ja');
      expect(script).toContain('誤差逆伝播法');
      compare(`NumPy (ja), ${name}`, engineLosses(config), scriptLosses(script, 'numpy_ja.py'));
    }, 120_000);
  }
});

/** The engine's losses from a model file's parameters, as the worker starts a loaded run: a fresh run with them in place. */
function loadedEngineLosses(config: PlaygroundConfig, params: Float64Array): number[] {
  const run = new Run(config);
  run.net.params.set(params);
  run.evaluate();
  const losses = [run.lastTrain.loss];
  for (let e = 0; e < EPOCHS; e++) {
    run.trainEpochs(1);
    losses.push(run.lastTrain.loss);
  }
  return losses;
}

describe.skipIf(!hasNumpy)('after a model file, the script starts from its weights', () => {
  it('NumPy: the losses are those of the loaded run, not of the seed', () => {
    const config = CONFIGS['tanh on the circle'];
    // A model file's parameters: another seed's run, a few epochs in.
    const donor = new Run({ ...config, seed: 'donor' });
    donor.trainEpochs(3);
    const params = donor.net.params.slice();
    const theirs = scriptLosses(numpyScript(codeModel(config, { params }), 'en'), 'numpy_loaded.py');
    const ours = loadedEngineLosses(config, params);
    compare('NumPy, from a loaded model', ours, theirs);
    // Not the seed's start.
    expect(relativeError(theirs[0], engineLosses(config)[0])).toBeGreaterThan(1e-3);
  }, 120_000);
});

describe.skipIf(torchPython === undefined)('the PyTorch script follows the engine', () => {
  for (const [name, config] of Object.entries({ ...CONFIGS, ...MORE_CONFIGS })) {
    it(name, () => {
      const theirs = scriptLosses(pytorchScript(codeModel(config), 'en'), 'torch_script.py', torchPython);
      compare(`PyTorch, ${name}`, engineLosses(config), theirs);
    }, 300_000);
  }

  it('with Japanese comments it runs the same: softmax over three classes, with Adam', () => {
    const config = CONFIGS['softmax over three classes, with Adam'];
    const script = pytorchScript(codeModel(config), 'ja');
    expect(script).toContain('交差エントロピー誤差');
    compare('PyTorch (ja), softmax over three classes, with Adam', engineLosses(config), scriptLosses(script, 'torch_ja.py', torchPython));
  }, 300_000);
});
