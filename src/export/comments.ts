/**
 * The scripts' comments, in English and Japanese. They live with the scripts rather than in the
 * page's dictionaries: they are part of a file the learner keeps, not words on screen.
 */
import type { Lang, OptimizerId, OutputHeadId } from '../config/config';

const en = {
  numpyTitle: 'A neural network from the playground, in NumPy only ("Deep Learning from Scratch" style).',
  torchTitle: 'A neural network from the playground, in PyTorch.',
  samePath: 'It holds the data and the initial weights of the run on screen: run from the start, it follows the same path (with SGD and no dropout, the same losses).',
  usage: 'Usage: python3 {file} [epochs]',
  differs: 'Not in this script, so its numbers will differ from the playground: {what}.',
  data: 'The data: x1, x2 and the label of each point, the training points in the order training visits them.',
  features: 'The input features the network sees, computed from x1 and x2.',
  weights: 'The initial weights and biases: W[i] maps layer i to layer i + 1.',
  activations: 'Activation functions and their derivatives (the derivative as a function of z and a = f(z)).',
  net: 'The network: predict (forward), loss, and gradient (backpropagation, the chain rule layer by layer).',
  predict: 'Forward pass: z = x W + b, a = f(z), layer by layer; the output layer is the head.',
  loss: 'Mean loss over the points (without the weight penalty), as the playground reports it.',
  gradient: 'Backpropagation: the gradient of the mean loss with respect to every weight and bias.',
  head: 'The output and its loss together: their derivative with respect to z is simple.',
  optimizer: 'The optimizer: one update from the mean gradient of a mini-batch.',
  penalty: 'The weight penalty, as TF Playground applies it: after the step, w -= lr * rate * penalty\'(w before the step).',
  l1: 'L1: a weight the penalty carries across zero becomes exactly 0 and stays there.',
  batches: 'Mini-batches in the playground\'s order: the points in their stored order, an update after every batch; a rest smaller than a batch joins the next epoch\'s first update.',
  train: 'Training: epochs of mini-batches; after each epoch the mean training loss is printed.',
  model: 'The same network as nn.Sequential, with the playground\'s initial weights copied in.',
  double: 'Float64 throughout, as the playground computes.',
  startSeed: 'The initial weights are those the seed {seed} draws, as on screen.',
  startSeedReset: 'The initial weights are those the seed {seed} draws after {resets} presses of Reset, as on screen.',
  startFile: 'The initial weights are the loaded model file\'s, not the seed\'s: the run on screen started from them.',
  overflow: 'exp() of a large number is inf, and 1 / (1 + inf) is the right 0',
  layerInput: 'the input of each layer',
  deltaOutput: '∂loss/∂z of the output layer',
  deltaA: '∂loss/∂a of layer i',
  deltaZ: '∂loss/∂z of layer i',
  stepGrad: '0 almost everywhere: nothing flows back',
  stepModule: 'Step function: 1 where z > 0, else 0; its derivative is 0 almost everywhere, so nothing flows back.',
  headTanhSquare: 'tanh output, labels ±1, loss ½(y − t)²',
  headSigmoidXent: 'sigmoid output, labels 0/1, binary cross-entropy = softplus(z) − t·z (stable for any z)',
  headSoftmaxXent: 'softmax output, labels 0..K−1, cross-entropy −log y_t = logsumexp(z) − z_t',
  headLinearSquare: 'identity output, loss ½(y − t)²',
  headLinearAbs: 'identity output, loss |y − t|',
  optSgd: 'Stochastic gradient descent: w ← w − lr·g',
  optMomentum: 'Momentum: the velocity v gathers the gradients, v ← αv − lr·g, w ← w + v',
  optAdagrad: 'AdaGrad: each parameter\'s step shrinks with the sum of its squared gradients, h ← h + g², w ← w − lr·g / (√h + ε)',
  optRmsprop: 'RMSprop: as AdaGrad, but old gradients fade (a moving average), h ← ρh + (1 − ρ)g², w ← w − lr·g / (√h + ε)',
  optAdam: 'Adam: Momentum and RMSprop together, with bias correction, m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², w ← w − lr·m̂ / (√v̂ + ε)',
};

const ja: typeof en = {
  numpyTitle: 'プレイグラウンドのニューラルネットワークを NumPy だけで（「ゼロから作る Deep Learning」の書き方で）。',
  torchTitle: 'プレイグラウンドのニューラルネットワークを PyTorch で。',
  samePath: '画面上の学習のデータと重みの初期値が入っています。最初から実行すると同じ道筋をたどります（SGD でドロップアウトなしなら損失も同じです）。',
  usage: '使い方：python3 {file} [エポック数]',
  differs: 'このスクリプトにないため、数値がプレイグラウンドと変わるもの：{what}。',
  data: 'データ：各点の x1, x2 とラベル。訓練データは学習でたどる順に並んでいます。',
  features: 'ネットワークへの入力（特徴量）。x1 と x2 から計算します。',
  weights: '重みとバイアスの初期値：W[i] は層 i から層 i + 1 への重みです。',
  activations: '活性化関数とその微分（微分は z と a = f(z) から計算します）。',
  net: 'ネットワーク：predict（順伝播）、loss（損失）、gradient（誤差逆伝播法、層ごとの連鎖律）。',
  predict: '順伝播：層ごとに z = x W + b、a = f(z)。出力層は出力と損失の組で決まります。',
  loss: '点についての損失の平均（重みの正則化項は含みません）。プレイグラウンドの表示と同じです。',
  gradient: '誤差逆伝播法：損失の平均の、すべての重みとバイアスについての勾配。',
  head: '出力と損失の組：z についての微分が簡単な形になります。',
  optimizer: '最適化手法：ミニバッチの勾配の平均から 1 回更新します。',
  penalty: '正則化は TF Playground と同じく、更新のあとに w -= 学習率 * 正則化率 * 正則化項の微分（更新前の w で）。',
  l1: 'L1：正則化で 0 をまたいだ重みはちょうど 0 になり、以後動きません。',
  batches: 'ミニバッチはプレイグラウンドと同じ順：保存された順に点をたどり、バッチごとに更新。バッチに満たない残りは次のエポックの最初の更新に加わります。',
  train: '学習：ミニバッチのエポックを繰り返し、エポックごとに訓練データの損失の平均を表示します。',
  model: '同じネットワークを nn.Sequential で。プレイグラウンドの重みの初期値をコピーします。',
  double: 'プレイグラウンドと同じく、すべて 64 ビット浮動小数点数で計算します。',
  startSeed: '重みの初期値は、画面と同じくシード {seed} から生成したものです。',
  startSeedReset: '重みの初期値は、画面と同じくシード {seed} から、リセットを {resets} 回押したあとに生成したものです。',
  startFile: '重みの初期値は、読み込んだモデルファイルのものです（シードから生成したものではありません）。画面上の学習はこの値から始まりました。',
  overflow: '大きな数の exp() は inf になりますが、1 / (1 + inf) は正しく 0 になるので警告は出しません',
  layerInput: '各層への入力',
  deltaOutput: '出力層の z についての損失関数の勾配 ∂loss/∂z',
  deltaA: '層 i の出力 a についての勾配 ∂loss/∂a',
  deltaZ: '層 i の z についての勾配 ∂loss/∂z',
  stepGrad: 'ほとんどいたるところで 0：逆伝播で何も伝わりません',
  stepModule: 'ステップ関数：z > 0 なら 1、それ以外は 0。微分はほとんどいたるところで 0 なので、逆伝播で何も伝わりません。',
  headTanhSquare: '出力は tanh、ラベルは ±1、損失関数は二乗誤差 ½(y − t)²',
  headSigmoidXent: '出力はシグモイド関数、ラベルは 0/1、損失関数は交差エントロピー誤差 = softplus(z) − t·z（どんな z でも数値的に安定な形）',
  headSoftmaxXent: '出力はソフトマックス関数、ラベルは 0..K−1、損失関数は交差エントロピー誤差 −log y_t = logsumexp(z) − z_t',
  headLinearSquare: '出力は恒等関数、損失関数は二乗誤差 ½(y − t)²',
  headLinearAbs: '出力は恒等関数、損失関数は絶対誤差 |y − t|',
  optSgd: '確率的勾配降下法（SGD）：w ← w − lr·g（lr は学習率、g は勾配）',
  optMomentum: 'Momentum：速度 v に勾配を積み重ねて進みます。v ← αv − lr·g、w ← w + v',
  optAdagrad: 'AdaGrad：これまでの勾配の二乗和 h で、パラメータごとに学習率を小さくしていきます。h ← h + g²、w ← w − lr·g / (√h + ε)',
  optRmsprop: 'RMSprop：AdaGrad と同じ考え方で、古い勾配は少しずつ忘れます（指数移動平均）。h ← ρh + (1 − ρ)g²、w ← w − lr·g / (√h + ε)',
  optAdam: 'Adam：Momentum と RMSprop を合わせた手法（バイアス補正つき）。m ← β₁m + (1 − β₁)g、v ← β₂v + (1 − β₂)g²、w ← w − lr·m̂ / (√v̂ + ε)',
};

export type CommentKey = keyof typeof en;

export function comment(lang: Lang, key: CommentKey, params: Record<string, string> = {}): string {
  return (lang === 'ja' ? ja : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A comment in the chosen language, ready to drop into a script. */
export type Note = (key: CommentKey) => string;

export const noteFor = (lang: Lang): Note => (key) => comment(lang, key);

/** The head's comment: what the output is, which labels it takes, and its loss. */
export const HEAD_COMMENT: Record<OutputHeadId, CommentKey> = {
  'tanh-square': 'headTanhSquare',
  'sigmoid-xent': 'headSigmoidXent',
  'softmax-xent': 'headSoftmaxXent',
  'linear-square': 'headLinearSquare',
  'linear-abs': 'headLinearAbs',
};

/** The optimizer's docstring: its name and its update rule. */
export const OPTIMIZER_COMMENT: Record<OptimizerId, CommentKey> = {
  sgd: 'optSgd',
  momentum: 'optMomentum',
  adagrad: 'optAdagrad',
  rmsprop: 'optRmsprop',
  adam: 'optAdam',
};

/** What a left-out setting is called in the comment. */
export function leftOutName(lang: Lang, what: 'dropout' | 'batchNorm' | 'reshuffle'): string {
  const names = {
    en: { dropout: 'dropout', batchNorm: 'batch normalisation', reshuffle: 'a new order every epoch' },
    ja: { dropout: 'ドロップアウト', batchNorm: 'バッチ正規化', reshuffle: 'エポックごとの並べ替え' },
  } as const;
  return names[lang][what];
}
