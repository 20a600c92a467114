/**
 * Idea 14: overfitting. Fifty noisy points and three layers of sixteen ReLU neurons: the training
 * loss keeps falling while the test loss, lowest near epoch 30, climbs to about 0.34. Each step
 * then removes one cause: more data (half the points for training), a small network (four
 * neurons), or no noise, and the test loss ends far lower.
 */
import type { LessonModule } from './types';

const BASE = 'dataset=circle&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true&activation=relu&showTestData=true';
const FEW_NOISY = `${BASE}&noise=35&percTrainData=10`;
const BIG = 'networkShape=16,16,16';
const CONTROLS = ['percTrainData', 'noise', 'numHiddenLayers', 'showTestData'] as const;

export const overfitting: LessonModule = {
  lesson: {
    id: 'overfitting',
    idea: 14,
    steps: [
      {
        setup: `${FEW_NOISY}&${BIG}`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'gapAbove', value: 0.15 }],
        solution: '',
        budget: 300,
        highlight: 'loss-chart',
        controls: CONTROLS,
      },
      {
        setup: `${FEW_NOISY}&${BIG}`,
        goal: [{ kind: 'testLossBelow', value: 0.2 }],
        solution: 'percTrainData=50',
        budget: 200,
        highlight: 'perc-train',
        controls: CONTROLS,
      },
      {
        setup: `${FEW_NOISY}&${BIG}`,
        goal: [{ kind: 'atMostNeurons', value: 4 }, { kind: 'testLossBelow', value: 0.25 }],
        solution: 'networkShape=4',
        budget: 300,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${FEW_NOISY}&${BIG}`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.05 }],
        solution: 'noise=0',
        budget: 300,
        highlight: 'noise',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Overfitting: a big network and little data',
    summary: 'A network with many weights can memorise a few noisy points: the training loss falls, the test loss rises.',
    steps: [
      {
        body: 'Only 10 % of the points are for training (50 points), with a lot of noise, and the network has three layers of 16 ReLU neurons: several hundred weights for 50 points. The test points, which training never sees, are drawn too. The loss chart shows the training loss and the test loss.',
        action: 'Press play and watch both curves on the loss chart, and the boundary around single points.',
        question: {
          prompt: 'The training loss will keep falling. What will the test loss do?',
          answers: ['Fall along with it', 'Fall at first, then rise', 'Stay where it started'],
          why: 'At first the network learns the circle, which holds for the test points too. Then it bends its boundary around single noisy training points, which does not hold for new points: the test loss is lowest near epoch 30 (about 0.24) and climbs to about 0.34, while the training loss goes on falling. That gap is overfitting (過学習).',
        },
        goal: 'The test loss is above the training loss by more than 0.15.',
      },
      {
        body: 'With more training data there are more points to fit, and no room to bend around each one: a curve that fits 250 noisy points must follow the circle itself.',
        action: 'Set the ratio of training to test data to 50 % and press play.',
        goal: 'The test loss falls below 0.2.',
      },
      {
        body: 'Back to 50 training points. A small network has too few weights to memorise them, so its boundary stays simple; a circle needs at least three ReLU neurons.',
        action: 'Remove hidden layers and neurons until one layer of 4 neurons is left, then press play.',
        goal: 'At most 4 hidden neurons, and the test loss falls below 0.25.',
      },
      {
        body: 'The same big network and the same 50 training points, but the points now lie exactly inside or outside the circle.',
        action: 'Set the noise to 0 and press play.',
        question: {
          prompt: 'Without noise, will the big network still overfit 50 points?',
          answers: ['Hardly: the test loss goes down to about 0.03', 'Yes, as badly as before'],
          why: 'What the big network memorised was the noise: points on the wrong side of the circle. Without noise, fitting the training points means following the circle, and that carries over to the test points.',
        },
        goal: 'The test loss falls below 0.05.',
      },
    ],
  },
  ja: {
    title: '過学習：大きなネットワークと少ないデータ',
    summary: '重みの多いネットワークは、ノイズの多い少数の点を丸暗記できてしまう。訓練損失は下がり、テスト損失は上がる。',
    steps: [
      {
        body: '訓練に使う点は全体の 10 %（50 点）だけで、ノイズも多く、ネットワークは ReLU ニューロン 16 個の層が 3 つです。50 点に対して重みが数百もあります。学習には使わないテスト用の点も表示しています。損失のグラフには訓練損失とテスト損失が表示されます。',
        action: '再生を押し、損失のグラフの 2 本の曲線と、1 つ 1 つの点を囲むように曲がる決定境界を見てください。',
        question: {
          prompt: '訓練損失は下がり続けます。テスト損失はどうなるでしょう？',
          answers: ['一緒に下がっていく', '最初は下がり、そのあと上がる', '始めの値から動かない'],
          why: '最初、ネットワークは円そのものを学習するので、テスト用の点でも当てはまります。そのうち、ノイズで外れた訓練データの 1 点 1 点に合わせて境界を曲げ始めますが、それは新しい点には当てはまりません。テスト損失は 30 エポック付近で最小（約 0.24）になり、その後 0.34 ほどまで上がります。訓練損失は下がり続けます。この差が過学習です。',
        },
        goal: 'テスト損失が訓練損失を 0.15 より大きく上回る。',
      },
      {
        body: '訓練データが多ければ合わせるべき点も多く、1 点ずつに合わせて曲げる余地がなくなります。ノイズのある 250 点に合う曲線は、円そのものに沿うしかありません。',
        action: '訓練データの割合を 50 % にして再生してください。',
        goal: 'テスト損失が 0.2 を下回る。',
      },
      {
        body: '訓練データを 50 点に戻します。小さなネットワークは重みが少なすぎて点を丸暗記できないので、決定境界は単純なままです。円を表すには ReLU のニューロンが少なくとも 3 個必要です。',
        action: '隠れ層とニューロンを減らして、ニューロン 4 個の層を 1 つだけにしてから再生してください。',
        goal: '隠れ層のニューロンが 4 個以下で、テスト損失が 0.25 を下回る。',
      },
      {
        body: '同じ大きなネットワーク、同じ 50 点の訓練データですが、今度は点が正確に円の内側か外側にあります。',
        action: 'ノイズを 0 にして再生してください。',
        question: {
          prompt: 'ノイズがなければ、大きなネットワークは 50 点でもまだ過学習するでしょうか？',
          answers: ['ほとんどしない：テスト損失は約 0.03 まで下がる', 'する：さっきと同じくらい悪くなる'],
          why: '大きなネットワークが丸暗記していたのはノイズ、つまり円の反対側に紛れた点でした。ノイズがなければ、訓練データに合わせることは円に沿うことと同じで、それはテスト用の点にもそのまま当てはまります。',
        },
        goal: 'テスト損失が 0.05 を下回る。',
      },
    ],
  },
};
