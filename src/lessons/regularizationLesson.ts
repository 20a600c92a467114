/**
 * Idea 15: regularisation, on the overfitting lesson's network (fifty noisy points, three layers
 * of sixteen ReLU neurons, test loss climbing to about 0.34). L2 at λ = 0.03 holds the test loss
 * near 0.22; ten times that pulls every weight to 0 and nothing is learned; L1 at 0.01 sets most
 * of the 560 weights to exactly 0 and also holds the test loss down; dropout keeps the training
 * loss up (the gap narrows) but, on a network this small, hardly lowers the test loss.
 */
import type { LessonModule } from './types';

const OVERFIT =
  'dataset=circle&noise=35&percTrainData=10&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true&activation=relu&networkShape=16,16,16&showTestData=true';
const CONTROLS = ['regularization', 'regularizationRate', 'dropout'] as const;

export const regularization: LessonModule = {
  lesson: {
    id: 'regularization',
    idea: 15,
    steps: [
      {
        setup: `${OVERFIT}&regularization=none&regularizationRate=0&dropout=0`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.23 }],
        solution: 'regularization=L2&regularizationRate=0.03',
        budget: 300,
        highlight: 'regularization',
        controls: CONTROLS,
      },
      {
        setup: `${OVERFIT}&regularization=L2&regularizationRate=0.03&dropout=0`,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: 'regularizationRate=0.3',
        budget: 110,
        highlight: 'regularization-rate',
        controls: CONTROLS,
      },
      {
        setup: `${OVERFIT}&regularization=none&regularizationRate=0.01&dropout=0`,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'zeroWeights', atLeast: 300 }, { kind: 'testLossBelow', value: 0.23 }],
        solution: 'regularization=L1',
        budget: 400,
        highlight: 'regularization',
        controls: CONTROLS,
      },
      {
        setup: `${OVERFIT}&regularization=none&regularizationRate=0&dropout=0`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 300 }],
        solution: 'dropout=0.5',
        budget: 310,
        highlight: 'dropout',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Regularisation: L2, L1 and dropout',
    summary: 'Penalising large weights, or training with neurons randomly switched off, keeps a big network from memorising noise.',
    steps: [
      {
        body: 'The overfitting network from the last lesson: 50 noisy points, three layers of 16 ReLU neurons, and a test loss that climbs while the training loss falls. L2 regularisation (weight decay) adds (λ/2) Σ w² to the loss, so every update also shrinks each weight a little, in proportion to its size.',
        action: 'Set regularisation to L2 with rate 0.03 and press play.',
        question: {
          prompt: 'What will L2 do to this network?',
          answers: ['Keep all weights small, so the boundary stays smooth and the test loss stays lower', 'Set most weights to exactly 0', 'Nothing: the loss is still what gets minimised'],
          why: 'Large weights are what let the boundary bend sharply around single points; L2 makes them cost something. The training loss falls less far, and the test loss stays near 0.22 instead of climbing to 0.34.',
        },
        goal: 'The test loss falls below 0.23.',
        formula: '\\begin{gathered} L\' = L + \\frac{\\lambda}{2} \\sum w^2 \\\\ W \\leftarrow W - \\eta \\left( \\frac{\\partial L}{\\partial W} + \\lambda W \\right) \\end{gathered}',
      },
      {
        body: 'λ weighs the penalty against fitting the data. The rate is 0.03 now.',
        action: 'Raise the regularisation rate to 0.3 and press play.',
        question: {
          prompt: 'Ten times as much L2: better still?',
          answers: ['Yes: even smoother, even lower test loss', 'No: the penalty wins and the network learns nothing'],
          why: 'At λ = 0.3 shrinking the weights pays more than fitting the points: every weight is pulled to about 0, the output is the same everywhere, and both losses stay near 0.5. Too much regularisation underfits, as too little overfits.',
        },
        goal: 'Train for 100 epochs and see both losses stay near 0.5.',
      },
      {
        body: 'L1 regularisation adds λ Σ |w| instead. Its pull on a weight has the same size, λ, however small the weight is, rather than shrinking with it as L2’s does. The rate is set to 0.01; the histograms in Inside the network count the weights that are exactly 0.',
        action: 'Set regularisation to L1, press play, and watch the count of zero weights in Inside the network.',
        question: {
          prompt: 'Which penalty drives weights to exactly 0?',
          answers: ['L2: its pull is strongest', 'L1: its pull does not weaken near 0'],
          why: 'L2’s pull, λw, fades as w approaches 0, so weights become small but not 0. L1’s pull stays λ all the way, and a weight it carries across 0 is set to 0. Here more than 300 of the 560 weights become exactly 0: L1 picks a few connections and drops the rest, and the test loss stays low too.',
        },
        goal: 'At least 300 weights are exactly 0, and the test loss is below 0.23.',
        formula: 'L\' = L + \\lambda \\sum |w|',
      },
      {
        body: 'Dropout switches each hidden neuron off with probability p at every training step (the kept ones are scaled by 1/(1 − p)); for testing all neurons are on. No neuron can rely on any particular other, which makes memorising single points hard.',
        action: 'In More settings, set dropout to 0.5 and press play; compare the training loss with the first step.',
        question: {
          prompt: 'With dropout 0.5, the training loss after 300 epochs will be…',
          answers: ['…higher than without dropout', '…lower than without dropout', '…the same'],
          why: 'Half the neurons are missing at every step, so the network cannot fit the training points as closely: at epoch 300 the training loss is about 0.2 instead of 0.09, and the gap to the test loss narrows. On a network this small the test loss hardly improves (about 0.33 either way at epoch 300); dropout pays off in large networks.',
        },
        goal: 'Train for 300 epochs with dropout.',
        formula: '\\begin{gathered} h_{\\text{train}} = \\frac{m \\odot h}{1 - p} \\\\ m_i \\sim \\mathrm{Bernoulli}(1 - p) \\end{gathered}',
      },
    ],
  },
  ja: {
    title: '正則化：L2・L1・ドロップアウト',
    summary: '大きな重みに罰則を課したり、ニューロンをランダムに止めて学習したりすると、大きなネットワークがノイズを丸暗記しにくくなる。',
    steps: [
      {
        body: '前のレッスンで過学習したネットワークです。ノイズのある 50 点、ReLU ニューロン 16 個の層が 3 つ、そして訓練損失が下がる一方でテスト損失が上がっていきます。L2 正則化（Weight decay、荷重減衰）は損失に (λ/2) Σ w² を加えます。すると更新のたびに、各重みがその大きさに比例して少しずつ小さくなります。',
        action: '正則化を L2、正則化率を 0.03 にして再生してください。',
        question: {
          prompt: 'L2 正則化はこのネットワークに何をもたらすでしょう？',
          answers: ['すべての重みを小さく保ち、境界がなめらかになってテスト損失が低く保たれる', 'ほとんどの重みをちょうど 0 にする', '何も変わらない：最小化するのは損失のまま'],
          why: '境界が 1 点 1 点に合わせて急に曲がれるのは、重みが大きいからです。L2 は大きな重みに代償を課します。訓練損失はそれほど下がらなくなり、テスト損失は 0.34 まで上がらずに 0.22 付近にとどまります。',
        },
        goal: 'テスト損失が 0.23 を下回る。',
        formula: '\\begin{gathered} L\' = L + \\frac{\\lambda}{2} \\sum w^2 \\\\ W \\leftarrow W - \\eta \\left( \\frac{\\partial L}{\\partial W} + \\lambda W \\right) \\end{gathered}',
      },
      {
        body: 'λ は、罰則とデータへの当てはまりのどちらを重く見るかを決めます。いまの正則化率は 0.03 です。',
        action: '正則化率を 0.3 に上げて再生してください。',
        question: {
          prompt: 'L2 を 10 倍にすると、さらに良くなるでしょうか？',
          answers: ['良くなる：もっとなめらかになり、テスト損失も下がる', '良くならない：罰則が勝ってしまい、何も学習できない'],
          why: 'λ = 0.3 では、点に合わせるより重みを小さくするほうが得になります。すべての重みがほぼ 0 に引き寄せられ、出力はどこでも同じになり、どちらの損失も 0.5 付近のままです。正則化が弱すぎれば過学習、強すぎれば学習不足（未学習）になります。',
        },
        goal: '100 エポック学習し、どちらの損失も 0.5 付近のままなのを確かめる。',
      },
      {
        body: 'L1 正則化は代わりに λ Σ |w| を加えます。重みを 0 へ引く力は、L2 のように重みとともに小さくなるのではなく、重みがどんなに小さくても同じ λ です。正則化率は 0.01 にしてあります。「ネットワークの中」のヒストグラムには、ちょうど 0 の重みの数が表示されます。',
        action: '正則化を L1 にして再生し、「ネットワークの中」でちょうど 0 の重みの数を見てください。',
        question: {
          prompt: '重みをちょうど 0 にするのは、どちらの罰則でしょう？',
          answers: ['L2：引く力がいちばん強いから', 'L1：0 の近くでも引く力が弱まらないから'],
          why: 'L2 の引く力 λw は、w が 0 に近づくと弱まるので、重みは小さくなっても 0 にはなりません。L1 の力は最後まで λ のままで、0 をまたいだ重みは 0 にそろえられます。ここでは 560 個の重みのうち 300 個以上がちょうど 0 になります。L1 は少数の結合だけを残して残りを切り捨て、テスト損失も低く保たれます。',
        },
        goal: '300 個以上の重みがちょうど 0 になり、テスト損失が 0.23 を下回る。',
        formula: 'L\' = L + \\lambda \\sum |w|',
      },
      {
        body: 'ドロップアウトは、学習の各ステップで隠れ層のニューロンを確率 p で止めます（残ったものは 1/(1 − p) 倍します）。テストのときはすべてのニューロンを使います。どのニューロンも特定のほかのニューロンに頼れないので、1 点 1 点を丸暗記しにくくなります。',
        action: '「その他の設定」でドロップアウトを 0.5 にして再生し、訓練損失を最初のステップと比べてください。',
        question: {
          prompt: 'ドロップアウト 0.5 のとき、300 エポック後の訓練損失は……',
          answers: ['……ドロップアウトなしより高い', '……ドロップアウトなしより低い', '……変わらない'],
          why: '毎ステップ半分のニューロンが欠けるので、訓練データにぴったり合わせられません。300 エポック目の訓練損失は 0.09 ではなく約 0.2 で、テスト損失との差は縮まります。ただ、これほど小さなネットワークではテスト損失はほとんど改善しません（300 エポック目でどちらも約 0.33）。ドロップアウトが効果を発揮するのは大きなネットワークです。',
        },
        goal: 'ドロップアウトを入れて 300 エポック学習する。',
        formula: '\\begin{gathered} h_{\\text{train}} = \\frac{m \\odot h}{1 - p} \\\\ m_i \\sim \\mathrm{Bernoulli}(1 - p) \\end{gathered}',
      },
    ],
  },
};
