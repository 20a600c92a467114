/**
 * Idea 13: batch normalisation. The six-layer sigmoid net of the vanishing-gradient lesson,
 * stuck at loss 0.5 with every initialiser, learns the circle within about 50 epochs once batch
 * normalisation is on, whichever initialiser starts it. With mini-batches of one point the
 * batch statistics are meaningless (σ² = 0) and it is stuck again.
 */
import type { LessonModule } from './types';

const DEEP_SIGMOID =
  'dataset=circle&noise=0&percTrainData=50&learningRate=0.03&seed=0.12345&x=true&y=true&networkShape=6,6,6,6,6,6&activation=sigmoid';
const CONTROLS = ['batchNorm', 'init', 'batchSize'] as const;

export const batchNorm: LessonModule = {
  lesson: {
    id: 'batch-norm',
    idea: 13,
    steps: [
      {
        setup: `${DEEP_SIGMOID}&batchSize=10&init=tfp&batchNorm=false`,
        goal: [{ kind: 'epochAtLeast', value: 50 }],
        solution: '',
        budget: 60,
        highlight: 'open-inside',
        controls: CONTROLS,
      },
      {
        setup: `${DEEP_SIGMOID}&batchSize=10&init=tfp&batchNorm=false`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.1 }],
        solution: 'batchNorm=true',
        budget: 200,
        highlight: 'batch-norm',
        controls: CONTROLS,
      },
      {
        setup: `${DEEP_SIGMOID}&batchSize=10&init=tfp&batchNorm=true`,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'testLossBelow', value: 0.1 }],
        solution: 'init=he',
        budget: 200,
        highlight: 'init',
        controls: CONTROLS,
      },
      {
        setup: `${DEEP_SIGMOID}&batchSize=10&init=tfp&batchNorm=true`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: 'batchSize=1',
        budget: 110,
        highlight: 'batch-size',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Batch normalisation',
    summary: 'Normalising each layer over the mini-batch lets a deep network learn, and makes it much less sensitive to the initial weights.',
    steps: [
      {
        body: 'The six sigmoid layers from the vanishing-gradient lesson: the loss stays at 0.5. In Inside the network, every layer’s activations crowd around 0.5 in a small part of sigmoid’s range (0, 1), the output is the same for every point, and the gradient fades towards the input.',
        action: 'Open Inside the network, press play, and look at the histograms of layers 1 to 6.',
        goal: 'Train for 50 epochs with the loss stuck near 0.5.',
      },
      {
        body: 'Batch normalisation rescales every hidden neuron’s z over the mini-batch: subtract the batch mean μ, divide by the batch standard deviation, then apply a learned scale γ and shift β. Each layer then receives inputs with a steady spread, whatever the layers before it do.',
        action: 'In More settings, turn batch normalisation on, press play, and watch the histograms spread out.',
        question: {
          prompt: 'The same stuck network, now with batch normalisation. What happens?',
          answers: ['It learns the circle', 'It stays stuck at 0.5', 'It diverges'],
          why: 'After normalisation every layer’s z is spread around 0 with standard deviation about 1, where sigmoid is steep, so the gradient no longer fades on its way back: the test loss falls below 0.1 within about 50 epochs.',
        },
        goal: 'The test loss falls below 0.1.',
        formula: '\\begin{gathered} \\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}} \\\\ y = \\gamma \\hat{x} + \\beta \\end{gathered}',
      },
      {
        body: 'Without batch normalisation this deep sigmoid network is stuck with every initialiser: TF’s ±0.5, Xavier, Glorot and He alike. Batch normalisation is on now, with TF’s initial weights.',
        action: 'In More settings, set the initialisation to He (or any other) and press play.',
        question: {
          prompt: 'With batch normalisation on, does the choice of initial weights still decide whether this network learns?',
          answers: ['Yes: only Xavier will work with sigmoid', 'No: it learns with any of them'],
          why: 'Batch normalisation divides out the scale the initial weights give z, so a layer receives the same spread whatever σ the weights were drawn with. Here each initialiser gets the test loss below 0.1 within about 150 epochs.',
        },
        goal: 'The test loss falls below 0.1.',
      },
      {
        body: 'μ and σ² are measured over the mini-batch. The larger the batch, the better they estimate the layer’s true statistics; the batch size is 10 here.',
        action: 'Set the batch size to 1 and press play.',
        question: {
          prompt: 'A mini-batch of one point: what will batch normalisation do?',
          answers: ['Work as before', 'Break down: x − μ is 0 for a single point', 'Make training faster, since there are more updates'],
          why: 'With one point, μ is that point’s own value and σ² = 0, so x̂ = 0 for every input: the layer passes on nothing about its input, and the network learns nothing. Batch normalisation needs mini-batches of several points.',
        },
        goal: 'Train for 100 epochs with the loss stuck near 0.5.',
      },
    ],
  },
  ja: {
    title: 'バッチ正規化（Batch Normalization）',
    summary: '各層をミニバッチごとに正規化すると深いネットワークが学習でき、重みの初期値にもずっと左右されにくくなる。',
    steps: [
      {
        body: '勾配消失のレッスンと同じ、sigmoid の 6 層のネットワークです。損失は 0.5 のまま動きません。「ネットワークの中」を見ると、どの層も活性化が sigmoid の値域 (0, 1) のうち 0.5 付近のごく一部に集まり、出力はどの点でも同じで、勾配は入力側に向かって消えていきます。',
        action: '「ネットワークの中」を開いて再生し、1〜6 層目のヒストグラムを見てください。',
        goal: '50 エポック学習し、損失が 0.5 付近から動かないのを確かめる。',
      },
      {
        body: 'バッチ正規化は、隠れ層の各ニューロンの z をミニバッチの中で変換します。バッチの平均 μ を引き、バッチの標準偏差で割り、学習するパラメータ γ で拡大して β だけずらします。前の層がどう変わっても、各層は広がりのそろった入力を受け取れます。',
        action: '「その他の設定」でバッチ正規化をオンにして再生し、ヒストグラムが広がるのを見てください。',
        question: {
          prompt: '動かなかった同じネットワークに、バッチ正規化を入れます。どうなるでしょう？',
          answers: ['円を学習できる', '0.5 のまま動かない', '発散する'],
          why: '正規化のあと、各層の z は 0 を中心に標準偏差 1 くらいに広がります。sigmoid の傾きが大きい範囲なので、勾配が逆伝播の途中で消えません。約 50 エポックでテスト損失は 0.1 を下回ります。',
        },
        goal: 'テスト損失が 0.1 を下回る。',
        formula: '\\begin{gathered} \\hat{x} = \\frac{x - \\mu_B}{\\sqrt{\\sigma_B^2 + \\varepsilon}} \\\\ y = \\gamma \\hat{x} + \\beta \\end{gathered}',
      },
      {
        body: 'バッチ正規化がなければ、この深い sigmoid のネットワークはどの初期値でも動きません。TF の ±0.5 でも、Xavier・Glorot・He でも同じです。いまはバッチ正規化がオンで、初期値は TF のものです。',
        action: '「その他の設定」で重みの初期化を He（ほかのものでもかまいません）にして、再生してください。',
        question: {
          prompt: 'バッチ正規化がオンのとき、このネットワークが学習できるかどうかは、まだ重みの初期値しだいでしょうか？',
          answers: ['しだい：sigmoid では Xavier でなければうまくいかない', 'しだいではない：どの初期値でも学習できる'],
          why: 'バッチ正規化は、初期値が z に与えるスケールを割り算で取り除きます。重みをどんな σ で決めても、各層が受け取る広がりは同じです。ここではどの初期値でも、約 150 エポック以内にテスト損失が 0.1 を下回ります。',
        },
        goal: 'テスト損失が 0.1 を下回る。',
      },
      {
        body: 'μ と σ² はミニバッチの中で測ります。バッチが大きいほど、層の本当の統計量をよく推定できます。いまのバッチサイズは 10 です。',
        action: 'バッチサイズを 1 にして再生してください。',
        question: {
          prompt: 'ミニバッチが 1 点だけのとき、バッチ正規化はどうなるでしょう？',
          answers: ['これまでどおり働く', '働かなくなる：1 点だけでは x − μ が 0 になる', '更新回数が増えるので学習が速くなる'],
          why: '1 点だけなら μ はその点自身の値で、σ² = 0 です。どんな入力でも x̂ = 0 となり、層は入力の情報を何も渡せないので、ネットワークは何も学習できません。バッチ正規化には、何点かを含むミニバッチが必要です。',
        },
        goal: '100 エポック学習し、損失が 0.5 付近から動かないのを確かめる。',
      },
    ],
  },
};
