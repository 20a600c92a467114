/**
 * Every lesson, in the order of the ideas. This module is loaded only when a lesson or the lesson
 * index opens (import('../lessons/catalog')), so none of it weighs on the first load. A Record
 * over LESSON_IDS: a lesson id without its lesson does not compile.
 */
import type { LessonId } from './deps';
import type { LessonModule } from './types';
import { accuracy } from './accuracyLesson';
import { activations } from './activationsLesson';
import { backprop } from './backpropLesson';
import { batchNorm } from './batchNormLesson';
import { batchSize } from './batchSizeLesson';
import { features } from './featuresLesson';
import { heads } from './headsLesson';
import { init } from './initLesson';
import { learningRate } from './learningRateLesson';
import { neuron } from './neuronLesson';
import { nonlinear } from './nonlinearLesson';
import { optimizers } from './optimizersLesson';
import { overfitting } from './overfittingLesson';
import { regularization } from './regularizationLesson';
import { step } from './stepLesson';
import { universal } from './universalLesson';
import { vanishing } from './vanishingLesson';

export const CATALOG: Record<LessonId, LessonModule> = {
  neuron,
  nonlinear,
  step,
  activations,
  heads,
  accuracy,
  'learning-rate': learningRate,
  'batch-size': batchSize,
  backprop,
  optimizers,
  init,
  vanishing,
  'batch-norm': batchNorm,
  overfitting,
  regularization,
  features,
  universal,
};
