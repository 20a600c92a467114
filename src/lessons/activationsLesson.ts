/** Idea 4: sigmoid, tanh and ReLU, each with its derivative, and what the derivative does to learning. */
import type { LessonModule } from './types';

const CIRCLE = 'dataset=circle&noise=0&percTrainData=50&batchSize=10&learningRate=0.1&seed=0.12345&x=true&y=true&networkShape=4';

export const activations: LessonModule = {
  lesson: {
    id: 'activations',
    idea: 4,
    steps: [
      {
        setup: `${CIRCLE}&activation=sigmoid`,
        question: { answers: 3, correct: [2] },
        goal: [{ kind: 'testLossBelow', value: 0.05 }],
        solution: '',
        budget: 300,
        highlight: 'open-inside',
        controls: ['activation'],
      },
      {
        setup: `${CIRCLE}&activation=sigmoid`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'activation', value: 'tanh' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=tanh',
        budget: 150,
        highlight: 'activation',
        controls: ['activation'],
      },
      {
        setup: `${CIRCLE}&activation=tanh`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'activation', value: 'relu' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=relu',
        budget: 100,
        highlight: 'activation',
        controls: ['activation'],
      },
    ],
  },
  en: {
    title: 'Sigmoid, tanh and ReLU, and their derivatives',
    summary: 'Each activation squashes z its own way, and its derivative decides how much gradient passes back.',
    steps: [
      {
        body: 'The hidden neurons use the sigmoid, which squashes any z into (0, 1). Under Inside the network you see the function and, beside it, its derivative: backpropagation multiplies the gradient by h′(z) at every neuron it passes, so the height of that curve matters as much as the shape of the function.',
        action: 'Open Inside the network, look at the sigmoid’s derivative, then press play and note how many epochs the circle takes.',
        question: {
          prompt: 'What is the largest value the sigmoid’s derivative σ′(z) reaches?',
          answers: ['1', '0.5', '0.25'],
          why: 'σ′ = σ(1 − σ) is largest where σ = 0.5, at z = 0: 0.5 × 0.5 = 0.25. So each sigmoid layer passes back at most a quarter of the gradient it receives.',
        },
        goal: 'Test loss below 0.05.',
        formula: '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\qquad \\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) \\le 0.25',
      },
      {
        body: 'tanh squashes z into (−1, 1). It is a sigmoid stretched and shifted, tanh(z) = 2σ(2z) − 1, so it has the same S shape, but centred on 0 and four times as steep in the middle. Same data, same network, same learning rate.',
        action: 'Switch the activation to tanh, press play and compare the epochs it needs with the sigmoid’s.',
        question: {
          prompt: 'What is tanh′(0), the slope of tanh at its centre?',
          answers: ['1: four times the sigmoid’s 0.25', '0.25: the same as the sigmoid', '0: it is flat there'],
          why: 'tanh′ = 1 − tanh², and tanh(0) = 0, so tanh′(0) = 1. A steeper slope passes back more gradient, and outputs centred on 0 give the next layer inputs of both signs: tanh usually learns faster than the sigmoid.',
        },
        goal: 'Every hidden layer uses tanh, and the test loss falls below 0.05.',
        formula: '\\tanh\'(z) = 1 - \\tanh^2(z), \\qquad \\tanh\'(0) = 1',
      },
      {
        body: 'ReLU is max(0, z): no squashing at all for positive z. Its derivative is 1 where z > 0 and 0 where z < 0, so a neuron either passes the gradient back unchanged or passes nothing. Look at its derivative under Inside the network: a step, not a bump.',
        action: 'Switch the activation to ReLU and press play.',
        question: {
          prompt: 'A ReLU neuron has z < 0 for every training point. What happens to it?',
          answers: ['It learns faster than the others', 'It stops learning: its gradient is 0 at every point (a “dead” ReLU)', 'It turns into a linear neuron'],
          why: 'Where z < 0, ReLU′(z) = 0, so nothing flows back to its weights and bias. If that holds for every point, no update can ever bring it back. Elsewhere the derivative is exactly 1, which is why ReLU does not shrink gradients the way the sigmoid does.',
        },
        goal: 'Every hidden layer uses ReLU, and the test loss falls below 0.05.',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z), \\qquad \\mathrm{ReLU}\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z < 0 \\end{cases}',
      },
    ],
  },
  ja: {
    title: 'シグモイド、tanh、ReLU とその微分',
    summary: '活性化関数はそれぞれのやり方で z をつぶす。その微分が、逆向きに伝わる勾配の量を決める。',
    steps: [
      {
        body: '隠れ層のニューロンはシグモイド関数を使っています。どんな z も (0, 1) の範囲につぶします。「ネットワークの中」では関数の隣にその導関数が表示されます。誤差逆伝播法は、通過するニューロンごとに勾配に h′(z) を掛けるので、関数の形と同じくらい、この導関数の高さが大事です。',
        action: '「ネットワークの中」を開いてシグモイドの導関数を見てから再生を押し、円を分けるまでに何エポックかかるか覚えておいてください。',
        question: {
          prompt: 'シグモイド関数の導関数 σ′(z) の最大値はいくつでしょう？',
          answers: ['1', '0.5', '0.25'],
          why: 'σ′ = σ(1 − σ) は σ = 0.5 となる z = 0 で最大になり、0.5 × 0.5 = 0.25 です。つまりシグモイドの層は、受け取った勾配の多くても 4 分の 1 しか前の層に返しません。',
        },
        goal: 'テスト損失が 0.05 を下回る。',
        formula: '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\qquad \\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) \\le 0.25',
      },
      {
        body: 'tanh は z を (−1, 1) の範囲につぶします。tanh(z) = 2σ(2z) − 1 と、シグモイド関数を伸ばしてずらしたものなので形は同じ S 字ですが、中心が 0 で、真ん中の傾きは 4 倍です。データもネットワークも学習率も同じです。',
        action: '活性化関数を tanh に切り替えて再生を押し、かかるエポック数をシグモイドのときと比べてください。',
        question: {
          prompt: '中心での tanh の傾き、tanh′(0) はいくつでしょう？',
          answers: ['1：シグモイドの 0.25 の 4 倍', '0.25：シグモイドと同じ', '0：そこでは平ら'],
          why: 'tanh′ = 1 − tanh² で tanh(0) = 0 なので、tanh′(0) = 1 です。傾きが大きいほど多くの勾配が逆向きに伝わり、また出力が 0 を中心に正負両方の値をとるので次の層の入力も偏りません。そのため tanh はたいていシグモイドより速く学習します。',
        },
        goal: 'すべての隠れ層が tanh になり、テスト損失が 0.05 を下回る。',
        formula: '\\tanh\'(z) = 1 - \\tanh^2(z), \\qquad \\tanh\'(0) = 1',
      },
      {
        body: 'ReLU は max(0, z) で、z が正なら少しもつぶしません。導関数は z > 0 で 1、z < 0 で 0 なので、ニューロンは勾配をそのまま返すか、まったく返さないかのどちらかです。「ネットワークの中」で導関数を見てみましょう。山形ではなく段差になっています。',
        action: '活性化関数を ReLU に切り替えて、再生を押してください。',
        question: {
          prompt: 'ある ReLU のニューロンで、すべての訓練データについて z < 0 になりました。このニューロンはどうなるでしょう？',
          answers: ['ほかのニューロンより速く学習する', '学習が止まる：どの点でも勾配が 0（「死んだ」ReLU）', '線形なニューロンに変わる'],
          why: 'z < 0 では ReLU′(z) = 0 なので、そのニューロンの重みとバイアスには何も伝わりません。それがすべての点で起きると、どんな更新でも元に戻せなくなります。一方、それ以外では導関数がちょうど 1 なので、ReLU はシグモイドのように勾配を小さくしません。',
        },
        goal: 'すべての隠れ層が ReLU になり、テスト損失が 0.05 を下回る。',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z), \\qquad \\mathrm{ReLU}\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z < 0 \\end{cases}',
      },
    ],
  },
};
