/**
 * TF Playground's `tutorial` key names an article of its own site (tutorials/<name>.html), which
 * we do not have. Where a name says which idea it is about, the lesson on that idea opens
 * instead; any other name is accepted and does nothing, as before.
 */
import type { LessonId } from '../config/config';

/** Words in an article's name, and the lesson each points to; the first word found wins. */
const WORDS: readonly (readonly [RegExp, LessonId])[] = [
  [/neuron|perceptron/, 'neuron'],
  [/nonlinear|non-linear|linear/, 'nonlinear'],
  [/step/, 'step'],
  [/activation|relu|sigmoid|tanh/, 'activations'],
  [/softmax|loss|output/, 'heads'],
  [/accuracy/, 'accuracy'],
  [/learning.?rate|gradient.?descent/, 'learning-rate'],
  [/batch.?size|mini.?batch/, 'batch-size'],
  [/backprop|chain/, 'backprop'],
  [/optimi[sz]er|momentum|adam/, 'optimizers'],
  [/init/, 'init'],
  [/vanish/, 'vanishing'],
  [/batch.?norm/, 'batch-norm'],
  [/overfit|generali[sz]/, 'overfitting'],
  [/regulari[sz]|dropout|l1|l2/, 'regularization'],
  [/feature|xor|spiral/, 'features'],
  [/universal|approximat|regression/, 'universal'],
];

export function lessonForTutorial(name: string): LessonId | null {
  const n = name.toLowerCase();
  // Specific words before general ones: "batch norm" is not "batch size", "step" not "stepwise linear".
  const order: LessonId[] = ['batch-norm', 'vanishing', 'backprop', 'batch-size', 'learning-rate'];
  for (const id of order) {
    const hit = WORDS.find(([, l]) => l === id);
    if (hit && hit[0].test(n)) return id;
  }
  return WORDS.find(([re]) => re.test(n))?.[1] ?? null;
}
