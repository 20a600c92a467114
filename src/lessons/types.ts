/**
 * What a lesson is made of. A lesson is a short path through one idea: each step opens a
 * configuration (a link, as a teacher would share it), says what to look at, asks for one action,
 * and may ask a question first (predict, then see) or carry a goal that turns green by itself.
 * The words are apart, in one module per language (text/en.ts, text/ja.ts).
 */
import type { ActivationId, HideableControl, LessonId, OptimizerId } from './deps';

/** One condition a step's goal checks against the run on screen and its settings. */
export type Goal =
  | { kind: 'testLossBelow'; value: number }
  | { kind: 'trainLossBelow'; value: number }
  | { kind: 'testAccuracyAbove'; value: number }
  /** Hidden neurons in all, at most. */
  | { kind: 'atMostNeurons'; value: number }
  /** At least this many weights exactly 0 (L1). */
  | { kind: 'zeroWeights'; atLeast: number }
  | { kind: 'diverged' }
  | { kind: 'epochAtLeast'; value: number }
  /** The test loss above the training loss by at least this much (overfitting shows). */
  | { kind: 'gapAbove'; value: number }
  /** Every hidden layer uses this activation. */
  | { kind: 'activation'; value: ActivationId }
  | { kind: 'optimizer'; value: OptimizerId };

export interface Step {
  /**
   * The configuration the step opens with, as a link's hash (keys as in src/url/keys.ts; a
   * comparison's `compare=` too). It replaces the settings on entering the step.
   */
  setup: string;
  /** Predict, then see: answers (their words are in the texts), and which are right. The run waits for an answer. */
  question?: { answers: number; correct: readonly number[] };
  /** All must hold for the step to count as done. */
  goal?: readonly Goal[];
  /**
   * What the learner's action amounts to, as hash keys laid over `setup` (switching to ReLU:
   * `activation=relu`); the goal tests apply it, then train.
   */
  solution?: string;
  /** Epochs within which the goal must be reached (the goal tests train at most this many). */
  budget?: number;
  /** The control the step talks about: picked out on screen (its data-testid). */
  highlight?: string;
  /** In classroom mode only these controls show (with play, step and reset); the rest are hidden. */
  controls?: readonly HideableControl[];
}

export interface Lesson {
  id: LessonId;
  /** The idea's number in the list learners come to see (1 … 17). */
  idea: number;
  steps: readonly Step[];
}

/** A step's words. The question's and goal's only where the step has them (a test checks both languages). */
export interface StepText {
  /** Two to four sentences: what to look at. */
  body: string;
  /** The one thing to do. */
  action: string;
  question?: { prompt: string; answers: readonly string[]; why: string };
  goal?: string;
  /** A formula in TeX, typeset with the step (KaTeX, loaded with the lesson). */
  formula?: string;
}

export interface LessonText {
  title: string;
  /** One line for the lesson index. */
  summary: string;
  steps: readonly StepText[];
}

/** A lesson with its words in both languages: one module per lesson (<id>Lesson.ts). */
export interface LessonModule {
  lesson: Lesson;
  en: LessonText;
  ja: LessonText;
}
