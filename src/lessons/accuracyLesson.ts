/** Idea 6: accuracy is not a usable loss: it is flat almost everywhere, so it has no gradient to follow. */
import type { LessonModule } from './types';

const BASE = 'percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true&activation=tanh';
const CIRCLE = `dataset=circle&noise=0&${BASE}&networkShape=4`;
const GAUSS = `dataset=gauss&noise=30&${BASE}&networkShape=1`;

export const accuracy: LessonModule = {
  lesson: {
    id: 'accuracy',
    idea: 6,
    steps: [
      {
        setup: CIRCLE,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'testAccuracyAbove', value: 0.95 }],
        solution: '',
        budget: 200,
        highlight: 'loss-chart',
        controls: [],
      },
      {
        setup: GAUSS,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'epochAtLeast', value: 100 }, { kind: 'testLossBelow', value: 0.065 }],
        solution: '',
        budget: 200,
        highlight: 'loss-chart',
        controls: [],
      },
      {
        setup: CIRCLE,
        question: { answers: 2, correct: [0] },
        goal: [{ kind: 'testAccuracyAbove', value: 0.99 }, { kind: 'testLossBelow', value: 0.025 }],
        solution: '',
        budget: 300,
        highlight: 'loss-chart',
        controls: [],
      },
    ],
  },
  en: {
    title: 'Why the network learns from the loss, not from accuracy',
    summary: 'Accuracy changes only when a point crosses the boundary, so its gradient is 0 almost everywhere.',
    steps: [
      {
        body: 'The chart shows the loss and the accuracy side by side. Accuracy is what we care about in the end: the share of points on the right side of the boundary. Yet gradient descent never looks at it; every update follows the slope of the loss.',
        action: 'Press play and watch both curves.',
        question: {
          prompt: 'Why not train the network on accuracy directly?',
          answers: ['A small change of a weight rarely moves any point across the boundary, so accuracy’s slope is 0 almost everywhere', 'Accuracy takes too long to compute', 'Accuracy cannot be measured on the training data'],
          why: 'Accuracy counts points, so it moves in jumps: flat while no point crosses the boundary, then a sudden step when one does. Its derivative is 0 on the flats and undefined at the jumps, so ∂/∂w tells gradient descent nothing. The loss changes smoothly with every weight.',
        },
        goal: 'Test accuracy above 95%.',
        formula: '\\mathrm{acc} = \\frac{1}{N} \\sum_n \\mathbf{1}[\\,y_n = t_n\\,], \\qquad \\frac{\\partial\\, \\mathrm{acc}}{\\partial w} = 0',
      },
      {
        body: 'Two noisy clouds that overlap a little, and one neuron. Within a few epochs the boundary sits between them and the accuracy stops at the few points that lie on the wrong side. The loss goes on falling: the boundary is still moving, just not across any point.',
        action: 'Press play and, from epoch 20 on, watch the test accuracy and the test loss above the plot: one stays put, the other keeps falling.',
        question: {
          prompt: 'From epoch 20 on the accuracy is flat. If it were our only guide, what would the network learn next?',
          answers: ['It would keep improving as before', 'Nothing: a flat curve gives no direction to move the weights', 'It would undo what it learned'],
          why: 'Gradient descent follows the slope. On a flat stretch of accuracy every small change of the weights looks equally good, so there is no direction to take. The loss still has a slope here, and training keeps using it.',
        },
        goal: 'Train for 100 epochs; the accuracy stays put while the test loss falls below 0.065.',
      },
      {
        body: 'Back to the circle. A point exactly on the boundary counts as right or wrong by a hair; the loss also cares how far the output is from the label. So even after every point is classified correctly, the loss keeps pushing the outputs towards their labels, moving the boundary away from the points.',
        action: 'Press play and let it run past the moment the test accuracy reaches 100%.',
        question: {
          prompt: 'The test accuracy has reached 100%. Does the loss still have something to learn?',
          answers: ['Yes: it keeps making the outputs more certain, away from the boundary', 'No: loss and accuracy stop together'],
          why: 'A correct output of 0.3 for a label of 1 still costs ½(1 − 0.3)² ≈ 0.25. Lowering that cost moves the boundary away from the points, which makes the network less fragile to small changes, something accuracy cannot see.',
        },
        goal: 'Test accuracy above 99% and the test loss below 0.025.',
      },
    ],
  },
  ja: {
    title: 'ネットワークが正解率ではなく損失から学ぶ理由',
    summary: '正解率は点が境界をまたいだときにしか変わらないので、その勾配はほとんどどこでも 0。',
    steps: [
      {
        body: 'グラフには損失と正解率が並んで表示されます。最終的に知りたいのは正解率、つまり境界の正しい側にある点の割合です。それでも勾配降下法は正解率を見ません。どの更新も損失関数の傾きに従います。',
        action: '再生を押して、2 つの曲線を見てください。',
        question: {
          prompt: 'なぜ正解率をそのまま使ってネットワークを学習させないのでしょう？',
          answers: ['重みを少し変えても境界をまたぐ点はまずないので、正解率の傾きはほとんどどこでも 0 になる', '正解率は計算に時間がかかりすぎる', '訓練データでは正解率を測れない'],
          why: '正解率は点の数を数えるので、とびとびにしか変わりません。境界をまたぐ点がないあいだは平らで、またいだ瞬間に急に段差ができます。微分は平らなところで 0、段差では定義できないので、∂/∂w は勾配降下法に何も教えてくれません。損失関数はどの重みに対してもなめらかに変わります。',
        },
        goal: 'テスト正解率が 95% を超える。',
        formula: '\\mathrm{acc} = \\frac{1}{N} \\sum_n \\mathbf{1}[\\,y_n = t_n\\,], \\qquad \\frac{\\partial\\, \\mathrm{acc}}{\\partial w} = 0',
      },
      {
        body: '少し重なり合った 2 つのノイズの多いかたまりと、ニューロン 1 個です。数エポックで境界は 2 つのあいだに入り、正解率は、反対側に紛れ込んだ少数の点のところで止まります。それでも損失は下がり続けます。境界はまだ動いていますが、どの点もまたがないのです。',
        action: '再生を押し、エポック 20 以降、出力の図の上にあるテスト正解率とテスト損失の数値を見比べてください。一方は止まり、もう一方は下がり続けます。',
        question: {
          prompt: 'エポック 20 からは正解率が平らです。正解率だけを頼りにしたら、ネットワークはこの先何を学ぶでしょう？',
          answers: ['これまでどおり良くなり続ける', '何も学べない：平らな曲線は重みを動かす向きを教えてくれない', '学んだことを忘れてしまう'],
          why: '勾配降下法は傾きに従います。正解率が平らなところでは、重みをどう少し変えても同じに見えるので、進む向きがありません。損失関数にはここでもまだ傾きがあり、学習はそれを使い続けます。',
        },
        goal: '100 エポック学習する。正解率は変わらないまま、テスト損失が 0.065 を下回る。',
      },
      {
        body: '円のデータに戻ります。境界ぎりぎりの点は、わずかな差で正解にも不正解にもなります。損失関数は、出力がラベルからどれだけ離れているかも見ています。だからすべての点を正しく分類したあとも、損失は出力をラベルに近づけ続け、境界を点から遠ざけていきます。',
        action: '再生を押し、テスト正解率が 100% になったあとも学習を続けてください。',
        question: {
          prompt: 'テスト正解率が 100% になりました。損失にはまだ学ぶことが残っているでしょうか？',
          answers: ['ある：出力をより確かにして、境界から遠ざけ続ける', 'ない：損失も正解率と同時に止まる'],
          why: 'ラベル 1 に対して 0.3 と出力すれば正解ですが、損失は ½(1 − 0.3)² ≈ 0.25 です。これを小さくすると境界が点から離れ、小さな変化に強いネットワークになります。正解率にはこの違いが見えません。',
        },
        goal: 'テスト正解率が 99% を超え、テスト損失が 0.025 を下回る。',
      },
    ],
  },
};
