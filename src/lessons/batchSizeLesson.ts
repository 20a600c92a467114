/** Idea 8: batch size 1 (online), a mini-batch, or the whole training set, and the loss curve each gives. */
import type { LessonModule } from './types';

/** Noisy XOR: 250 training points, so the batch size changes the number of updates per epoch a lot. */
const XOR = 'dataset=xor&noise=25&percTrainData=50&seed=0.12345&x=true&y=true&networkShape=4&activation=tanh';
const CONTROLS = ['batchSize', 'batchFull', 'learningRate'] as const;

export const batchSize: LessonModule = {
  lesson: {
    id: 'batch-size',
    idea: 8,
    steps: [
      {
        setup: `${XOR}&batchSize=1&learningRate=0.03`,
        question: { answers: 3, correct: [2] },
        goal: [{ kind: 'testLossBelow', value: 0.2 }],
        solution: '',
        budget: 50,
        highlight: 'batch-size',
        controls: CONTROLS,
      },
      {
        setup: `${XOR}&batchSize=10&learningRate=0.03`,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'testLossBelow', value: 0.2 }],
        solution: '',
        budget: 150,
        highlight: 'loss-chart',
        controls: CONTROLS,
      },
      {
        setup: `${XOR}&batchSize=10&learningRate=0.03`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: 'batchFull=true',
        budget: 100,
        highlight: 'batch-full',
        controls: CONTROLS,
      },
      {
        setup: `${XOR}&batchSize=10&batchFull=true&learningRate=0.03`,
        goal: [{ kind: 'testLossBelow', value: 0.25 }],
        solution: 'learningRate=0.3',
        budget: 150,
        highlight: 'learning-rate',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Batch size: online, mini-batch and full batch',
    summary: 'How many points go into each gradient step: 1 is noisy and fast, all of them is smooth and slow, a mini-batch sits between.',
    steps: [
      {
        body: 'There are 250 training points. With batch size 1 the network computes the gradient of a single point’s loss and updates the weights at once, then takes the next point: online learning, stochastic gradient descent in the strictest sense. One point’s gradient is a rough guess of the whole set’s, so each step wobbles.',
        action: 'Press play and watch how jagged the loss curve is.',
        question: {
          prompt: 'How many times are the weights updated in one epoch?',
          answers: ['Once', '25 times', '250 times'],
          why: 'An epoch is one pass over the 250 training points; with one point per batch that is 250 updates. Many small, noisy steps: the loss falls within a few epochs but never settles.',
        },
        goal: 'Test loss below 0.2.',
      },
      {
        body: 'With batch size 10 each step follows the average gradient of 10 points: a mini-batch. The average of 10 noisy guesses is closer to the true gradient, and an epoch now makes 25 updates instead of 250.',
        action: 'Press play and compare the loss curve with the last one.',
        question: {
          prompt: 'Which loss curve will be smoother?',
          answers: ['Batch size 10: an average over 10 points varies less from step to step', 'Batch size 1: it updates more often'],
          why: 'The spread of an average of B independent guesses shrinks like 1/√B, so the steps point more steadily downhill. The price is fewer updates per epoch, so it needs more epochs to get as far.',
        },
        goal: 'Test loss below 0.2.',
        formula: '\\frac{\\partial L}{\\partial W} \\approx \\frac{1}{B} \\sum_{n \\in \\text{batch}} \\frac{\\partial L_n}{\\partial W}',
      },
      {
        body: 'Full batch: the gradient of the loss over all 250 points, the exact gradient of the training loss. The curve is smooth, but there is only one update per epoch.',
        action: 'Turn on Full batch, press play and let it run for 100 epochs.',
        question: {
          prompt: 'After 100 epochs, where will the full-batch loss be compared with the mini-batch run?',
          answers: ['Much higher: it has made only 100 updates', 'Lower: every one of its steps is exact', 'The same: it has seen the same points'],
          why: 'Both have seen every point 100 times, but the mini-batch run has updated the weights 2500 times and the full-batch run 100 times, with the same η. Exact steps do not make up for twenty-five times fewer of them.',
        },
        goal: 'Train for 100 epochs with the full batch.',
      },
      {
        body: 'Because the full-batch gradient is exact and smooth, it can take longer steps without being thrown off by noise. Raising η makes up for the few updates per epoch.',
        action: 'Keep Full batch, raise the learning rate to 0.3, press Reset and play.',
        goal: 'Test loss below 0.25.',
      },
    ],
  },
  ja: {
    title: 'バッチサイズ：オンライン学習、ミニバッチ学習、バッチ学習',
    summary: '1 回の勾配の計算に何点使うか。1 点ならノイズが多く速い、全部なら滑らかで遅い、ミニバッチはその中間。',
    steps: [
      {
        body: '訓練データは 250 点です。バッチサイズ 1 では、1 点ぶんの損失の勾配を求めてすぐに重みを更新し、次の点に進みます。オンライン学習、厳密な意味での確率的勾配降下法（SGD）です。1 点の勾配はデータ全体の勾配の大まかな推定にすぎないので、1 歩ごとにふらつきます。',
        action: '再生を押し、損失のグラフがどれだけギザギザか見てください。',
        question: {
          prompt: '1 エポックのあいだに、重みは何回更新されるでしょう？',
          answers: ['1 回', '25 回', '250 回'],
          why: '1 エポックは 250 点の訓練データを 1 周することで、1 バッチ 1 点なら 250 回の更新になります。ノイズの多い小さな歩みを何度も重ねるので、損失は数エポックで下がりますが、いつまでも落ち着きません。',
        },
        goal: 'テスト損失が 0.2 を下回る。',
      },
      {
        body: 'バッチサイズ 10 では、1 歩ごとに 10 点の勾配の平均に従います。これがミニバッチです。ノイズを含む推定を 10 個平均すると本当の勾配に近づき、1 エポックの更新回数は 250 回から 25 回になります。',
        action: '再生を押し、損失のグラフを前のものと比べてください。',
        question: {
          prompt: '損失のグラフが滑らかなのはどちらでしょう？',
          answers: ['バッチサイズ 10：10 点の平均は 1 歩ごとのばらつきが小さい', 'バッチサイズ 1：更新の回数が多い'],
          why: '互いに独立な B 個の推定の平均は、ばらつきが 1/√B に縮みます。そのため各歩がより安定して坂を下ります。代わりに 1 エポックの更新回数が減るので、同じところまで進むのにより多くのエポックが必要です。',
        },
        goal: 'テスト損失が 0.2 を下回る。',
        formula: '\\frac{\\partial L}{\\partial W} \\approx \\frac{1}{B} \\sum_{n \\in \\text{batch}} \\frac{\\partial L_n}{\\partial W}',
      },
      {
        body: 'フルバッチ（バッチ学習）では、250 点すべての損失について勾配を求めます。訓練損失の正確な勾配です。グラフは滑らかになりますが、更新は 1 エポックに 1 回だけです。',
        action: '「フルバッチ」をオンにして再生を押し、100 エポック学習させてください。',
        question: {
          prompt: '100 エポック後、フルバッチの損失はミニバッチのときと比べてどこにあるでしょう？',
          answers: ['ずっと上：更新はまだ 100 回だけ', 'もっと下：1 歩 1 歩が正確だから', '同じ：同じ点を見ているから'],
          why: 'どちらも各点を 100 回ずつ見ていますが、同じ η で、ミニバッチは 2500 回、フルバッチは 100 回しか重みを更新していません。1 歩が正確でも、回数が 25 分の 1 では追いつけません。',
        },
        goal: 'フルバッチで 100 エポック学習する。',
      },
      {
        body: 'フルバッチの勾配は正確で滑らかなので、ノイズに振り回されずに大きな歩幅で進めます。η を大きくすれば、1 エポックあたりの更新の少なさを補えます。',
        action: 'フルバッチのまま学習率を 0.3 に上げ、リセットしてから再生を押してください。',
        goal: 'テスト損失が 0.25 を下回る。',
      },
    ],
  },
};
