/**
 * The NumPy script's Python for each activation (its function and derivative), output head (its
 * output, loss and δ at the output) and optimizer (a class with `update`), as the engine computes
 * them: numpyScript.ts puts in the ones the run uses.
 */
import type { ActivationId, OptimizerId, OutputHeadId } from '../config/config';
import type { Note } from './comments';
import { py, type CodeModel } from './codeModel';

export const activationCode = (n: Note): Record<ActivationId, string> => ({
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

export const HEAD_CODE: Record<OutputHeadId, string> = {
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

export const OPTIMIZER_CODE: Record<OptimizerId, (m: CodeModel, doc: string) => string> = {
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
};
