/** Idea 9: backpropagation is the chain rule, and numerical differentiation checks it. */
import type { LessonModule } from './types';

const CIRCLE = 'dataset=circle&noise=0&percTrainData=50&batchSize=10&learningRate=0.03&seed=0.12345&x=true&y=true';
const CONTROLS = ['activation', 'numHiddenLayers'] as const;

export const backprop: LessonModule = {
  lesson: {
    id: 'backprop',
    idea: 9,
    steps: [
      {
        setup: `${CIRCLE}&networkShape=4&activation=tanh`,
        question: { answers: 2, correct: [0] },
        highlight: 'open-inside',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&networkShape=4&activation=tanh`,
        question: { answers: 3, correct: [0] },
        goal: [{ kind: 'epochAtLeast', value: 100 }],
        solution: '',
        budget: 100,
        highlight: 'open-inside',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&networkShape=8,8&activation=tanh`,
        question: { answers: 3, correct: [2] },
        goal: [{ kind: 'testLossBelow', value: 0.02 }],
        solution: '',
        budget: 200,
        highlight: 'network-diagram',
        controls: CONTROLS,
      },
      {
        setup: `${CIRCLE}&networkShape=4&activation=step`,
        question: { answers: 3, correct: [0] },
        highlight: 'open-inside',
        controls: CONTROLS,
      },
    ],
  },
  en: {
    title: 'Backpropagation is the chain rule',
    summary: 'Backpropagation gets every ∂L/∂w in one backward pass; numerical differentiation, (f(w + h) − f(w − h)) / 2h, checks it.',
    steps: [
      {
        body: 'A weight w of the first layer changes the loss only through a chain: w changes z₁, z₁ changes a₁ = h(z₁), a₁ changes the output y, and y changes L. The chain rule multiplies the local derivatives along that path, and backpropagation does this for every weight at once, from the output back to the input, reusing each product on the way.',
        action: 'Open Inside the network and press Run gradient check.',
        question: {
          prompt: 'The check compares each backpropagated gradient with a numerical derivative. How closely will they agree?',
          answers: ['To five digits or more: both compute the same derivative', 'Within about 10%: a numerical derivative is only rough'],
          why: 'If backpropagation is implemented correctly, it gives the exact derivative, and the central difference with h = 10⁻⁵ is off by roughly h² plus rounding. The largest relative error comes out far below 10⁻⁵, where the playground draws the line. A bug in backpropagation would show as an error near 1.',
        },
        formula: '\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y} \\cdot \\frac{\\partial y}{\\partial a_1} \\cdot \\frac{\\partial a_1}{\\partial z_1} \\cdot \\frac{\\partial z_1}{\\partial w}',
      },
      {
        body: 'The check nudges one parameter by +h and by −h, measures the loss each time, and divides the difference by 2h. It does this for every weight and bias and reports the largest relative difference from backpropagation.',
        action: 'Press play, let it train for 100 epochs, then run the gradient check again.',
        question: {
          prompt: 'Why take (f(w + h) − f(w − h)) / 2h rather than the simpler (f(w + h) − f(w)) / h?',
          answers: ['Its error shrinks like h² instead of h, so it is far more accurate', 'It needs fewer evaluations of the loss', 'The simpler one gives the wrong sign'],
          why: 'Expanding f in a Taylor series, the first-order terms of f(w + h) and f(w − h) cancel in the central difference, leaving an error proportional to h². The one-sided difference keeps an error proportional to h: with h = 10⁻⁵ that is about a hundred thousand times larger.',
        },
        goal: 'Train for 100 epochs, then check the gradients on the trained weights.',
        formula: '\\frac{\\partial L}{\\partial w} \\approx \\frac{L(w + h) - L(w - h)}{2h}',
      },
      {
        body: 'A larger network: two hidden layers of eight neurons, 105 weights and biases in all. Backpropagation finds all 105 gradients with one forward pass and one backward pass over the data. The gradient check still passes, but think about what it costs.',
        action: 'Press play, and run the gradient check while it trains.',
        question: {
          prompt: 'How many evaluations of the loss does the numerical gradient need for all 105 parameters?',
          answers: ['2, like backpropagation', '105, one per parameter', '210, two per parameter'],
          why: 'Each parameter needs its own L(w + h) and L(w − h), and each of those is a full forward pass over the data: 210 passes for one gradient, against about one forward and one backward pass for backpropagation. That is why networks train with backpropagation and numerical differentiation only checks it.',
        },
        goal: 'Test loss below 0.02.',
      },
      {
        body: 'The hidden layer uses the step function again. Backpropagation says every first-layer gradient is exactly 0, because h′(z) = 0. The gradient check lets you ask the loss itself instead of trusting the formula.',
        action: 'Press play for a few epochs, then run the gradient check.',
        question: {
          prompt: 'What does numerical differentiation find for the first-layer weights?',
          answers: ['Also 0: nudging a weight by 10⁻⁵ moves no point across a step, so the loss does not change', 'Something large, because the step is so steep', 'Something random, because the step has no derivative'],
          why: 'A step changes only when z crosses 0. Moving a weight by 10⁻⁵ shifts every z by a tiny amount and, unless some point lies within that distance of an edge, none crosses: L(w + h) = L(w − h), and the numerical gradient is 0 as well. The check passes, and confirms that the step function leaves gradient descent nothing to follow.',
        },
      },
    ],
  },
  ja: {
    title: '誤差逆伝播法は連鎖律',
    summary: '誤差逆伝播法はすべての ∂L/∂w を 1 回の逆向きの計算で求める。数値微分 (f(w + h) − f(w − h)) / 2h でそれを確かめる。',
    steps: [
      {
        body: '第 1 層の重み w が損失を変える道すじは 1 本の鎖です。w が z₁ を変え、z₁ が a₁ = h(z₁) を変え、a₁ が出力 y を変え、y が L を変えます。連鎖律はこの道に沿って局所的な微分を掛け合わせます。誤差逆伝播法は、出力から入力へと逆向きにたどりながら途中の積を使い回し、これをすべての重みについて一度に行います。',
        action: '「ネットワークの中」を開き、「勾配確認を実行」を押してください。',
        question: {
          prompt: '勾配確認は、誤差逆伝播法で求めた勾配を数値微分と比べます。両者はどれくらい一致するでしょう？',
          answers: ['5 桁以上一致する：同じ微分を計算しているから', '10% ほどの差で一致する：数値微分は大まかだから'],
          why: '誤差逆伝播法が正しく実装されていれば、求まるのは正確な微分です。h = 10⁻⁵ の中心差分の誤差は h² 程度と丸め誤差だけなので、最大の相対誤差は、プレイグラウンドが合否を分ける 10⁻⁵ よりずっと小さくなります。誤差逆伝播法にバグがあれば、誤差は 1 に近い値になります。',
        },
        formula: '\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y} \\cdot \\frac{\\partial y}{\\partial a_1} \\cdot \\frac{\\partial a_1}{\\partial z_1} \\cdot \\frac{\\partial z_1}{\\partial w}',
      },
      {
        body: '勾配確認では、パラメータを 1 つずつ +h と −h だけずらしてそれぞれ損失を測り、その差を 2h で割ります。これをすべての重みとバイアスについて行い、誤差逆伝播法との相対誤差の最大値を表示します。',
        action: '再生を押して 100 エポック学習させてから、もう一度勾配確認を実行してください。',
        question: {
          prompt: '単純な (f(w + h) − f(w)) / h ではなく、(f(w + h) − f(w − h)) / 2h を使うのはなぜでしょう？',
          answers: ['誤差が h ではなく h² に比例して小さくなり、ずっと正確だから', '損失を計算する回数が少なくて済むから', '単純なほうは符号が逆になるから'],
          why: 'f をテイラー展開すると、中心差分では f(w + h) と f(w − h) の 1 次の項が打ち消し合い、誤差は h² に比例する項だけになります。前方差分には h に比例する誤差が残り、h = 10⁻⁵ ならおよそ 10 万倍大きな誤差になります。',
        },
        goal: '100 エポック学習し、学習後の重みで勾配を確かめる。',
        formula: '\\frac{\\partial L}{\\partial w} \\approx \\frac{L(w + h) - L(w - h)}{2h}',
      },
      {
        body: 'もっと大きなネットワークです。ニューロン 8 個の隠れ層が 2 つあり、重みとバイアスは合わせて 105 個です。誤差逆伝播法は、データについての順向きの計算 1 回と逆向きの計算 1 回で 105 個すべての勾配を求めます。勾配確認はやはり通りますが、その手間を考えてみましょう。',
        action: '再生を押し、学習の途中で勾配確認を実行してください。',
        question: {
          prompt: '105 個すべてのパラメータについて数値微分で勾配を求めるには、損失を何回計算する必要があるでしょう？',
          answers: ['誤差逆伝播法と同じ 2 回', 'パラメータ 1 個につき 1 回で 105 回', 'パラメータ 1 個につき 2 回で 210 回'],
          why: 'パラメータごとに L(w + h) と L(w − h) が必要で、そのどちらもデータ全体についての順向きの計算 1 回です。勾配 1 回ぶんに 210 回かかり、誤差逆伝播法の順向き 1 回と逆向き 1 回とは比べものになりません。だから学習には誤差逆伝播法を使い、数値微分はその確認にだけ使います。',
        },
        goal: 'テスト損失が 0.02 を下回る。',
      },
      {
        body: '隠れ層をまたステップ関数にしました。h′(z) = 0 なので、誤差逆伝播法によれば第 1 層の勾配はすべてちょうど 0 です。勾配確認を使えば、式を信じる代わりに損失そのものに尋ねることができます。',
        action: '数エポック再生してから、勾配確認を実行してください。',
        question: {
          prompt: '第 1 層の重みについて、数値微分は何を示すでしょう？',
          answers: ['やはり 0：重みを 10⁻⁵ ずらしても段差をまたぐ点はなく、損失は変わらない', '大きな値：ステップ関数の段差は急だから', 'でたらめな値：ステップ関数には微分がないから'],
          why: 'ステップ関数の出力が変わるのは z が 0 をまたぐときだけです。重みを 10⁻⁵ 動かしても各点の z はごくわずかしか変わらず、境界のすぐそばにある点でもない限り、どれも段差をまたぎません。つまり L(w + h) = L(w − h) で、数値微分も 0 です。勾配確認は通り、ステップ関数では勾配降下法が頼れる傾きがないことを確かめられます。',
        },
      },
    ],
  },
};
