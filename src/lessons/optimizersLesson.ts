/**
 * Idea 10: plain SGD creeps where momentum, RMSProp and Adam run. One spiral, one seed and one
 * learning rate (0.01) throughout, so only the update rule changes between steps; at this rate
 * SGD's test loss stays near 0.48 for 200 epochs, momentum and Adam pass 0.3 by epoch 180, and
 * AdaGrad, whose steps only shrink, stalls where RMSProp goes on.
 */
import type { LessonModule } from './types';

const SPIRAL =
  'dataset=spiral&noise=0&percTrainData=50&batchSize=10&learningRate=0.01&seed=0.12345&x=true&y=true&networkShape=8,8&activation=tanh';
const CONTROLS = ['optimizer', 'learningRate'] as const;

export const optimizers: LessonModule = {
  lesson: {
    id: 'optimizers',
    idea: 10,
    steps: [
      {
        setup: `${SPIRAL}&optimizer=sgd`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 200 }],
        solution: '',
        budget: 210,
        highlight: 'loss-chart',
        controls: CONTROLS,
      },
      {
        setup: `${SPIRAL}&optimizer=sgd`,
        goal: [{ kind: 'optimizer', value: 'momentum' }, { kind: 'testLossBelow', value: 0.3 }],
        solution: 'optimizer=momentum',
        budget: 300,
        highlight: 'optimizer',
        controls: CONTROLS,
      },
      {
        setup: `${SPIRAL}&optimizer=sgd`,
        goal: [{ kind: 'optimizer', value: 'adam' }, { kind: 'testLossBelow', value: 0.3 }],
        solution: 'optimizer=adam',
        budget: 300,
        highlight: 'optimizer',
        controls: CONTROLS,
      },
      {
        setup: `${SPIRAL}&optimizer=adagrad`,
        question: { answers: 3, correct: [1] },
        goal: [{ kind: 'optimizer', value: 'rmsprop' }, { kind: 'testLossBelow', value: 0.15 }],
        solution: 'optimizer=rmsprop',
        budget: 450,
        highlight: 'optimizer',
        controls: CONTROLS,
      },
      {
        // SGD, Momentum and Adam on one chart, from the same initial weights.
        setup: `${SPIRAL}&compare=optimizer:sgd,momentum,adam`,
        controls: ['optimizer', 'learningRate'],
      },
    ],
  },
  en: {
    title: 'Optimizers: SGD, Momentum, AdaGrad, RMSProp, Adam',
    summary: 'Plain SGD creeps and zig-zags; momentum and adaptive steps get through the same valley faster.',
    steps: [
      {
        body: 'Plain SGD moves every weight a little against its own gradient, W ← W − η ∂L/∂W, and nothing else. Where the loss surface is a long narrow valley, the gradient points mostly across the valley, so the steps bounce from wall to wall and creep along the floor. Here the learning rate is η = 0.01.',
        action: 'Press play and watch the test loss on the loss chart for 200 epochs.',
        question: {
          prompt: 'Plain SGD, η = 0.01, the spiral: where will the test loss be after 200 epochs?',
          answers: ['Still near 0.48: it has hardly moved', 'Below 0.1: the spiral is learned', 'It diverges: the loss becomes NaN'],
          why: 'η = 0.01 is safe, so nothing diverges, but the steps are small and keep cancelling out across the valley: after 200 epochs the test loss is still about 0.48, where it was after 10.',
        },
        goal: 'Train for 200 epochs and see the test loss stay near 0.48.',
        formula: 'W \\leftarrow W - \\eta \\frac{\\partial L}{\\partial W}',
      },
      {
        body: 'Momentum keeps a velocity v: each step adds the new gradient to what is left of the previous ones (α = 0.9). Pushes across the valley alternate in sign and cancel out; the push along the valley points the same way every time and adds up, like a ball rolling downhill.',
        action: 'In More settings, switch the optimizer to Momentum and press play. Same η, same data, same starting weights.',
        goal: 'Momentum is on, and the test loss falls below 0.3.',
        formula: '\\begin{gathered} v \\leftarrow \\alpha v - \\eta \\frac{\\partial L}{\\partial W} \\\\ W \\leftarrow W + v \\end{gathered}',
      },
      {
        body: 'Adam combines momentum (m, an average of the gradients) with a step size of its own for each weight (v, an average of the squared gradients): weights with small gradients get relatively larger steps. Dividing by √v̂ makes each step about η long, whatever the size of the gradient.',
        action: 'In More settings, switch the optimizer to Adam and press play.',
        goal: 'Adam is on, and the test loss falls below 0.3.',
        formula: '\\begin{gathered} m \\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\ v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2 \\\\ W \\leftarrow W - \\eta \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon} \\end{gathered}',
      },
      {
        body: 'AdaGrad also gives each weight its own step, η / √h, but h is the sum of every squared gradient since the start. RMSProp keeps a moving average instead, h ← ρh + (1 − ρ)g², so old gradients fade out. The optimizer is set to AdaGrad.',
        action: 'Press play with AdaGrad for a while, then switch the optimizer (in More settings) to RMSProp and press play again.',
        question: {
          prompt: 'AdaGrad adds every g² to h and never takes anything out. As training goes on, its steps…',
          answers: ['…grow, so it speeds up', '…shrink, so it slows down and can stall', '…stay the same size'],
          why: 'h only grows, so η / √h only shrinks: AdaGrad slows down by construction. With η = 0.01 it stalls with the test loss near 0.48. RMSProp forgets old gradients and keeps its step size.',
        },
        goal: 'RMSProp is on, and the test loss falls below 0.15.',
        formula: '\\begin{gathered} h \\leftarrow \\rho h + (1-\\rho)\\, g^2 \\\\ W \\leftarrow W - \\eta \\frac{g}{\\sqrt{h} + \\varepsilon} \\end{gathered}',
      },
      {
        body: 'SGD, Momentum and Adam at once, on the same spiral and from the same initial weights, each in its own colour and dash on one loss chart. Only the update rule differs.',
        action: 'Press play and compare the three curves: which falls first, and which zig-zags?',
      },
    ],
  },
  ja: {
    title: '最適化手法：SGD・Momentum・AdaGrad・RMSProp・Adam',
    summary: '素の SGD はジグザグしながらゆっくり進む。モーメンタムや適応的な学習率なら同じ谷を速く抜けられる。',
    steps: [
      {
        body: '素の SGD（確率的勾配降下法）は、各重みをその勾配の逆向きに少しだけ動かします：W ← W − η ∂L/∂W。損失関数の形が細長い谷になっていると、勾配はほとんど谷を横切る向きを指すので、更新は谷の壁から壁へ行ったり来たりし、谷底に沿ってはなかなか進みません。ここでは学習率 η = 0.01 です。',
        action: '再生を押し、損失のグラフでテスト損失を 200 エポック見てください。',
        question: {
          prompt: '素の SGD、η = 0.01、渦巻きデータ。200 エポック後のテスト損失はどうなっているでしょう？',
          answers: ['0.48 付近のまま：ほとんど動いていない', '0.1 未満：渦巻きを学習できた', '発散して損失が NaN になる'],
          why: 'η = 0.01 は安全な値なので発散はしません。しかし 1 歩が小さいうえ、谷を横切る方向の動きが打ち消し合うので、200 エポック後もテスト損失は 10 エポック目とほぼ同じ 0.48 前後です。',
        },
        goal: '200 エポック学習し、テスト損失が 0.48 付近から動かないのを確かめる。',
        formula: 'W \\leftarrow W - \\eta \\frac{\\partial L}{\\partial W}',
      },
      {
        body: 'Momentum は「速度」v を持ちます。毎回、前回までの速度の残り（α = 0.9）に新しい勾配を足します。谷を横切る向きの力は符号が交互に変わって打ち消し合い、谷に沿った向きの力は毎回同じ向きなので積み重なります。坂を転がるボールのような動きです。',
        action: '「その他の設定」で最適化手法を Momentum に切り替えて再生してください。η もデータも初期の重みも同じです。',
        goal: 'Momentum を使い、テスト損失が 0.3 を下回る。',
        formula: '\\begin{gathered} v \\leftarrow \\alpha v - \\eta \\frac{\\partial L}{\\partial W} \\\\ W \\leftarrow W + v \\end{gathered}',
      },
      {
        body: 'Adam はモーメンタム（勾配の移動平均 m）と、重みごとの学習率の調整（勾配の 2 乗の移動平均 v）を組み合わせた手法です。勾配が小さい重みほど相対的に大きく動きます。√v̂ で割るので、勾配の大きさによらず 1 歩はおよそ η の長さになります。',
        action: '「その他の設定」で最適化手法を Adam に切り替えて再生してください。',
        goal: 'Adam を使い、テスト損失が 0.3 を下回る。',
        formula: '\\begin{gathered} m \\leftarrow \\beta_1 m + (1-\\beta_1) g \\\\ v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2 \\\\ W \\leftarrow W - \\eta \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon} \\end{gathered}',
      },
      {
        body: 'AdaGrad も重みごとに学習率を η / √h と調整しますが、h は学習開始からの勾配の 2 乗をすべて足し合わせたものです。RMSProp は代わりに移動平均 h ← ρh + (1 − ρ)g² を使うので、古い勾配は徐々に忘れられます。いまは AdaGrad が選ばれています。',
        action: 'AdaGrad のまましばらく再生し、そのあと「その他の設定」で最適化手法を RMSProp に切り替えて、もう一度再生してください。',
        question: {
          prompt: 'AdaGrad は g² を h に足し続け、減らすことはありません。学習が進むと 1 歩の大きさは……',
          answers: ['……大きくなり、速く進む', '……小さくなり、遅くなって止まってしまうこともある', '……変わらない'],
          why: 'h は増える一方なので、η / √h は小さくなる一方です。AdaGrad は仕組みとして減速していきます。η = 0.01 ではテスト損失 0.48 付近で止まってしまいます。RMSProp は古い勾配を忘れるので、1 歩の大きさを保てます。',
        },
        goal: 'RMSProp を使い、テスト損失が 0.15 を下回る。',
        formula: '\\begin{gathered} h \\leftarrow \\rho h + (1-\\rho)\\, g^2 \\\\ W \\leftarrow W - \\eta \\frac{g}{\\sqrt{h} + \\varepsilon} \\end{gathered}',
      },
      {
        body: 'SGD、Momentum、Adam を同時に、同じ渦巻きデータ・同じ重みの初期値で学習させます。損失の推移は色と線種を変えて 1 つのグラフに重なります。違うのは更新の規則だけです。',
        action: '再生を押して 3 本の曲線を比べてください。どれが最初に下がり、どれがジグザグするでしょう？',
      },
    ],
  },
};
