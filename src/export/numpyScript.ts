/**
 * The run as a NumPy script in the style of "Deep Learning from Scratch": a class with
 * `predict`, `loss` and `gradient` (backpropagation written out), optimizer classes with
 * `update`, and plain loops over epochs and mini-batches. Every formula is the engine's, so the
 * script's losses follow the playground's epoch for epoch (to rounding).
 */
import type { ActivationId, Lang, OutputHeadId } from '../config/config';
import { comment, HEAD_COMMENT, leftOutName, noteFor, OPTIMIZER_COMMENT, type Note } from './comments';
import { featureExpr, py, pyRows, type CodeModel } from './codeModel';

export const NUMPY_FILE = 'playground_numpy.py';

const activationCode = (n: Note): Record<ActivationId, string> => ({
  linear: `def linear(z): return z
def linear_grad(z, a): return np.ones_like(z)`,
  step: `def step(z): return np.where(z > 0, 1.0, 0.0)
def step_grad(z, a): return np.zeros_like(z)  # ${n('stepGrad')}`,
  sigmoid: `def sigmoid(z): return 1 / (1 + np.exp(-z))
def sigmoid_grad(z, a): return a * (1 - a)`,
  tanh: `def tanh(z): return np.tanh(z)
def tanh_grad(z, a): return 1 - a * a`,
  relu: `def relu(z): return np.where(z > 0, z, 0.0)
def relu_grad(z, a): return np.where(z > 0, 1.0, 0.0)`,
  leakyrelu: `def leakyrelu(z): return np.where(z > 0, z, 0.01 * z)
def leakyrelu_grad(z, a): return np.where(z > 0, 1.0, 0.01)`,
  elu: `def elu(z): return np.where(z > 0, z, np.exp(np.minimum(z, 0)) - 1)
def elu_grad(z, a): return np.where(z > 0, 1.0, a + 1)`,
  swish: `def swish(z): return z * (1 / (1 + np.exp(-z)))
def swish_grad(z, a):
    s = 1 / (1 + np.exp(-z))
    return s + z * s * (1 - s)`,
  softplus: `def softplus(z): return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
def softplus_grad(z, a): return 1 / (1 + np.exp(-z))`,
});

const HEAD_CODE: Record<OutputHeadId, string> = {
  'tanh-square': `def head_output(z): return np.tanh(z)
def head_loss(z, y, t): return 0.5 * (y[:, 0] - t) ** 2
def head_delta(z, y, t): return (y - t[:, None]) * (1 - y * y)
def targets(labels): return labels`,
  'sigmoid-xent': `def head_output(z): return 1 / (1 + np.exp(-z))
def head_loss(z, y, t): return np.maximum(z[:, 0], 0) + np.log1p(np.exp(-np.abs(z[:, 0]))) - t * z[:, 0]
def head_delta(z, y, t): return y - t[:, None]
def targets(labels): return np.where(labels > 0, 1.0, 0.0)`,
  'softmax-xent': `def head_output(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
def head_loss(z, y, t):
    m = z.max(axis=1)
    return m + np.log(np.exp(z - m[:, None]).sum(axis=1)) - z[np.arange(len(t)), t]
def head_delta(z, y, t):
    d = y.copy()
    d[np.arange(len(t)), t] -= 1
    return d
def targets(labels): return labels.astype(int)`,
  'linear-square': `def head_output(z): return z
def head_loss(z, y, t): return 0.5 * (y[:, 0] - t) ** 2
def head_delta(z, y, t): return y - t[:, None]
def targets(labels): return labels`,
  'linear-abs': `def head_output(z): return z
def head_loss(z, y, t): return np.abs(y[:, 0] - t)
def head_delta(z, y, t): return np.sign(y - t[:, None])
def targets(labels): return labels`,
};

const OPTIMIZER_CODE = {
  sgd: (m: CodeModel, doc: string) => `class SGD:
    """${doc}"""
    def __init__(self, lr=${py(m.learningRate)}):
        self.lr = lr

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]

optimizer = SGD()`,
  momentum: (m: CodeModel, doc: string) => `class Momentum:
    """${doc}"""
    def __init__(self, lr=${py(m.learningRate)}, momentum=${py(m.settings.momentum)}):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]

optimizer = Momentum()`,
  adagrad: (m: CodeModel, doc: string) => `class AdaGrad:
    """${doc}"""
    def __init__(self, lr=${py(m.learningRate)}, eps=${py(m.settings.epsilon)}):
        self.lr, self.eps, self.h = lr, eps, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + self.eps)

optimizer = AdaGrad()`,
  rmsprop: (m: CodeModel, doc: string) => `class RMSprop:
    """${doc}"""
    def __init__(self, lr=${py(m.learningRate)}, rho=${py(m.settings.rho)}, eps=${py(m.settings.epsilon)}):
        self.lr, self.rho, self.eps, self.h = lr, rho, eps, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] = self.rho * self.h[key] + (1 - self.rho) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + self.eps)

optimizer = RMSprop()`,
  adam: (m: CodeModel, doc: string) => `class Adam:
    """${doc}"""
    def __init__(self, lr=${py(m.learningRate)}, beta1=${py(m.settings.beta1)}, beta2=${py(m.settings.beta2)}, eps=${py(m.settings.epsilon)}):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.iter, self.m, self.v = 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        c1 = 1 - self.beta1 ** self.iter
        c2 = 1 - self.beta2 ** self.iter
        for key in params:
            g = grads[key]
            self.m[key] = self.beta1 * self.m[key] + (1 - self.beta1) * g
            self.v[key] = self.beta2 * self.v[key] + (1 - self.beta2) * g * g
            params[key] -= self.lr * (self.m[key] / c1) / (np.sqrt(self.v[key] / c2) + self.eps)

optimizer = Adam()`,
} as const;

/** Points as rows [x1, x2, label]. */
export function pointRows(p: { x: number[]; y: number[]; label: number[] }): number[][] {
  return p.x.map((x, i) => [x, p.y[i], p.label[i]]);
}

export function header(m: CodeModel, lang: Lang, title: string, file: string): string {
  const start = m.start.from === 'file' ? comment(lang, 'startFile') : comment(lang, m.start.resets > 0 ? 'startSeedReset' : 'startSeed', { seed: m.start.seed, resets: String(m.start.resets) });
  const lines = [title, comment(lang, 'samePath'), start, comment(lang, 'usage', { file })];
  if (m.leftOut.length > 0) lines.push(comment(lang, 'differs', { what: m.leftOut.map((w) => leftOutName(lang, w)).join(', ') }));
  return lines.map((l) => `# ${l}`).join('\n');
}

export function featuresFunction(m: CodeModel, ns: 'np' | 'torch'): string {
  const exprs = m.features.map((f) => featureExpr(f, ns));
  const body = exprs.length === 0 ? (ns === 'np' ? 'np.zeros((len(P), 0))' : 'torch.zeros((len(P), 0))') : `${ns}.stack([${exprs.join(', ')}], ${ns === 'np' ? 'axis' : 'dim'}=1)`;
  return `def features(P):\n    x1, x2 = P[:, 0], P[:, 1]\n    return ${body}`;
}

export function numpyScript(m: CodeModel, lang: Lang): string {
  const n = noteFor(lang);
  const c = (key: Parameters<typeof comment>[1]) => `# ${n(key)}`;
  const activations = [...new Set(m.layers.map((l) => l.activation).filter((a): a is ActivationId => a !== null))];
  const hiddenActs = m.layers.slice(0, -1).map((l) => l.activation!);
  const weightKeys = m.layers.map((_, i) => `'W${i + 1}'`).join(', ');
  const penalty = m.regularization;
  const weightsBlock = m.layers
    .map((l, i) => {
      // (fanIn, fanOut): x W + b, as the book writes it.
      const byInput = Array.from({ length: l.fanIn }, (_, from) => l.weights.map((row) => row[from]));
      return `W${i + 1} = np.array(${l.fanIn === 0 ? '[]' : pyRows(byInput, '    ', 2)}).reshape(${l.fanIn}, ${l.fanOut})\nb${i + 1} = np.array([${l.biases.map(py).join(', ')}])`;
    })
    .join('\n');

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
${HEAD_CODE[m.head]}


class Network:
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
        return grads


${c('optimizer')}
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
        print('epoch', epoch, 'loss', repr(net.loss(X_train, T_train)), 'test', repr(test))


${c('weights')}
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
