/** Idea 7: gradient descent w ← w − η ∂L/∂w; too large an η diverges, too small a one crawls. */
import type { LessonModule } from './types';

const PLANE = 'problem=regression&regDataset=reg-plane&noise=0&percTrainData=50&batchSize=10&seed=0.12345&x=true&y=true&networkShape=4&activation=tanh&outputHead=linear-square';

export const learningRate: LessonModule = {
  lesson: {
    id: 'learning-rate',
    idea: 7,
    steps: [
      {
        setup: `${PLANE}&learningRate=0.03`,
        goal: [{ kind: 'testLossBelow', value: 0.005 }],
        solution: '',
        budget: 50,
        highlight: 'learning-rate',
        controls: ['learningRate'],
      },
      {
        setup: `${PLANE}&learningRate=0.00001`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 200 }],
        solution: '',
        budget: 200,
        highlight: 'loss-chart',
        controls: ['learningRate'],
      },
      {
        setup: `${PLANE}&learningRate=3`,
        question: { answers: 3, correct: [2] },
        goal: [{ kind: 'diverged' }],
        solution: '',
        budget: 50,
        highlight: 'run-status',
        controls: ['learningRate'],
      },
      {
        // The run pauses at epoch 10, so the goal is met only by a rate that gets there in 10 epochs.
        setup: `${PLANE}&learningRate=3&stopAt=10`,
        goal: [{ kind: 'testLossBelow', value: 0.0015 }],
        solution: 'learningRate=0.1',
        budget: 10,
        highlight: 'learning-rate',
        controls: ['learningRate'],
      },
    ],
  },
  en: {
    title: 'The learning rate: too small crawls, too large diverges',
    summary: 'Gradient descent takes steps of η times the gradient: the size of η decides whether it crawls, converges or blows up.',
    steps: [
      {
        body: 'Each update moves every weight a step downhill on the loss: W ← W − η ∂L/∂W. The gradient gives the direction and steepness; the learning rate η scales the step. Here the network fits a plane of values (regression) with η = 0.03.',
        action: 'Press play and note how few epochs the loss needs.',
        goal: 'Test loss below 0.005.',
        formula: 'W \\leftarrow W - \\eta \\, \\frac{\\partial L}{\\partial W}',
      },
      {
        body: 'Same network, same data, same start, but η = 0.00001, three thousand times smaller. The gradient points the same way; each step is just three thousand times shorter.',
        action: 'Press play and watch the loss curve for 200 epochs.',
        question: {
          prompt: 'Where will the loss be after 200 epochs?',
          answers: ['As low as with η = 0.03, only a few epochs later', 'Still far above it: the loss crawls down a little each epoch', 'Exactly where it started: nothing moves'],
          why: 'Every step goes the right way, so the loss does fall, but by so little that 200 epochs here do less than one epoch did at η = 0.03. Too small a rate wastes time rather than failing outright.',
        },
        goal: 'Train for 200 epochs and see the loss crawl.',
      },
      {
        body: 'Now η = 3. The gradient tells the slope only where the weights are; a step that long jumps clear across the valley of the loss and lands higher up the other side, where the slope is steeper still, so the next step is longer again.',
        action: 'Press play and read the status line.',
        question: {
          prompt: 'What will the loss do with η = 3?',
          answers: ['Fall faster than with η = 0.03', 'Jump around near its starting value', 'Grow with every step until it is no longer a number'],
          why: 'Each overshoot lands further out than the one before, so the loss and the weights grow geometrically and soon overflow to infinity or NaN. The playground stops the run there and says that it diverged, instead of plotting numbers that mean nothing.',
        },
        goal: 'The run diverges.',
      },
      {
        body: 'The best rates lie just below the ones that diverge: they take long steps without overshooting. The run pauses by itself at epoch 10, so only a rate that gets there within 10 epochs reaches the goal.',
        action: 'Try rates between 0.00001 and 3, pressing Reset and play after each, and find one that brings the test loss below 0.0015 by epoch 10.',
        goal: 'Test loss below 0.0015 (within the 10 epochs before the run pauses).',
      },
    ],
  },
  ja: {
    title: '学習率：小さすぎると進まず、大きすぎると発散する',
    summary: '勾配降下法は勾配の η 倍ずつ進む。η の大きさで、のろのろ進むか、収束するか、発散するかが決まる。',
    steps: [
      {
        body: '1 回の更新で、すべての重みは損失の坂を 1 歩下ります：W ← W − η ∂L/∂W。向きと傾きは勾配が決め、歩幅は学習率 η が決めます。ここでは η = 0.03 で、平面状の値をネットワークに当てはめます（回帰）。',
        action: '再生を押し、損失が下がるまでのエポック数がどれだけ少ないか見てください。',
        goal: 'テスト損失が 0.005 を下回る。',
        formula: 'W \\leftarrow W - \\eta \\, \\frac{\\partial L}{\\partial W}',
      },
      {
        body: 'ネットワークもデータも初期値も同じで、η = 0.00001 と 3000 分の 1 にしました。勾配の向きは同じで、1 歩の歩幅が 3000 分の 1 になっただけです。',
        action: '再生を押し、200 エポックのあいだ損失のグラフを見てください。',
        question: {
          prompt: '200 エポック後、損失はどこにあるでしょう？',
          answers: ['η = 0.03 のときと同じくらい低い（数エポック遅れるだけ）', 'まだずっと上：毎エポック少しずつしか下がらない', '最初の値のまま：まったく動かない'],
          why: 'どの 1 歩も正しい向きに進むので損失は確かに下がりますが、その量はわずかで、ここでの 200 エポックは η = 0.03 での 1 エポックにも届きません。学習率が小さすぎると、失敗はしないものの時間を無駄にします。',
        },
        goal: '200 エポック学習し、損失がのろのろとしか下がらないことを確かめる。',
      },
      {
        body: '今度は η = 3 です。勾配がわかるのは今の重みでの傾きだけです。これほど大きな歩幅だと損失の谷を飛び越えて反対側のもっと高いところに着き、そこは傾きがさらに急なので、次の 1 歩はさらに大きくなります。',
        action: '再生を押し、状態の表示を読んでください。',
        question: {
          prompt: 'η = 3 のとき、損失はどうなるでしょう？',
          answers: ['η = 0.03 のときより速く下がる', '最初の値の近くで行ったり来たりする', '1 歩ごとに大きくなり、やがて数値でなくなる'],
          why: '行き過ぎるたびに前回より遠くへ着くので、損失も重みも指数関数的に大きくなり、すぐに無限大や NaN にあふれます。プレイグラウンドはそこで学習を止め、意味のない数値を描く代わりに「発散した」と表示します。',
        },
        goal: '学習が発散する。',
      },
      {
        body: 'いちばん良い学習率は、発散する値のすぐ下にあります。行き過ぎずに大きな歩幅で進めるからです。学習はエポック 10 で自動的に一時停止するので、10 エポック以内にたどり着ける学習率でなければゴールに届きません。',
        action: '0.00001 から 3 までの学習率を試し（変えるたびにリセットして再生）、エポック 10 までにテスト損失を 0.0015 未満にできる値を見つけてください。',
        goal: 'テスト損失が 0.0015 を下回る（一時停止するエポック 10 までに）。',
      },
    ],
  },
};
