/**
 * Idea 17: universal approximation, on TF's six-bump regression surface. One hidden layer of
 * tanh neurons fits it better the more neurons it has (test loss about 0.045 with one, 0.024
 * with four, 0.018 with eight, 0.012 with sixteen, after 600 epochs); sixteen linear neurons
 * fit no better than one tanh neuron, since together they are one plane.
 */
import type { LessonModule } from './types';

const BUMPS =
  'problem=regression&regDataset=reg-gauss&noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true';
const CONTROLS = ['numHiddenLayers', 'activation'] as const;

export const universal: LessonModule = {
  lesson: {
    id: 'universal',
    idea: 17,
    steps: [
      {
        setup: `${BUMPS}&activation=tanh&networkShape=1`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: '',
        budget: 110,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${BUMPS}&activation=tanh&networkShape=1`,
        goal: [{ kind: 'testLossBelow', value: 0.022 }],
        solution: 'networkShape=8',
        budget: 300,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${BUMPS}&activation=tanh&networkShape=8`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.015 }],
        solution: 'networkShape=16',
        budget: 400,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${BUMPS}&activation=tanh&networkShape=16`,
        question: { answers: 2, correct: [1] },
        goal: [{ kind: 'activation', value: 'linear' }, { kind: 'epochAtLeast', value: 100 }],
        solution: 'activation=linear',
        budget: 110,
        highlight: 'activation',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Universal approximation: more hidden units, a closer fit',
    summary: 'One hidden layer of non-linear neurons can fit any continuous function on a bounded region, given enough neurons.',
    steps: [
      {
        body: 'A regression task: each point carries a number, and the target surface has six bumps, three hills and three pits. The network has one hidden layer with a single tanh neuron, so its output is y = v · tanh(w₁x₁ + w₂x₂ + b) + c.',
        action: 'Press play and compare the output with the six bumps.',
        question: {
          prompt: 'What shape can one tanh neuron give the output?',
          answers: ['One smooth step across the plane, in one direction', 'Six bumps, after enough epochs', 'Only a flat, level surface'],
          why: 'tanh(w₁x₁ + w₂x₂ + b) is constant along every line w₁x₁ + w₂x₂ = const and rises once across them: a single ramp, which cannot make bumps. The test loss stops near 0.045.',
        },
        goal: 'Train for 100 epochs and see the test loss level off.',
      },
      {
        body: 'Each hidden neuron adds one more smooth step, in its own direction and place, and the output adds them up with its weights vᵢ. Steps that rise and fall close together make a ridge; crossing ridges make bumps.',
        action: 'Add neurons to the hidden layer one at a time, up to 8, pressing play each time.',
        goal: 'The test loss falls below 0.022.',
        formula: 'y = \\sum_{j=1}^{N} v_j \\tanh(w_j \\cdot x + b_j) + c',
      },
      {
        body: 'The universal approximation theorem: one hidden layer with a non-linear activation can come as close as you like to any continuous function on a bounded region, if it has enough neurons. It does not say how many are enough, nor that gradient descent will find the weights.',
        action: 'Give the hidden layer 16 neurons and press play.',
        question: {
          prompt: 'Twice as many neurons as in the last step: will the fit improve?',
          answers: ['Yes: more steps to build the bumps from', 'No: 8 neurons were already the limit'],
          why: 'More neurons mean more steps to place: here the test loss falls to about 0.012, against about 0.018 with 8, 0.024 with 4 and 0.045 with 1.',
        },
        goal: 'The test loss falls below 0.015.',
      },
      {
        body: 'The theorem needs the activation to be non-linear. With h(z) = z every neuron is a plane, and a sum of planes is one plane, however many there are.',
        action: 'Keep 16 neurons, switch the activation to linear, and press play.',
        question: {
          prompt: 'Sixteen linear neurons: how well will they fit the bumps?',
          answers: ['As well as 16 tanh neurons', 'No better than a single plane'],
          why: 'Σ vⱼ(wⱼ · x + bⱼ) + c = (Σ vⱼwⱼ) · x + const: one plane. The test loss stays near 0.047, no better than one tanh neuron. The non-linearity is what makes the approximation universal.',
        },
        goal: 'The hidden layer is linear, and 100 epochs have run.',
      },
    ],
  },
  ja: {
    title: '万能近似：隠れ層のニューロンを増やすほど近づく',
    summary: '非線形なニューロンの隠れ層が 1 つあれば、ニューロンを十分に増やすことで、有界な範囲のどんな連続関数にも近づける。',
    steps: [
      {
        body: '回帰の問題です。各点は数値を持ち、目標の曲面には 3 つの山と 3 つの谷、合わせて 6 つのこぶがあります。ネットワークは tanh のニューロン 1 個だけの隠れ層を持つので、出力は y = v · tanh(w₁x₁ + w₂x₂ + b) + c です。',
        action: '再生を押し、出力を 6 つのこぶと比べてください。',
        question: {
          prompt: 'tanh のニューロン 1 個で、出力はどんな形になれるでしょう？',
          answers: ['平面を横切るなめらかな段差 1 つ（向きは 1 方向）', '十分に学習すれば 6 つのこぶ', '傾きのない平らな面だけ'],
          why: 'tanh(w₁x₁ + w₂x₂ + b) は直線 w₁x₁ + w₂x₂ = 一定 の上では一定で、それを横切る向きに 1 回だけ上がります。1 つの坂ではこぶは作れません。テスト損失は 0.045 付近で止まります。',
        },
        goal: '100 エポック学習し、テスト損失が横ばいになるのを確かめる。',
      },
      {
        body: '隠れ層のニューロンを 1 つ増やすごとに、向きも位置も異なるなめらかな段差が 1 つ増え、出力は重み vᵢ を掛けてそれらを足し合わせます。近くで上がって下がる段差が尾根を作り、尾根が交わるとこぶができます。',
        action: '隠れ層のニューロンを 1 個ずつ 8 個まで増やし、そのたびに再生してください。',
        goal: 'テスト損失が 0.022 を下回る。',
        formula: 'y = \\sum_{j=1}^{N} v_j \\tanh(w_j \\cdot x + b_j) + c',
      },
      {
        body: '万能近似定理：非線形な活性化関数を持つ隠れ層が 1 つあれば、ニューロンが十分に多いとき、有界な範囲のどんな連続関数にもいくらでも近づけます。ただし、何個あれば十分かも、勾配降下法でその重みが見つかるかも、定理は教えてくれません。',
        action: '隠れ層のニューロンを 16 個にして再生してください。',
        question: {
          prompt: '前のステップの 2 倍のニューロンで、当てはまりは良くなるでしょうか？',
          answers: ['良くなる：こぶを組み立てる段差が増える', '良くならない：8 個ですでに限界'],
          why: 'ニューロンが多いほど、置ける段差が増えます。ここではテスト損失が約 0.012 まで下がります。8 個では約 0.018、4 個では約 0.024、1 個では約 0.045 でした。',
        },
        goal: 'テスト損失が 0.015 を下回る。',
      },
      {
        body: '定理には、活性化関数が非線形であることが必要です。h(z) = z なら各ニューロンは平面で、平面をいくつ足しても 1 つの平面にしかなりません。',
        action: 'ニューロンは 16 個のまま、活性化関数を linear（恒等関数）に切り替えて再生してください。',
        question: {
          prompt: '線形なニューロン 16 個は、こぶにどれくらい合うでしょう？',
          answers: ['tanh のニューロン 16 個と同じくらい', '平面 1 枚と変わらない'],
          why: 'Σ vⱼ(wⱼ · x + bⱼ) + c = (Σ vⱼwⱼ) · x + 定数 なので、1 枚の平面です。テスト損失は 0.047 付近のままで、tanh のニューロン 1 個にも及びません。近似を万能にしているのは非線形性です。',
        },
        goal: '隠れ層が線形になり、100 エポック学習する。',
      },
    ],
  },
};
