/** Idea 5: the output layer and the loss follow the task: regression, two classes, several classes. */
import type { LessonModule } from './types';

const BASE = 'noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true&networkShape=4&activation=tanh';

export const heads: LessonModule = {
  lesson: {
    id: 'heads',
    idea: 5,
    steps: [
      {
        setup: `problem=regression&regDataset=reg-plane&${BASE}&outputHead=linear-square`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.01 }],
        solution: '',
        budget: 50,
        highlight: 'problem',
        controls: ['problem', 'outputHead'],
      },
      {
        setup: `problem=classification&dataset=circle&${BASE}&outputHead=sigmoid-xent`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.2 }],
        solution: '',
        budget: 300,
        highlight: 'open-settings',
        controls: ['problem', 'outputHead'],
      },
      {
        setup: `problem=multiclass&mcDataset=blobs3&${BASE}&outputHead=softmax-xent`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testAccuracyAbove', value: 0.95 }],
        solution: '',
        budget: 50,
        highlight: 'network-diagram',
        controls: ['problem', 'outputHead'],
      },
    ],
  },
  en: {
    title: 'The output layer and the loss follow the task',
    summary: 'Regression: identity + squared error. Two classes: sigmoid + cross-entropy. Several classes: softmax + cross-entropy.',
    steps: [
      {
        body: 'This is regression: every point carries a number, its colour, and the network must predict that number. The output neuron therefore uses the identity, y = z, so it can produce any real value, and the loss is the squared error between the prediction y and the target t.',
        action: 'Press play and watch the predicted values settle onto the targets.',
        question: {
          prompt: 'Suppose the output neuron used the sigmoid instead of the identity. What could it predict?',
          answers: ['Only values between 0 and 1', 'Any real number, only more slowly', 'Only 0 or 1'],
          why: 'σ squashes every z into (0, 1), so a target of −0.8 or 3 would be out of reach however the weights move. For a number of any size the output must not be squashed: the identity.',
        },
        goal: 'Test loss below 0.01.',
        formula: 'y = z, \\qquad E = \\tfrac{1}{2} \\sum_k (y_k - t_k)^2',
      },
      {
        body: 'Two classes: the output neuron uses the sigmoid, so y = σ(z) in (0, 1) reads as the probability that the point is blue (t = 1). The loss is the cross-entropy, which punishes a confident wrong answer much harder than the squared error would. The output and loss pair is under More settings.',
        action: 'Open More settings to see the output and loss, then press play.',
        question: {
          prompt: 'For a blue point (t = 1) the network outputs y = 0.9. What is its cross-entropy loss?',
          answers: ['−log 0.9 ≈ 0.105', '0.9', '½(1 − 0.9)² = 0.005'],
          why: 'With t = 1 only the first term is left: −log y = −log 0.9 ≈ 0.105 (natural log). Had it said y = 0.01, the loss would be −log 0.01 ≈ 4.6: the more confidently wrong, the larger the loss, without bound.',
        },
        goal: 'Test loss below 0.2.',
        formula: 'y = \\sigma(z), \\qquad E = -\\big[t \\log y + (1 - t) \\log(1 - y)\\big]',
      },
      {
        body: 'Three classes: the output layer has one neuron per class, and softmax turns their z values into probabilities that add up to 1. The loss is the cross-entropy of the right class’s probability. Softmax is computed after subtracting the largest z, which gives the same probabilities without overflowing.',
        action: 'Press play and hover the three output neurons: each shows the probability of its class.',
        question: {
          prompt: 'The output layer gives z = (1000, 1001, 1002). e^1000 overflows to infinity. What does a careful softmax compute?',
          answers: ['e^(zᵢ − 1002) / Σⱼ e^(zⱼ − 1002): the same probabilities, no overflow', 'It clips every z to 100 first', 'It gives up and shows NaN'],
          why: 'Multiplying the numerator and the denominator by the same e^(−max z) leaves every ratio unchanged: (e⁻², e⁻¹, e⁰) / (e⁻² + e⁻¹ + 1) ≈ (0.09, 0.24, 0.67). The largest term becomes e⁰ = 1, so nothing overflows.',
        },
        goal: 'Test accuracy above 95%.',
        formula: 'y_i = \\frac{e^{z_i - \\max z}}{\\sum_j e^{z_j - \\max z}}, \\qquad E = -\\sum_k t_k \\log y_k',
      },
    ],
  },
  ja: {
    title: '出力層と損失関数は問題に合わせて選ぶ',
    summary: '回帰は恒等関数と 2 乗誤差、2 クラス分類はシグモイドと交差エントロピー、多クラス分類はソフトマックスと交差エントロピー。',
    steps: [
      {
        body: 'これは回帰問題です。各点は 1 つの数値（色で表示）を持ち、ネットワークはその数値を予測します。そのため出力層のニューロンは恒等関数 y = z を使い、どんな実数でも出力できるようにします。損失関数は、予測 y と正解 t の 2 乗誤差です。',
        action: '再生を押し、予測値が正解の値に近づいていく様子を見てください。',
        question: {
          prompt: '出力層のニューロンが恒等関数ではなくシグモイド関数を使ったとしたら、どんな値を予測できるでしょう？',
          answers: ['0 から 1 のあいだの値だけ', 'どんな実数でも（ただし学習が遅くなる）', '0 か 1 だけ'],
          why: 'σ はどんな z も (0, 1) につぶすので、重みをどう動かしても −0.8 や 3 といった正解には届きません。大きさの決まっていない数値を出すには、出力をつぶさない恒等関数を使います。',
        },
        goal: 'テスト損失が 0.01 を下回る。',
        formula: 'y = z, \\qquad E = \\tfrac{1}{2} \\sum_k (y_k - t_k)^2',
      },
      {
        body: '2 クラス分類では、出力層のニューロンはシグモイド関数を使います。y = σ(z) は (0, 1) の値なので、その点が青（t = 1）である確率と読めます。損失関数は交差エントロピー誤差で、自信満々の間違いを 2 乗誤差よりずっと重く罰します。出力層と損失関数の組は「その他の設定」にあります。',
        action: '「その他の設定」を開いて出力層と損失関数を確かめてから、再生を押してください。',
        question: {
          prompt: '青い点（t = 1）に対して、ネットワークが y = 0.9 を出力しました。交差エントロピー誤差はいくつでしょう？',
          answers: ['−log 0.9 ≈ 0.105', '0.9', '½(1 − 0.9)² = 0.005'],
          why: 't = 1 なので第 1 項だけが残り、−log y = −log 0.9 ≈ 0.105 です（自然対数）。もし y = 0.01 と答えていたら −log 0.01 ≈ 4.6 になります。自信を持って間違えるほど、損失は際限なく大きくなります。',
        },
        goal: 'テスト損失が 0.2 を下回る。',
        formula: 'y = \\sigma(z), \\qquad E = -\\big[t \\log y + (1 - t) \\log(1 - y)\\big]',
      },
      {
        body: '3 クラスの分類です。出力層にはクラスごとに 1 個ずつニューロンがあり、ソフトマックス関数がそれぞれの z を、合計が 1 になる確率に変えます。損失関数は、正解クラスの確率についての交差エントロピー誤差です。ソフトマックスは z の最大値を引いてから計算するので、同じ確率がオーバーフローせずに求まります。',
        action: '再生を押し、出力層の 3 個のニューロンにマウスを重ねてください。それぞれが自分のクラスの確率を示します。',
        question: {
          prompt: '出力層の z が (1000, 1001, 1002) になりました。e^1000 はオーバーフローして無限大になります。注意深く作ったソフトマックスは何を計算するでしょう？',
          answers: ['e^(zᵢ − 1002) / Σⱼ e^(zⱼ − 1002)：確率は同じで、オーバーフローしない', '先にすべての z を 100 で打ち切る', 'あきらめて NaN を表示する'],
          why: '分子と分母に同じ e^(−max z) を掛けても、比は変わりません。(e⁻², e⁻¹, e⁰) / (e⁻² + e⁻¹ + 1) ≈ (0.09, 0.24, 0.67) です。いちばん大きな項が e⁰ = 1 になるので、オーバーフローは起きません。',
        },
        goal: 'テスト正解率が 95% を超える。',
        formula: 'y_i = \\frac{e^{z_i - \\max z}}{\\sum_j e^{z_j - \\max z}}, \\qquad E = -\\sum_k t_k \\log y_k',
      },
    ],
  },
};
