/**
 * The input features' names: mathematics, the same in every language, so written once and
 * spread into each language's names.
 */
export const featureNames = {
  'feature.x': 'X₁',
  'feature.y': 'X₂',
  'feature.xSquared': 'X₁²',
  'feature.ySquared': 'X₂²',
  'feature.xTimesY': 'X₁X₂',
  'feature.sinX': 'sin(X₁)',
  'feature.sinY': 'sin(X₂)',
  'feature.cosX': 'cos(X₁)',
  'feature.cosY': 'cos(X₂)',
} as const;
