/**
 * Every lesson, in the order of the ideas. This module is loaded only when a lesson or the lesson
 * index opens (import('../lessons/catalog')), so none of it weighs on the first load.
 */
import type { LessonId } from './deps';
import type { LessonModule } from './types';
import { accuracy } from './accuracyLesson';
import { activations } from './activationsLesson';
import { backprop } from './backpropLesson';
import { batchSize } from './batchSizeLesson';
import { heads } from './headsLesson';
import { learningRate } from './learningRateLesson';
import { neuron } from './neuronLesson';
import { nonlinear } from './nonlinearLesson';
import { step } from './stepLesson';

export const CATALOG: Partial<Record<LessonId, LessonModule>> = {
  neuron,
  nonlinear,
  step,
  activations,
  heads,
  accuracy,
  'learning-rate': learningRate,
  'batch-size': batchSize,
  backprop,
};
