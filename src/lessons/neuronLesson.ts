/** Idea 1: a neuron is z = Σ wᵢxᵢ + b, a = h(z); its picture over the plane is one soft straight edge. */
import type { LessonModule } from './types';

const BASE = 'noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true';
const GAUSS = `dataset=gauss&${BASE}`;
const CIRCLE = `dataset=circle&${BASE}`;

export const neuron: LessonModule = {
  lesson: {
    id: 'neuron',
    idea: 1,
    steps: [
      {
        setup: `${GAUSS}&networkShape=1&activation=tanh`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testAccuracyAbove', value: 0.95 }],
        solution: '',
        budget: 100,
        highlight: 'network-diagram',
        controls: [],
      },
      {
        setup: `${GAUSS}&networkShape=1&activation=tanh`,
        question: { answers: 3, correct: [0] },
        // The hidden neuron's bias square (networkDom: bias-<layer>-<index>).
        highlight: 'bias-1-0',
        controls: [],
      },
      {
        setup: `${CIRCLE}&networkShape=1&activation=tanh`,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'atMostNeurons', value: 4 }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'networkShape=4',
        budget: 300,
        highlight: 'network-diagram',
        controls: ['numHiddenLayers'],
      },
      {
        setup: `${CIRCLE}&networkShape=4&activation=tanh`,
        goal: [{ kind: 'activation', value: 'relu' }, { kind: 'testLossBelow', value: 0.05 }],
        solution: 'activation=relu',
        budget: 200,
        highlight: 'activation',
        controls: ['activation'],
      },
    ],
  },
  en: {
    title: 'What one neuron computes',
    summary: 'A neuron adds up its weighted inputs and a bias, z = Σ wᵢxᵢ + b, then applies its activation: a = h(z).',
    steps: [
      {
        body: 'This network has a single hidden neuron. It takes the two inputs x₁ and x₂, multiplies each by its weight, adds the bias, z = w₁x₁ + w₂x₂ + b, and passes z through the activation function: a = h(z), here h = tanh. Its picture shows a for every point of the plane.',
        action: 'Press play, then hover the hidden neuron to read its weights, its bias and the values of z and a at a point.',
        question: {
          prompt: 'What does the picture of this one neuron look like over the plane?',
          answers: ['Two halves split by a straight line, blurred along it', 'A ring around the centre', 'A different colour at every point, with no pattern'],
          why: 'z = w₁x₁ + w₂x₂ + b takes the same value all along any straight line perpendicular to (w₁, w₂); z = 0 is one of those lines. tanh turns negative z orange and positive z blue, softly near 0: one straight, blurred edge.',
        },
        goal: 'Test accuracy above 95%: one straight edge is all these two clusters need.',
        formula: 'z = \\sum_i w_i x_i + b, \\qquad a = h(z)',
      },
      {
        body: 'The edge is where z = 0, that is where w₁x₁ + w₂x₂ = −b. The weights set which way the line runs (it is perpendicular to the vector (w₁, w₂)); the bias sets how far it lies from the centre. The small square at the neuron’s corner is its bias: click it to type a new value.',
        action: 'Click the hidden neuron’s small bias square, type a larger value such as 2, and watch its picture.',
        question: {
          prompt: 'You make the bias b larger and keep the weights. What happens to the neuron’s edge?',
          answers: ['It slides sideways and keeps its direction', 'It turns around the centre', 'It bends into a curve'],
          why: 'The edge is the line w₁x₁ + w₂x₂ = −b. Changing b changes only the right-hand side, so the line moves parallel to itself; only the weights can turn it, and nothing in z can bend it.',
        },
      },
      {
        body: 'Now the points of one class sit inside a circle. One neuron still draws one straight edge. The output neuron is a neuron too: z = Σ wᵢaᵢ + b over the hidden neurons’ outputs aᵢ, so it can combine several edges into one shape.',
        action: 'Add neurons to the hidden layer until it has four, then press play.',
        question: {
          prompt: 'With the single hidden neuron it has now, can the network separate the circle?',
          answers: ['Yes, given enough epochs', 'No: one neuron gives the output one straight edge to work with'],
          why: 'The output neuron sees only one number a₁, and a₁ is constant along straight lines; whatever the output does with it, its boundary is straight too. A closed shape needs several edges facing different ways.',
        },
        goal: 'At most four hidden neurons, and the test loss below 0.05.',
      },
      {
        body: 'The activation h decides what a neuron does with its z. tanh gives a soft step from −1 to 1. ReLU, h(z) = max(0, z), gives 0 on one side of the edge and a ramp that grows with z on the other. Same z, same straight edge, a different picture.',
        action: 'Switch the activation to ReLU, press play and hover the hidden neurons again.',
        goal: 'Every hidden layer uses ReLU, and the test loss falls below 0.05.',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z)',
      },
    ],
  },
  ja: {
    title: 'ニューロン 1 個が計算していること',
    summary: 'ニューロンは入力に重みを掛けてバイアスと足し合わせ（z = Σ wᵢxᵢ + b）、活性化関数に通す（a = h(z)）。',
    steps: [
      {
        body: 'このネットワークの隠れ層には、ニューロンが 1 個だけあります。2 つの入力 x₁、x₂ にそれぞれの重みを掛け、バイアスを足して z = w₁x₁ + w₂x₂ + b を作り、それを活性化関数に通して a = h(z) を出力します（ここでは h = tanh）。ニューロンの画像は、平面上の各点での a を色で表したものです。',
        action: '再生を押してから隠れ層のニューロンにマウスを重ね、重み・バイアスと、ある点での z と a の値を読んでください。',
        question: {
          prompt: 'このニューロン 1 個の画像は、平面上でどんな模様になるでしょう？',
          answers: ['直線で 2 つに分かれ、その線の近くがぼやけている', '中心を囲む輪', '点ごとにばらばらの色で、模様はない'],
          why: 'z = w₁x₁ + w₂x₂ + b は、(w₁, w₂) に垂直な直線の上ではどこでも同じ値になり、z = 0 もそうした直線の 1 本です。tanh は負の z をオレンジに、正の z を青にし、0 の近くはなだらかに変わります。だから、ぼやけた直線の境界が 1 本できます。',
        },
        goal: 'テスト正解率が 95% を超える。この 2 つのかたまりなら、直線 1 本で分けられます。',
        formula: 'z = \\sum_i w_i x_i + b, \\qquad a = h(z)',
      },
      {
        body: '境界は z = 0、つまり w₁x₁ + w₂x₂ = −b となる直線です。重みは直線の向きを決め（直線はベクトル (w₁, w₂) に垂直です）、バイアスは中心からの距離を決めます。ニューロンの角にある小さな四角がバイアスで、クリックすると値を書き換えられます。',
        action: '隠れ層のニューロンのバイアス（小さな四角）をクリックして 2 などの大きな値を入力し、画像がどう変わるか見てください。',
        question: {
          prompt: '重みはそのままで、バイアス b だけを大きくします。ニューロンの境界はどうなるでしょう？',
          answers: ['向きを保ったまま横にずれる', '中心のまわりを回転する', '曲がって曲線になる'],
          why: '境界は直線 w₁x₁ + w₂x₂ = −b です。b を変えると右辺だけが変わるので、直線は平行に移動します。向きを変えられるのは重みだけで、z の式のどこにも直線を曲げる要素はありません。',
        },
      },
      {
        body: '今度は一方のクラスの点が円の内側にあります。ニューロン 1 個が引けるのは、やはり直線の境界 1 本です。出力層のニューロンもニューロンなので、隠れ層の出力 aᵢ を入力にして z = Σ wᵢaᵢ + b を計算します。つまり、何本かの境界を組み合わせて 1 つの形を作れます。',
        action: '隠れ層のニューロンを 4 個になるまで増やしてから、再生を押してください。',
        question: {
          prompt: '今の隠れ層のニューロン 1 個のままで、このネットワークは円を分けられるでしょうか？',
          answers: ['分けられる：十分に学習すればよい', '分けられない：出力層が使える境界が直線 1 本しかない'],
          why: '出力層のニューロンが受け取るのは a₁ という 1 つの数だけで、a₁ は直線に沿って一定です。それをどう加工しても、出力の境界も直線になります。閉じた形を作るには、向きの違う境界が何本か必要です。',
        },
        goal: '隠れ層のニューロンが合わせて 4 個以下で、テスト損失が 0.05 を下回る。',
      },
      {
        body: 'z をどう出力に変えるかは活性化関数 h が決めます。tanh は −1 から 1 へなだらかに切り替わります。ReLU、h(z) = max(0, z) は、境界の片側では 0、反対側では z に比例して大きくなる坂になります。z も直線の境界も同じで、画像だけが変わります。',
        action: '活性化関数を ReLU に切り替えて再生を押し、もう一度隠れ層のニューロンにマウスを重ねてください。',
        goal: 'すべての隠れ層が ReLU になり、テスト損失が 0.05 を下回る。',
        formula: '\\mathrm{ReLU}(z) = \\max(0, z)',
      },
    ],
  },
};
