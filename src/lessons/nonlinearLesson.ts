/** Idea 2: a stack of linear layers is one linear layer; a non-linear activation bends the boundary. */
import type { LessonModule } from './types';

const CIRCLE = 'dataset=circle&noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true';

export const nonlinear: LessonModule = {
  lesson: {
    id: 'nonlinear',
    idea: 2,
    steps: [
      {
        setup: `${CIRCLE}&networkShape=4,4,4&activation=linear`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: '',
        budget: 150,
        highlight: 'network-diagram',
        controls: ['activation', 'numHiddenLayers'],
      },
      {
        setup: `${CIRCLE}&networkShape=4,4,4&activation=linear`,
        goal: [{ kind: 'activation', value: 'relu' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=relu',
        budget: 600,
        highlight: 'activation',
        controls: ['activation', 'numHiddenLayers'],
      },
      {
        setup: `${CIRCLE}&networkShape=4&activation=tanh`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.05 }],
        solution: '',
        budget: 600,
        highlight: 'activation',
        controls: ['activation', 'numHiddenLayers'],
      },
      {
        // The comparison itself: both runs from the same initial weights, in lock-step.
        setup: `${CIRCLE}&networkShape=4,4,4&compare=activation:linear,relu`,
        controls: ['activation', 'numHiddenLayers'],
      },
    ],
  },
  en: {
    title: 'Why a neural network needs a non-linear activation',
    summary: 'A stack of linear layers is one linear layer: h(h(h(x))) = c³x.',
    steps: [
      {
        body: 'The network has three hidden layers, but every neuron computes a = z: the activation h(z) = z is linear. Each layer is then z = Wx + b, and a stack of them is again one matrix times x plus one vector.',
        action: 'Press play and watch the boundary on the output for a while.',
        question: {
          prompt: 'Three hidden layers of four neurons each, all linear: what shape can the boundary take?',
          answers: ['A circle around the blue points, given enough epochs', 'A straight line, however long it trains', 'Any curve, because the network is deep'],
          why: 'W₃(W₂(W₁x + b₁) + b₂) + b₃ = Wx + b: the whole network is one linear layer, so its boundary is one straight line. Depth adds nothing without a non-linear h.',
        },
        goal: 'Train for 100 epochs and see the test loss stay near 0.5.',
        formula: 'h(h(h(x))) = c^3 x \\quad\\text{for}\\quad h(x) = cx',
      },
      {
        body: 'Same data, same layers. ReLU, h(z) = max(0, z), is linear on each side of 0 but bends at 0; put together, many such bends can follow a circle.',
        action: 'Switch the activation to ReLU and press play.',
        goal: 'Every hidden layer uses ReLU, and the test loss falls below 0.05.',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z)',
      },
      {
        body: 'One hidden layer of four tanh neurons is enough for the circle: each neuron draws a soft straight edge, and the output neuron combines the four edges into a closed shape. Look at the four neuron pictures while it trains.',
        action: 'Press play and hover the hidden neurons to see their edges.',
        question: {
          prompt: 'Can a single hidden layer of four tanh neurons separate the circle?',
          answers: ['Yes: four bent edges can close around it', 'No: it needs at least three hidden layers'],
          why: 'The output neuron adds up the four edges and squashes them with tanh: four edges around the centre already make a closed region. Depth helps with harder shapes, not with this one.',
        },
        goal: 'Test loss below 0.05.',
      },
      {
        body: 'The two networks side by side, on the same data and from the same initial weights: only the activation differs. Their boundaries are drawn next to each other and their loss curves share one chart.',
        action: 'Press play once: both train in lock-step. Watch the linear run stay near 0.5 while the ReLU run falls.',
      },
    ],
  },
  ja: {
    title: 'なぜ非線形な活性化関数が必要なのか',
    summary: '線形な層を重ねても 1 つの線形な層と同じ：h(h(h(x))) = c³x。',
    steps: [
      {
        body: '隠れ層が 3 つありますが、どのニューロンも a = z を計算します。活性化関数 h(z) = z は線形です。すると各層は z = Wx + b で、それをいくつ重ねても「1 つの行列と x の積に 1 つのベクトルを足したもの」になります。',
        action: '再生を押して、しばらく出力の決定境界を見てください。',
        question: {
          prompt: '4 ニューロンの隠れ層が 3 つ、すべて線形です。決定境界はどんな形になるでしょう？',
          answers: ['十分に学習すれば、青い点を囲む円になる', 'どれだけ学習しても直線のまま', 'ネットワークが深いので、どんな曲線にもなる'],
          why: 'W₃(W₂(W₁x + b₁) + b₂) + b₃ = Wx + b なので、ネットワーク全体が 1 つの線形な層と同じで、境界は 1 本の直線です。非線形な h がなければ、層を深くしても何も増えません。',
        },
        goal: '100 エポック学習し、テスト損失が 0.5 付近のまま動かないことを確かめる。',
        formula: 'h(h(h(x))) = c^3 x \\quad\\text{for}\\quad h(x) = cx',
      },
      {
        body: 'データも層も同じです。ReLU、h(z) = max(0, z) は 0 の両側ではそれぞれ線形ですが、0 で折れ曲がります。この折れ目をたくさん組み合わせると、円に沿うことができます。',
        action: '活性化関数を ReLU に切り替えて、再生を押してください。',
        goal: 'すべての隠れ層が ReLU になり、テスト損失が 0.05 を下回る。',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z)',
      },
      {
        body: 'この円なら、tanh のニューロン 4 個の隠れ層 1 つで足ります。各ニューロンがぼやけた直線の境界を 1 本引き、出力ニューロンが 4 本を組み合わせて閉じた形を作ります。学習中の 4 つのニューロンの画像を見てみましょう。',
        action: '再生を押し、隠れ層のニューロンにマウスを重ねて境界を見てください。',
        question: {
          prompt: 'tanh のニューロン 4 個の隠れ層 1 つで、円を分けられるでしょうか？',
          answers: ['分けられる：曲がった 4 本の境界で囲める', '分けられない：隠れ層が 3 つ以上必要'],
          why: '出力ニューロンが 4 本の境界を足し合わせて tanh でつぶすので、中心を囲む 4 本だけで閉じた領域ができます。層を深くするのは、もっと難しい形のためです。',
        },
        goal: 'テスト損失が 0.05 を下回る。',
      },
      {
        body: '2 つのネットワークを並べて表示します。データも重みの初期値も同じで、違うのは活性化関数だけです。決定境界は隣り合わせに、損失の推移は 1 つのグラフに重ねて描かれます。',
        action: '再生を 1 回押すと、両方が足並みをそろえて学習します。線形のほうは 0.5 付近にとどまり、ReLU のほうは下がっていくのを見てください。',
      },
    ],
  },
};
