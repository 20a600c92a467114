/** Whether a step's goal holds for the run on screen and its settings. Pure: the page and the goal tests share it. */
import type { Goal } from './types';
import type { PlaygroundConfig } from './deps';

export interface GoalState {
  config: Pick<PlaygroundConfig, 'networkShape' | 'activations' | 'optimizer'>;
  diverged: boolean;
  epoch: number;
  trainLoss: number | null;
  testLoss: number | null;
  testAccuracy: number | null;
  zeroWeights: number;
}

const below = (v: number | null, limit: number) => v !== null && Number.isFinite(v) && v < limit;

export function goalMet(goal: Goal, s: GoalState): boolean {
  switch (goal.kind) {
    case 'testLossBelow':
      return !s.diverged && below(s.testLoss, goal.value);
    case 'trainLossBelow':
      return !s.diverged && below(s.trainLoss, goal.value);
    case 'testAccuracyAbove':
      return !s.diverged && s.testAccuracy !== null && s.testAccuracy > goal.value;
    case 'atMostNeurons':
      return s.config.networkShape.reduce((a, b) => a + b, 0) <= goal.value;
    case 'zeroWeights':
      return s.zeroWeights >= goal.atLeast;
    case 'diverged':
      return s.diverged;
    case 'epochAtLeast':
      return s.epoch >= goal.value;
    case 'gapAbove':
      return !s.diverged && s.testLoss !== null && s.trainLoss !== null && s.testLoss - s.trainLoss > goal.value;
    case 'activation':
      return s.config.activations.length > 0 && s.config.activations.every((a) => a === goal.value);
    case 'optimizer':
      return s.config.optimizer === goal.value;
  }
}

export const goalsMet = (goals: readonly Goal[] | undefined, s: GoalState): boolean => (goals ?? []).every((g) => goalMet(g, s));
