/**
 * The scripts' comments, in English and Japanese. They live with the scripts rather than in the
 * page's dictionaries: they are part of a file the learner keeps, not words on screen.
 */
import type { Lang } from '../config/config';

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
};

export type CommentKey = keyof typeof en;

export function comment(lang: Lang, key: CommentKey, params: Record<string, string> = {}): string {
  return (lang === 'ja' ? ja : en)[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** What a left-out setting is called in the comment. */
export function leftOutName(lang: Lang, what: 'dropout' | 'batchNorm' | 'reshuffle'): string {
  const names = {
    en: { dropout: 'dropout', batchNorm: 'batch normalisation', reshuffle: 'a new order every epoch' },
    ja: { dropout: 'ドロップアウト', batchNorm: 'バッチ正規化', reshuffle: 'エポックごとの並べ替え' },
  } as const;
  return names[lang][what];
}
