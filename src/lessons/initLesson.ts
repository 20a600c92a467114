/**
 * Idea 11: the starting weights matter. All zeros keeps every neuron of a layer identical (the
 * circle never comes); Xavier's σ = 1/√n starts a tanh net well; in a deep ReLU net Xavier's
 * spread shrinks layer after layer (about twentyfold over eight layers here) while He's
 * σ = √(2/n) keeps it, and He reaches the goal in fewer epochs (40 against 90 on this seed).
 */
import type { LessonModule } from './types';

const CIRCLE = 'dataset=circle&noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true&networkShape=4,4&activation=tanh';
const DEEP_RELU =
  'dataset=xor&noise=0&percTrainData=50&batchSize=10&learningRate=0.003&seed=0.12345&x=true&y=true&networkShape=8,8,8,8,8,8,8,8&activation=relu';
const CONTROLS = ['init', 'activation', 'numHiddenLayers'] as const;

export const init: LessonModule = {
  lesson: {
    id: 'init',
    idea: 11,
    steps: [
      {
        setup: `${CIRCLE}&init=zeros`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: '',
        budget: 110,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&init=zeros`,
        goal: [{ kind: 'testLossBelow', value: 0.05 }],
        solution: 'init=xavier',
        budget: 200,
        highlight: 'init',
        controls: CONTROLS,
      },
      {
        setup: `${DEEP_RELU}&init=xavier`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.1 }],
        solution: '',
        budget: 200,
        highlight: 'layer-histograms',
        controls: CONTROLS,
      },
      {
        setup: `${DEEP_RELU}&init=xavier`,
        goal: [{ kind: 'testLossBelow', value: 0.1 }],
        solution: 'init=he',
        budget: 100,
        highlight: 'init',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Initial weights: zeros, Xavier and He',
    summary: 'All-zero weights keep every neuron identical; Xavier suits sigmoid and tanh, He suits ReLU.',
    steps: [
      {
        body: 'Every weight and bias starts at 0. Then all four neurons of a layer compute the same z = Σ wᵢxᵢ + b, pass the same error back, and receive the same gradient ∂L/∂W: whatever one does, all do. With tanh the weights’ gradients are even exactly 0, since every hidden output is tanh(0) = 0: only the output bias moves.',
        action: 'Press play and hover the hidden neurons: compare their pictures.',
        question: {
          prompt: 'All weights start at 0. After training, will the neurons of the first layer differ from each other?',
          answers: ['No: they stay identical, as if the layer had one neuron', 'Yes: training gives each neuron its own feature'],
          why: 'Identical neurons get identical gradients, so one update cannot make them differ, nor can the next. Random starting weights break this symmetry. Here the test loss also stays at 0.5: the circle is never learned.',
        },
        goal: 'Train for 100 epochs and see the loss stay at 0.5.',
      },
      {
        body: 'Xavier initialisation draws each weight at random with standard deviation σ = 1/√n, n being the number of inputs to the neuron. Random weights make the neurons differ; the 1/√n keeps z = Σ wᵢxᵢ from growing with n, so tanh and sigmoid start in their steep middle rather than in their flat tails.',
        action: 'In More settings, set the initialisation to Xavier and press play.',
        goal: 'The test loss falls below 0.05.',
        formula: '\\sigma = \\frac{1}{\\sqrt{n}}',
      },
      {
        body: 'Eight ReLU layers of eight neurons, started with Xavier. ReLU sets about half of its inputs to 0, so each layer passes on only about half the variance it received. The histograms in Inside the network show each layer’s activations on one shared axis.',
        action: 'Open Inside the network, look at the histograms from layer 1 down to layer 8, then press play and note the epoch at which the goal turns green.',
        question: {
          prompt: 'ReLU with Xavier’s σ = 1/√n: how does the spread of the activations change from layer 1 to layer 8?',
          answers: ['It shrinks, layer after layer', 'It stays about the same', 'It grows, layer after layer'],
          why: 'Each ReLU layer halves the variance it passes on, so eight layers shrink it by about 2⁸: the spread falls from about 1.3 in layer 1 to about 0.06 in layer 8. The gradients flowing back shrink the same way, and training is slow to start.',
        },
        goal: 'The test loss falls below 0.1.',
      },
      {
        body: 'He initialisation uses σ = √(2/n): twice Xavier’s variance, which makes up for the half that ReLU sets to 0. The spread then stays about the same from the first layer to the last, and so does the size of the gradients.',
        action: 'In More settings, set the initialisation to He, press play, and compare the histograms and the epoch with the previous step.',
        goal: 'The test loss falls below 0.1 (here in about 40 epochs, against about 90 with Xavier).',
        formula: '\\sigma = \\sqrt{\\frac{2}{n}}',
      },
    ],
  },
  ja: {
    title: '重みの初期値：ゼロ・Xavier・He',
    summary: '重みをすべて 0 にするとニューロンが皆同じになる。sigmoid・tanh には Xavier、ReLU には He の初期値が合う。',
    steps: [
      {
        body: '重みもバイアスもすべて 0 から始めます。すると同じ層の 4 つのニューロンは同じ z = Σ wᵢxᵢ + b を計算し、同じ誤差を逆伝播し、同じ勾配 ∂L/∂W を受け取ります。1 つが動けば全部が同じように動きます。tanh の場合は隠れ層の出力がすべて tanh(0) = 0 なので、重みの勾配はちょうど 0 になり、動くのは出力のバイアスだけです。',
        action: '再生を押し、隠れ層のニューロンにマウスを重ねて、それぞれの画像を比べてください。',
        question: {
          prompt: '重みの初期値がすべて 0 です。学習のあと、1 層目のニューロンどうしに違いは出るでしょうか？',
          answers: ['出ない：ニューロンが 1 つしかないのと同じまま', '出る：学習で各ニューロンが別々の特徴を覚える'],
          why: '同じニューロンは同じ勾配を受け取るので、1 回更新しても違いは生まれず、次の更新でも同じです。ランダムな初期値がこの対称性を崩します。ここではテスト損失も 0.5 のままで、円は学習できません。',
        },
        goal: '100 エポック学習し、損失が 0.5 のまま動かないのを確かめる。',
      },
      {
        body: 'Xavier の初期値は、各重みを標準偏差 σ = 1/√n の乱数で決めます（n はそのニューロンへの入力の数）。ランダムなのでニューロンどうしに違いが生まれ、1/√n のおかげで z = Σ wᵢxᵢ が n とともに大きくなりすぎません。そのため tanh や sigmoid は平らな両端ではなく、傾きの大きい中央付近から学習を始められます。',
        action: '「その他の設定」で重みの初期化を Xavier にして、再生してください。',
        goal: 'テスト損失が 0.05 を下回る。',
        formula: '\\sigma = \\frac{1}{\\sqrt{n}}',
      },
      {
        body: 'ニューロン 8 個の ReLU 層を 8 つ重ね、Xavier の初期値で始めます。ReLU は入力のおよそ半分を 0 にするので、各層は受け取った分散のおよそ半分しか次へ渡しません。「ネットワークの中」のヒストグラムは、各層の活性化の分布を共通の横軸で表示します。',
        action: '「ネットワークの中」を開き、1 層目から 8 層目までのヒストグラムを見てから再生し、目標が緑になるエポックを覚えておいてください。',
        question: {
          prompt: 'ReLU に Xavier の σ = 1/√n。活性化の分布の広がりは 1 層目から 8 層目へどう変わるでしょう？',
          answers: ['層を進むごとに狭くなる', 'ほぼ変わらない', '層を進むごとに広くなる'],
          why: 'ReLU の層を通るたびに分散がおよそ半分になるので、8 層でおよそ 2⁸ 分の 1 です。広がり（標準偏差）は 1 層目の約 1.3 から 8 層目の約 0.06 まで縮みます。逆伝播する勾配も同じように小さくなり、学習の立ち上がりが遅くなります。',
        },
        goal: 'テスト損失が 0.1 を下回る。',
      },
      {
        body: 'He の初期値は σ = √(2/n) を使います。分散が Xavier の 2 倍なので、ReLU が 0 にする半分をちょうど補います。すると活性化の広がりは最初の層から最後の層までほぼ同じに保たれ、勾配の大きさも保たれます。',
        action: '「その他の設定」で重みの初期化を He にして再生し、ヒストグラムと目標達成のエポックを前のステップと比べてください。',
        goal: 'テスト損失が 0.1 を下回る（ここでは約 40 エポック。Xavier では約 90 エポック）。',
        formula: '\\sigma = \\sqrt{\\frac{2}{n}}',
      },
    ],
  },
};
