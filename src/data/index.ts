/** The data layer: datasets, the train/test split and input features. Pure, seeded, DOM-free. */
export {
  DATASET_REGISTRY,
  generateDataset,
  numClassesOf,
  problemOf,
  splitTrainTest,
  type DatasetSpec,
  type Points,
} from './datasets';
export { createPoints } from './points';
export { gaussLabel, planeLabel } from './regression';
export { FEATURE_REGISTRY, buildGridInputs, buildInputs, gridCentre, type FeatureSpec } from './features';
export { customPoints, customTestMask, joinSplit, splitCustom, splitForConfig } from './custom';
export type { CsvMessage, CsvMessageKey, CsvResult } from './csv';
