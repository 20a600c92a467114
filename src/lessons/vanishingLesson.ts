/**
 * Idea 12: vanishing gradients. Six sigmoid layers on the circle do not learn in 1000 epochs:
 * the gradient shrinks several times over at each layer towards the input (3e-6 at layer 1,
 * 0.1 at the output). One sigmoid layer learns the same circle; six tanh or ReLU layers learn
 * it within 50 epochs.
 */
import type { LessonModule } from './types';

const CIRCLE = 'dataset=circle&noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true';
const DEEP = 'networkShape=6,6,6,6,6,6';
const CONTROLS = ['activation', 'numHiddenLayers'] as const;

export const vanishing: LessonModule = {
  lesson: {
    id: 'vanishing',
    idea: 12,
    steps: [
      {
        setup: `${CIRCLE}&${DEEP}&activation=sigmoid`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: '',
        budget: 110,
        highlight: 'open-inside',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&${DEEP}&activation=sigmoid`,
        goal: [{ kind: 'atMostNeurons', value: 6 }, { kind: 'testLossBelow', value: 0.1 }],
        solution: 'networkShape=6',
        budget: 300,
        highlight: 'remove-layer',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&${DEEP}&activation=sigmoid`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'activation', value: 'tanh' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=tanh',
        budget: 200,
        highlight: 'activation',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&${DEEP}&activation=sigmoid`,
        goal: [{ kind: 'activation', value: 'relu' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=relu',
        budget: 200,
        highlight: 'activation',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Vanishing gradients in deep sigmoid networks',
    summary: 'Backpropagation multiplies by σ′(z) ≤ 0.25 at every sigmoid layer, so the gradient fades before it reaches the first layers.',
    steps: [
      {
        body: 'Six hidden layers of sigmoid neurons. Backpropagation carries the error from the output back to the input by the chain rule, and at every sigmoid layer it multiplies by the derivative σ′(z) = σ(z)(1 − σ(z)), which is never more than 0.25. Inside the network shows the size of the gradient ∂L/∂W of each layer.',
        action: 'Open Inside the network, press play, and read the gradient size of each layer.',
        question: {
          prompt: 'Which layer’s weights receive the smallest gradient?',
          answers: ['Layer 1, next to the input', 'Layer 6, next to the output', 'All layers about the same'],
          why: 'The error enters at the output and is multiplied by σ′ ≤ 0.25 (and by the weights) at every layer on its way back. Here the gradient is about 0.1 at the output and about 3 × 10⁻⁶ at layer 1: the first layers hardly move, and the test loss stays at 0.5.',
        },
        goal: 'Train for 100 epochs and see the loss stay at 0.5.',
        formula: '\\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) \\le \\tfrac14',
      },
      {
        body: 'The same circle, the same sigmoid. With fewer layers there are fewer factors of at most 0.25 between the loss and the first weights, so the gradient arrives with enough size to learn.',
        action: 'Remove hidden layers until one layer of six neurons is left, then press play.',
        goal: 'At most 6 hidden neurons (one layer), and the test loss falls below 0.1.',
      },
      {
        body: 'Back to six layers. tanh has the same S shape as sigmoid, but its derivative 1 − tanh²(z) reaches 1 at z = 0, four times sigmoid’s best, and its outputs are centred on 0.',
        action: 'Switch the activation to tanh and press play.',
        question: {
          prompt: 'Six layers of tanh, the same depth that stopped sigmoid: will it learn the circle?',
          answers: ['Yes: the gradient no longer shrinks fourfold at every layer', 'No: six layers are too deep for any S-shaped function'],
          why: 'Near z = 0 tanh′ is close to 1, so the gradient passes each layer with little loss: the test loss falls below 0.05 within about 50 epochs. tanh can still saturate where |z| is large; it only vanishes much less.',
        },
        goal: 'Every hidden layer uses tanh, and the test loss falls below 0.05.',
        formula: '\\tanh\'(z) = 1 - \\tanh^2(z) \\le 1',
      },
      {
        body: 'ReLU’s derivative is exactly 1 wherever the neuron is active (z > 0), so an active path passes the gradient back without shrinking it. This is a main reason deep networks use ReLU.',
        action: 'Switch the activation to ReLU, press play, and compare the gradient sizes per layer with the first step.',
        goal: 'Every hidden layer uses ReLU, and the test loss falls below 0.05.',
        formula: '\\mathrm{ReLU}\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}',
      },
    ],
  },
  ja: {
    title: '深い sigmoid ネットワークの勾配消失',
    summary: '誤差逆伝播法は sigmoid の層を通るたびに σ′(z) ≤ 0.25 を掛けるので、勾配は入力側の層に届く前に消えてしまう。',
    steps: [
      {
        body: 'sigmoid のニューロンの隠れ層が 6 つあります。誤差逆伝播法は連鎖律で誤差を出力から入力へ運びますが、sigmoid の層を通るたびに微分 σ′(z) = σ(z)(1 − σ(z)) を掛けます。この値は最大でも 0.25 です。「ネットワークの中」で、層ごとの勾配 ∂L/∂W の大きさを見られます。',
        action: '「ネットワークの中」を開いて再生し、各層の勾配の大きさを読んでください。',
        question: {
          prompt: '勾配がいちばん小さくなるのは、どの層の重みでしょう？',
          answers: ['入力に近い 1 層目', '出力に近い 6 層目', 'どの層もほぼ同じ'],
          why: '誤差は出力から入り、戻る途中の各層で σ′ ≤ 0.25（と重み）を掛けられます。ここでは勾配が出力で約 0.1、1 層目で約 3 × 10⁻⁶ です。入力側の層はほとんど動かず、テスト損失は 0.5 のままです。',
        },
        goal: '100 エポック学習し、損失が 0.5 のまま動かないのを確かめる。',
        formula: '\\sigma\'(z) = \\sigma(z)\\,(1 - \\sigma(z)) \\le \\tfrac14',
      },
      {
        body: '同じ円、同じ sigmoid です。層が少なければ、損失から最初の重みまでの間に掛かる「0.25 以下の因子」も少なくなり、勾配が学習に足りる大きさのまま届きます。',
        action: '隠れ層を削って、ニューロン 6 個の層を 1 つだけにしてから再生してください。',
        goal: '隠れ層のニューロンが 6 個以下（1 層）で、テスト損失が 0.1 を下回る。',
      },
      {
        body: '6 層に戻します。tanh は sigmoid と同じ S 字形ですが、微分 1 − tanh²(z) は z = 0 で 1 になり、sigmoid の最大値の 4 倍です。出力も 0 を中心に分布します。',
        action: '活性化関数を tanh に切り替えて再生してください。',
        question: {
          prompt: 'sigmoid では学習できなかったのと同じ 6 層を tanh にすると、円を学習できるでしょうか？',
          answers: ['できる：層ごとに勾配が 4 分の 1 に縮むことがなくなる', 'できない：S 字形の関数では 6 層は深すぎる'],
          why: 'z = 0 の付近では tanh′ は 1 に近いので、勾配は各層をほとんど減らずに通ります。約 50 エポックでテスト損失は 0.05 を下回ります。ただし |z| が大きいところでは tanh も飽和します。勾配消失が起きにくいだけで、なくなるわけではありません。',
        },
        goal: 'すべての隠れ層が tanh になり、テスト損失が 0.05 を下回る。',
        formula: '\\tanh\'(z) = 1 - \\tanh^2(z) \\le 1',
      },
      {
        body: 'ReLU の微分は、ニューロンが活性（z > 0）なところではちょうど 1 です。活性なニューロンを通る経路では、勾配が縮まずに逆伝播します。深いネットワークで ReLU が使われる大きな理由の 1 つです。',
        action: '活性化関数を ReLU に切り替えて再生し、層ごとの勾配の大きさを最初のステップと比べてください。',
        goal: 'すべての隠れ層が ReLU になり、テスト損失が 0.05 を下回る。',
        formula: '\\mathrm{ReLU}\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}',
      },
    ],
  },
};
