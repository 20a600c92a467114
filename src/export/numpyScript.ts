/**
 * The run as a NumPy script in the style of "Deep Learning from Scratch": a class with
 * `predict`, `loss` and `gradient` (backpropagation written out), optimizer classes with
 * `update`, and plain loops over epochs and mini-batches. Every formula is the engine's, so the
 * script's losses follow the playground's epoch for epoch (to rounding).
 */
import type { ActivationId, Lang } from '../config/config';
import { comment, HEAD_COMMENT, noteFor, OPTIMIZER_COMMENT } from './comments';
import { py, pyRows, type CodeModel } from './codeModel';
import { activationCode, HEAD_CODE, OPTIMIZER_CODE } from './numpySnippets';
import { featuresFunction, header, pointRows } from './scriptParts';

export const NUMPY_FILE = 'playground_numpy.py';

/** What each part of the script needs: the model, and its comments in the page's language. */
interface Parts {
  m: CodeModel;
  lang: Lang;
  /** A comment's words. */
  n: (key: Parameters<typeof comment>[1]) => string;
  /** A comment line. */
  c: (key: Parameters<typeof comment>[1]) => string;
}

/** The header, the imports, the input features, the activations and the output head. */
function prelude({ m, lang, n, c }: Parts): string {
  const activations = [...new Set(m.layers.map((l) => l.activation).filter((a): a is ActivationId => a !== null))];
  return `#!/usr/bin/env python3
${header(m, lang, comment(lang, 'numpyTitle'), NUMPY_FILE)}
import sys

import numpy as np

np.seterr(over='ignore')  # ${n('overflow')}

${c('features')}
${featuresFunction(m, 'np')}

${c('activations')}
${activations.map((a) => activationCode(n)[a]).join('\n')}

${c('head')}
# ${n(HEAD_COMMENT[m.head])}
${HEAD_CODE[m.head]}`;
}

/** The book's Network class: predict, loss, and gradient by backpropagation. */
function networkClass({ m, n, c }: Parts): string {
  const hiddenActs = m.layers.slice(0, -1).map((l) => l.activation!);
  return `class Network:
    ${c('net')}

    def __init__(self):
        self.params = {${m.layers.map((_, i) => `'W${i + 1}': W${i + 1}.copy(), 'b${i + 1}': b${i + 1}.copy()`).join(', ')}}
        self.activations = [${hiddenActs.map((a) => `(${a}, ${a}_grad)`).join(', ')}]
        self.layers = ${m.layers.length}

    def forward(self, x):
        ${c('predict')}
        self.a = [x]  # ${n('layerInput')}
        self.z = []
        a = x
        for i in range(self.layers):
            z = a @ self.params['W%d' % (i + 1)] + self.params['b%d' % (i + 1)]
            self.z.append(z)
            if i < self.layers - 1:
                a = self.activations[i][0](z)
                self.a.append(a)
        return z, head_output(z)

    def predict(self, x):
        return self.forward(x)[1]

    def loss(self, x, t):
        ${c('loss')}
        z, y = self.forward(x)
        return float(np.mean(head_loss(z, y, t)))

    def gradient(self, x, t):
        ${c('gradient')}
        z, y = self.forward(x)
        delta = head_delta(z, y, t) / len(x)  # ${n('deltaOutput')}
        grads = {}
        for i in reversed(range(self.layers)):
            grads['W%d' % (i + 1)] = self.a[i].T @ delta
            grads['b%d' % (i + 1)] = delta.sum(axis=0)
            if i > 0:
                da = delta @ self.params['W%d' % (i + 1)].T  # ${n('deltaA')}
                delta = da * self.activations[i - 1][1](self.z[i - 1], self.a[i])  # ${n('deltaZ')}
        return grads`;
}

/** The optimizer, the L1/L2 penalty as TF Playground applies it, and the loop over epochs and mini-batches. */
function training({ m, n, c }: Parts): string {
  const weightKeys = m.layers.map((_, i) => `'W${i + 1}'`).join(', ');
  const penalty = m.regularization;
  return `${c('optimizer')}
${OPTIMIZER_CODE[m.optimizer](m, n(OPTIMIZER_COMMENT[m.optimizer]))}

WEIGHT_KEYS = [${weightKeys}]
PENALTY = '${penalty}'
PENALTY_STEP = ${py(m.learningRate)} * ${py(m.regularizationRate)}
BATCH_SIZE = ${m.batchSize}


def apply_penalty(params, before, dead):
    ${c('penalty')}
    for key in WEIGHT_KEYS:
        w, w0, d = params[key], before[key], dead[key]
        w[d] = w0[d]
        if PENALTY == 'L2':
            w[~d] = (w - PENALTY_STEP * w0)[~d]
        elif PENALTY == 'L1':
            ${c('l1')}
            nxt = w - PENALTY_STEP * np.sign(w0)
            kill = ~d & (w * nxt < 0)
            w[~d] = np.where(kill, 0.0, nxt)[~d]
            d |= kill


def train(net, epochs):
    ${c('train')}
    ${c('batches')}
    n = len(X_train)
    dead = {key: np.zeros(net.params[key].shape, dtype=bool) for key in WEIGHT_KEYS}
    carry = np.arange(0)
    for epoch in range(1, epochs + 1):
        pos = 0
        while n > 0:
            batch = np.concatenate([carry, np.arange(pos, pos + BATCH_SIZE)])
            carry = np.arange(0)
            grads = net.gradient(X_train[batch], T_train[batch])
            before = {key: net.params[key].copy() for key in WEIGHT_KEYS}
            optimizer.update(net.params, grads)
            if PENALTY != 'none' or any(d.any() for d in dead.values()):
                apply_penalty(net.params, before, dead)
            pos += BATCH_SIZE
            if n - pos < BATCH_SIZE:
                carry = np.arange(pos, n)
                break
        test = net.loss(X_test, T_test) if len(X_test) > 0 else float('nan')
        print('epoch', epoch, 'loss', repr(net.loss(X_train, T_train)), 'test', repr(test))`;
}

/** The run's initial weights and its data, then the run itself. */
function dataAndMain({ m, c }: Parts): string {
  const weightsBlock = m.layers
    .map((l, i) => {
      // (fanIn, fanOut): x W + b, as the book writes it.
      const byInput = Array.from({ length: l.fanIn }, (_, from) => l.weights.map((row) => row[from]));
      return `W${i + 1} = np.array(${l.fanIn === 0 ? '[]' : pyRows(byInput, '    ', 2)}).reshape(${l.fanIn}, ${l.fanOut})\nb${i + 1} = np.array([${l.biases.map(py).join(', ')}])`;
    })
    .join('\n');
  return `${c('weights')}
${weightsBlock}

${c('data')}
train_points = np.array(${pyRows(pointRows(m.train), '    ')}).reshape(-1, 3)
test_points = np.array(${pyRows(pointRows(m.test), '    ')}).reshape(-1, 3)
X_train, T_train = features(train_points), targets(train_points[:, 2])
X_test, T_test = features(test_points), targets(test_points[:, 2])


if __name__ == '__main__':
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    net = Network()
    print('epoch', 0, 'loss', repr(net.loss(X_train, T_train)))
    train(net, epochs)
`;
}

export function numpyScript(m: CodeModel, lang: Lang): string {
  const n = noteFor(lang);
  const parts: Parts = { m, lang, n, c: (key) => `# ${n(key)}` };
  return `${prelude(parts)}\n\n\n${networkClass(parts)}\n\n\n${training(parts)}\n\n\n${dataAndMain(parts)}`;
}
