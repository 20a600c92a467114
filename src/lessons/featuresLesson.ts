/**
 * Idea 16: hand-made features against learned ones. With no hidden layer the network is one
 * neuron, z = Σ wᵢxᵢ + b, and draws one straight line: XOR and the circle stay at loss 0.5.
 * Given x₁x₂ (XOR) or x₁², x₂² (circle) as inputs, that same single neuron solves them within
 * 30 epochs; given only x₁, x₂ and a hidden layer of four, the network makes its own features.
 */
import type { LessonModule } from './types';

const BASE = 'noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&activation=tanh&networkShape=';
const PLAIN = 'x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&sinX=false&sinY=false&cosX=false&cosY=false';
const XOR = `dataset=xor&${BASE}&${PLAIN}`;
const CIRCLE = `dataset=circle&${BASE}&${PLAIN}`;
const CONTROLS = ['x', 'y', 'xTimesY', 'xSquared', 'ySquared', 'sinX', 'sinY', 'numHiddenLayers'] as const;

export const features: LessonModule = {
  lesson: {
    id: 'features',
    idea: 16,
    steps: [
      {
        setup: XOR,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 50 }],
        solution: '',
        budget: 60,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: XOR,
        goal: [{ kind: 'atMostNeurons', value: 0 }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'xTimesY=true',
        budget: 100,
        highlight: 'feature-xTimesY',
        controls: CONTROLS,
      },
      {
        setup: CIRCLE,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'atMostNeurons', value: 0 }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'xSquared=true&ySquared=true',
        budget: 100,
        highlight: 'feature-xSquared',
        controls: CONTROLS,
      },
      {
        setup: XOR,
        goal: [{ kind: 'testLossBelow', value: 0.05 }],
        solution: 'networkShape=4',
        budget: 300,
        highlight: 'add-layer',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Hand-made features and learned features',
    summary: 'Give a linear model the right input, such as x₁x₂ for XOR, and it needs no hidden layer; a hidden layer learns such features by itself.',
    steps: [
      {
        body: 'No hidden layer: the network is a single neuron, z = w₁x₁ + w₂x₂ + b, squashed by tanh. Its boundary is where z = 0, a straight line. XOR puts one class in the top-right and bottom-left quarters and the other in the remaining two.',
        action: 'Press play and watch the boundary.',
        question: {
          prompt: 'With inputs x₁ and x₂ and no hidden layer, can the network separate XOR?',
          answers: ['Yes, given enough epochs', 'No: no straight line separates the four quarters'],
          why: 'Any line leaves one quarter of each class on the wrong side. This is the classic limit of a single-layer perceptron: the loss stays at about 0.5.',
        },
        goal: 'Train for 50 epochs and see the loss stay near 0.5.',
      },
      {
        body: 'The sign of the product x₁x₂ is exactly the XOR pattern: positive in the top-right and bottom-left quarters, negative in the other two. Given x₁x₂ as one more input, the single neuron only has to look at its sign.',
        action: 'Turn on the feature x₁x₂ among the inputs (keep no hidden layer) and press play.',
        goal: 'Still no hidden neuron, and the test loss falls below 0.05.',
        formula: 'z = w_1 x_1 + w_2 x_2 + w_3\\, x_1 x_2 + b',
      },
      {
        body: 'The circle, still with no hidden layer, so z = 0 is again a straight line in x₁ and x₂. Inside a circle means x₁² + x₂² < r²: a sum of two inputs we could give the neuron.',
        action: 'Turn on the inputs that make the circle a straight line for this neuron, then press play.',
        question: {
          prompt: 'Which features let a single neuron draw the circle?',
          answers: ['x₁² and x₂²', 'sin x₁ and sin x₂', 'x₁x₂'],
          why: 'With x₁² and x₂² as inputs, z = w₃x₁² + w₄x₂² + b is zero on a circle (or an ellipse) when w₃ and w₄ have the same sign: the boundary is straight in the new inputs and round in the plane. x₁x₂ gives the XOR pattern and sin a wave, not a ring.',
        },
        goal: 'Still no hidden neuron, and the test loss falls below 0.05.',
        formula: 'z = w_3 x_1^2 + w_4 x_2^2 + b',
      },
      {
        body: 'Back to XOR with only x₁ and x₂. Instead of designing a feature, give the network a hidden layer: each hidden neuron draws its own line, and the output neuron combines them. The hidden neurons are features the network learned.',
        action: 'Add a hidden layer and set it to 4 neurons, press play, then hover the hidden neurons to see the features they learned.',
        goal: 'The test loss falls below 0.05.',
      },
    ],
  },
  ja: {
    title: '人が作る特徴量と、学習される特徴量',
    summary: 'XOR なら x₁x₂ のように、線形なモデルに合った入力を与えれば隠れ層はいらない。隠れ層はそうした特徴量を自分で学習する。',
    steps: [
      {
        body: '隠れ層がないので、ネットワークは z = w₁x₁ + w₂x₂ + b を tanh でつぶすニューロン 1 つだけです。決定境界は z = 0 となる直線です。XOR は右上と左下の象限に一方のクラス、残りの 2 つの象限にもう一方のクラスがあります。',
        action: '再生を押して、決定境界を見てください。',
        question: {
          prompt: '入力が x₁ と x₂ だけで隠れ層がないとき、XOR を分けられるでしょうか？',
          answers: ['十分に学習すれば分けられる', '分けられない：4 つの象限を分ける直線はない'],
          why: 'どんな直線を引いても、どちらかのクラスの象限が 1 つ反対側に残ります。これは単層パーセプトロンの古典的な限界で、損失は 0.5 付近のままです。',
        },
        goal: '50 エポック学習し、損失が 0.5 付近から動かないのを確かめる。',
      },
      {
        body: '積 x₁x₂ の符号は、XOR の模様そのものです。右上と左下の象限で正、残りの 2 つで負になります。x₁x₂ を入力に加えれば、1 つのニューロンはその符号を見るだけで済みます。',
        action: '隠れ層はないまま、入力の特徴量 x₁x₂ をオンにして再生してください。',
        goal: '隠れ層のニューロンは 0 個のまま、テスト損失が 0.05 を下回る。',
        formula: 'z = w_1 x_1 + w_2 x_2 + w_3\\, x_1 x_2 + b',
      },
      {
        body: '今度は円です。隠れ層はまだないので、z = 0 は x₁ と x₂ についてやはり直線です。円の内側とは x₁² + x₂² < r² のことで、これはニューロンに与えられる 2 つの入力の和です。',
        action: 'このニューロンにとって円が直線になるような入力をオンにしてから、再生してください。',
        question: {
          prompt: 'どの特徴量があれば、1 つのニューロンで円を描けるでしょう？',
          answers: ['x₁² と x₂²', 'sin x₁ と sin x₂', 'x₁x₂'],
          why: 'x₁² と x₂² を入力にすると、w₃ と w₄ が同じ符号のとき z = w₃x₁² + w₄x₂² + b = 0 は円（または楕円）になります。新しい入力の上では直線、平面の上では丸い境界です。x₁x₂ は XOR の模様、sin は波の模様になり、輪にはなりません。',
        },
        goal: '隠れ層のニューロンは 0 個のまま、テスト損失が 0.05 を下回る。',
        formula: 'z = w_3 x_1^2 + w_4 x_2^2 + b',
      },
      {
        body: 'XOR に戻り、入力は x₁ と x₂ だけにします。特徴量を人が考える代わりに、隠れ層を与えます。隠れ層の各ニューロンがそれぞれ直線を引き、出力ニューロンがそれらを組み合わせます。隠れ層のニューロンは、ネットワークが学習した特徴量です。',
        action: '隠れ層を 1 つ追加してニューロンを 4 個にし、再生してから、隠れ層のニューロンにマウスを重ねて学習された特徴量を見てください。',
        goal: 'テスト損失が 0.05 を下回る。',
      },
    ],
  },
};
