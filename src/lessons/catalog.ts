/**
 * Every lesson, in the order of the ideas. This module is loaded only when a lesson or the lesson
 * index opens (import('../lessons/catalog')), so none of it weighs on the first load.
 */
import type { LessonId } from './deps';
import type { LessonModule } from './types';
import { batchNorm } from './batchNormLesson';
import { features } from './featuresLesson';
import { init } from './initLesson';
import { nonlinear } from './nonlinearLesson';
import { optimizers } from './optimizersLesson';
import { overfitting } from './overfittingLesson';
import { regularization } from './regularizationLesson';
import { universal } from './universalLesson';
import { vanishing } from './vanishingLesson';

export const CATALOG: Partial<Record<LessonId, LessonModule>> = {
  nonlinear,
  optimizers,
  init,
  vanishing,
  'batch-norm': batchNorm,
  overfitting,
  regularization,
  features,
  universal,
};
