/** Idea 3: the step function's derivative is 0 almost everywhere, so gradient descent cannot train through it. */
import type { LessonModule } from './types';

const XOR = 'dataset=xor&noise=0&percTrainData=50&batchSize=10&learningRate=0.1&seed=0.12345&x=true&y=true&networkShape=4';

export const step: LessonModule = {
  lesson: {
    id: 'step',
    idea: 3,
    steps: [
      {
        setup: `${XOR}&activation=step`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 200 }],
        solution: '',
        budget: 200,
        highlight: 'loss-chart',
        controls: ['activation'],
      },
      {
        setup: `${XOR}&activation=step`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 50 }],
        solution: '',
        budget: 50,
        highlight: 'open-inside',
        controls: ['activation'],
      },
      {
        setup: `${XOR}&activation=step`,
        goal: [{ kind: 'activation', value: 'sigmoid' }, { kind: 'testLossBelow', value: 0.1 }],
        solution: 'activation=sigmoid',
        budget: 300,
        highlight: 'activation',
        controls: ['activation'],
      },
    ],
  },
  en: {
    title: 'Why the step function cannot be trained',
    summary: 'The perceptron’s step function has derivative 0 almost everywhere, so no gradient reaches the weights before it.',
    steps: [
      {
        body: 'Rosenblatt’s perceptron (1957) used the step function: h(z) = 1 if z > 0, else 0. The four hidden neurons here use it. Gradient descent changes each weight by −η ∂L/∂w, so it can only move what the loss has a slope for.',
        action: 'Press play and watch the loss curve for 200 epochs.',
        question: {
          prompt: 'With the step function in the hidden layer, what will the training loss do?',
          answers: ['Fall toward 0, as it would with tanh', 'Drop a little in the first epochs, then stop moving', 'Grow until the run diverges'],
          why: 'Only the output neuron learns: it finds the best mix of the four fixed edges the hidden neurons drew at the start, within a few epochs. After that nothing can change the edges themselves, so the loss stays where it is.',
        },
        goal: 'Train for 200 epochs and see the loss stay flat.',
        formula: 'h(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}',
      },
      {
        body: 'Backpropagation gives a first-layer weight the gradient ∂L/∂w = ∂L/∂a · h′(z) · x. The step function is flat on both sides of 0, so h′(z) = 0 and the whole product is 0, whatever the loss. Under Inside the network, the plot of h′ lies on 0 and the gradient bar of layer 1 reads 0.',
        action: 'Open Inside the network, press play and read the gradient size of layer 1 and of the output.',
        question: {
          prompt: 'Which weights does gradient descent change here?',
          answers: ['All of them, only slowly', 'Only the weights into the output neuron', 'None at all'],
          why: 'The output neuron’s weights get ∂L/∂w = δ · a, where a is a hidden neuron’s 0 or 1: not zero, so they move. Every gradient that would reach layer 1 passes through h′(z) = 0 and arrives as exactly 0, so the hidden neurons’ pictures never change.',
        },
        goal: 'Train for 50 epochs and read the gradient bars.',
        formula: '\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}\\, h\'(z)\\, x = 0 \\qquad (h\'(z) = 0)',
      },
      {
        body: 'The sigmoid σ(z) = 1/(1 + e^(−z)) looks like a step with its corner smoothed away. Its slope is never 0, so a gradient flows back through every neuron: replacing the step by a smooth function is what made multi-layer networks trainable by backpropagation.',
        action: 'Switch the activation to sigmoid and press play.',
        goal: 'Every hidden layer uses sigmoid, and the test loss falls below 0.1.',
        formula: '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\qquad \\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) > 0',
      },
    ],
  },
  ja: {
    title: 'ステップ関数ではなぜ学習できないのか',
    summary: 'パーセプトロンのステップ関数は、ほとんどの点で微分が 0。その手前の重みには勾配が届かない。',
    steps: [
      {
        body: 'ローゼンブラットのパーセプトロン（1957 年）は、ステップ関数 h(z) = 1（z > 0 のとき）、0（それ以外）を使いました。ここでは隠れ層の 4 個のニューロンがこの関数を使います。勾配降下法は各重みを −η ∂L/∂w だけ動かすので、損失に傾きがある方向にしか動かせません。',
        action: '再生を押し、200 エポックのあいだ損失のグラフを見てください。',
        question: {
          prompt: '隠れ層がステップ関数のとき、訓練損失はどうなるでしょう？',
          answers: ['tanh のときと同じように 0 に近づいていく', '最初の数エポックで少し下がり、あとは動かない', 'どんどん大きくなって発散する'],
          why: '学習できるのは出力層のニューロンだけです。隠れ層のニューロンが最初に引いた 4 本の境界は変わらないまま、その組み合わせ方だけを数エポックで最適にします。境界そのものを動かす手段がないので、その後の損失は変わりません。',
        },
        goal: '200 エポック学習し、損失が平らなままであることを確かめる。',
        formula: 'h(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}',
      },
      {
        body: '誤差逆伝播法では、第 1 層の重みの勾配は ∂L/∂w = ∂L/∂a · h′(z) · x になります。ステップ関数は 0 の両側で平らなので h′(z) = 0 となり、損失がどうであっても積全体が 0 です。「ネットワークの中」を開くと、h′ のグラフは 0 に張り付き、第 1 層の勾配の棒は 0 を示します。',
        action: '「ネットワークの中」を開いて再生を押し、第 1 層と出力層の勾配の大きさを読んでください。',
        question: {
          prompt: 'ここで勾配降下法が変えるのは、どの重みでしょう？',
          answers: ['すべての重み（ただしゆっくり）', '出力層のニューロンに入る重みだけ', 'どの重みも変わらない'],
          why: '出力層のニューロンの重みの勾配は ∂L/∂w = δ · a で、a は隠れ層のニューロンの出力 0 か 1 です。0 ではないので、この重みは動きます。一方、第 1 層に届く勾配はすべて h′(z) = 0 を通るのでちょうど 0 になり、隠れ層のニューロンの画像はまったく変わりません。',
        },
        goal: '50 エポック学習し、勾配の棒を読む。',
        formula: '\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}\\, h\'(z)\\, x = 0 \\qquad (h\'(z) = 0)',
      },
      {
        body: 'シグモイド関数 σ(z) = 1/(1 + e^(−z)) は、ステップ関数の角をなめらかにしたような形です。傾きがどこでも 0 にならないので、どのニューロンにも勾配が逆向きに流れます。ステップ関数をなめらかな関数に置き換えたことで、多層のネットワークを誤差逆伝播法で学習できるようになりました。',
        action: '活性化関数をシグモイドに切り替えて、再生を押してください。',
        goal: 'すべての隠れ層がシグモイドになり、テスト損失が 0.1 を下回る。',
        formula: '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\qquad \\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) > 0',
      },
    ],
  },
};
