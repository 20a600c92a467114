/**
 * The run as a PyTorch script: nn.Sequential with the playground's initial weights copied in,
 * the head's loss, torch.optim's optimizer with the same settings, and the same mini-batches in
 * the same order. Float64 throughout, so the losses follow the playground's to rounding.
 */
import type { ActivationId, Lang, OptimizerId, OutputHeadId } from '../config/config';
import { comment, HEAD_COMMENT, OPTIMIZER_COMMENT } from './comments';
import { py, pyRows, type CodeModel } from './codeModel';
import { featuresFunction, header, pointRows } from './scriptParts';

export const PYTORCH_FILE = 'playground_pytorch.py';

const MODULES: Record<ActivationId, string> = {
  linear: 'nn.Identity()',
  step: 'Step()',
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  relu: 'nn.ReLU()',
  leakyrelu: 'nn.LeakyReLU(0.01)',
  elu: 'nn.ELU()',
  swish: 'nn.SiLU()',
  softplus: 'nn.Softplus()',
};

const LOSSES: Record<OutputHeadId, { loss: string; targets: string }> = {
  'tanh-square': { loss: '0.5 * ((torch.tanh(z[:, 0]) - t) ** 2).mean()', targets: 'labels' },
  'sigmoid-xent': { loss: 'F.binary_cross_entropy_with_logits(z[:, 0], t)', targets: '(labels > 0).to(labels.dtype)' },
  'softmax-xent': { loss: 'F.cross_entropy(z, t)', targets: 'labels.long()' },
  'linear-square': { loss: '0.5 * ((z[:, 0] - t) ** 2).mean()', targets: 'labels' },
  'linear-abs': { loss: '(z[:, 0] - t).abs().mean()', targets: 'labels' },
};

function optimizerLine(id: OptimizerId, m: CodeModel): string {
  const s = m.settings;
  const lr = py(m.learningRate);
  switch (id) {
    case 'sgd':
      return `torch.optim.SGD(model.parameters(), lr=${lr})`;
    case 'momentum':
      // torch keeps v ← μv + g, w ← w − lr·v: with a fixed lr the same steps as v ← μv − lr·g, w ← w + v.
      return `torch.optim.SGD(model.parameters(), lr=${lr}, momentum=${py(s.momentum)})`;
    case 'adagrad':
      return `torch.optim.Adagrad(model.parameters(), lr=${lr}, eps=${py(s.epsilon)})`;
    case 'rmsprop':
      return `torch.optim.RMSprop(model.parameters(), lr=${lr}, alpha=${py(s.rho)}, eps=${py(s.epsilon)})`;
    case 'adam':
      return `torch.optim.Adam(model.parameters(), lr=${lr}, betas=(${py(s.beta1)}, ${py(s.beta2)}), eps=${py(s.epsilon)})`;
  }
}

/** A comment line in the page's language. */
type CommentLine = (key: Parameters<typeof comment>[1]) => string;

/** The header, the imports, the input features and targets, and the step activation where it is used. */
function prelude(m: CodeModel, lang: Lang, c: CommentLine): string {
  const usesStep = m.layers.some((l) => l.activation === 'step');
  const { targets } = LOSSES[m.head];
  return `#!/usr/bin/env python3
${header(m, lang, comment(lang, 'torchTitle'), PYTORCH_FILE)}
import sys

import torch
import torch.nn.functional as F
from torch import nn

${c('double')}
torch.set_default_dtype(torch.float64)

${c('features')}
${featuresFunction(m, 'torch')}


def targets(labels):
    return ${targets}

${
  usesStep
    ? `

class Step(nn.Module):
    """${comment(lang, 'stepModule')}"""
    def forward(self, z):
        return (z > 0).to(z.dtype) + 0 * z
`
    : ''
}
`;
}

/** nn.Sequential and the run's initial weights copied into it. */
function modelAndWeights(m: CodeModel, c: CommentLine): string {
  const modules: string[] = [];
  m.layers.forEach((l, i) => {
    modules.push(`nn.Linear(${l.fanIn}, ${l.fanOut})`);
    if (i < m.layers.length - 1) modules.push(MODULES[l.activation!]);
  });
  return `${c('model')}
model = nn.Sequential(
    ${modules.join(',\n    ')},
)
linears = [layer for layer in model if isinstance(layer, nn.Linear)]

${c('weights')}
WEIGHTS = [
${m.layers.map((l) => `    ${l.fanOut === 0 ? '[]' : pyRows(l.weights, '        ', 2)},`).join('\n')}
]
BIASES = [
${m.layers.map((l) => `    [${l.biases.map(py).join(', ')}],`).join('\n')}
]
with torch.no_grad():
    for layer, w, b in zip(linears, WEIGHTS, BIASES):
        layer.weight.copy_(torch.tensor(w).reshape(layer.weight.shape))
        layer.bias.copy_(torch.tensor(b))


`;
}

/** The loss, the optimizer, and the L1/L2 penalty as TF Playground applies it. */
function lossAndOptimizer(m: CodeModel, lang: Lang, c: CommentLine): string {
  const { loss } = LOSSES[m.head];
  return `def loss_of(z, t):
    ${c('loss')}
    # ${comment(lang, HEAD_COMMENT[m.head])}
    return ${loss}


${c('optimizer')}
# ${comment(lang, OPTIMIZER_COMMENT[m.optimizer])}
optimizer = ${optimizerLine(m.optimizer, m)}
PENALTY = '${m.regularization}'
PENALTY_STEP = ${py(m.learningRate)} * ${py(m.regularizationRate)}
BATCH_SIZE = ${m.batchSize}


@torch.no_grad()
def apply_penalty(before, dead):
    ${c('penalty')}
    for layer, w0, d in zip(linears, before, dead):
        w = layer.weight
        w[d] = w0[d]
        if PENALTY == 'L2':
            w[~d] = (w - PENALTY_STEP * w0)[~d]
        elif PENALTY == 'L1':
            ${c('l1')}
            nxt = w - PENALTY_STEP * torch.sign(w0)
            kill = ~d & (w * nxt < 0)
            w[~d] = torch.where(kill, torch.zeros_like(nxt), nxt)[~d]
            d |= kill


@torch.no_grad()
def mean_loss(x, t):
    return float(loss_of(model(x), t)) if len(x) > 0 else float('nan')


`;
}

/** The loop over epochs and mini-batches in TF Playground's order, the data, and the run itself. */
function trainingAndData(m: CodeModel, c: CommentLine): string {
  return `def train(epochs):
    ${c('train')}
    ${c('batches')}
    n = len(X_train)
    dead = [torch.zeros(layer.weight.shape, dtype=torch.bool) for layer in linears]
    carry = torch.arange(0)
    for epoch in range(1, epochs + 1):
        pos = 0
        while n > 0:
            batch = torch.cat([carry, torch.arange(pos, pos + BATCH_SIZE)])
            carry = torch.arange(0)
            optimizer.zero_grad()
            loss_of(model(X_train[batch]), T_train[batch]).backward()
            before = [layer.weight.detach().clone() for layer in linears]
            optimizer.step()
            if PENALTY != 'none' or any(bool(d.any()) for d in dead):
                apply_penalty(before, dead)
            pos += BATCH_SIZE
            if n - pos < BATCH_SIZE:
                carry = torch.arange(pos, n)
                break
        print('epoch', epoch, 'loss', repr(mean_loss(X_train, T_train)), 'test', repr(mean_loss(X_test, T_test)))


${c('data')}
train_points = torch.tensor(${pyRows(pointRows(m.train), '    ')}).reshape(-1, 3)
test_points = torch.tensor(${pyRows(pointRows(m.test), '    ')}).reshape(-1, 3)
X_train, T_train = features(train_points), targets(train_points[:, 2])
X_test, T_test = features(test_points), targets(test_points[:, 2])


if __name__ == '__main__':
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print('epoch', 0, 'loss', repr(mean_loss(X_train, T_train)))
    train(epochs)
`;
}

export function pytorchScript(m: CodeModel, lang: Lang): string {
  const c: CommentLine = (key) => `# ${comment(lang, key)}`;
  return prelude(m, lang, c) + modelAndWeights(m, c) + lossAndOptimizer(m, lang, c) + trainingAndData(m, c);
}
