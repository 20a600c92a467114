/**
 * The one-click comparisons, as links: each sets the data and network the comparison needs and
 * what differs, and leaves everything else at the defaults, so a preset always shows the same
 * lesson whatever was on screen before.
 */
import { decodeHash } from '../url/decode';
import type { PlaygroundConfig } from '../config/config';

export const PRESETS = {
  activation: 'dataset=circle&networkShape=4,2&compare=activation:linear,tanh,relu',
  deep: 'dataset=circle&networkShape=8,8,8,8,8,8&compare=activation:sigmoid,relu',
  optimizer: 'dataset=spiral&learningRate=0.003&networkShape=8,8,6&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&compare=optimizer:sgd,momentum,adam',
  learningRate: 'dataset=circle&compare=learningRate:0.003,0.03,3',
  batchSize: 'dataset=circle&compare=batchSize:1,10,full',
  init: 'dataset=circle&activation=relu&networkShape=8,8,8&compare=init:zeros,tfp,he',
  batchNorm: 'dataset=circle&activation=sigmoid&networkShape=8,8,8,8,8,8&compare=batchNorm:false,true',
  regularization: 'dataset=xor&noise=35&percTrainData=20&activation=relu&networkShape=8,8,8&regularizationRate=0.01&dropout=0.3&compare=regularization:none,L1,L2,dropout',
} as const;
export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** The preset's configuration, in the current language and at the current pace. */
export function presetConfig(id: PresetId, current: PlaygroundConfig): PlaygroundConfig {
  const { config } = decodeHash(PRESETS[id]);
  return { ...config, lang: current.lang, speed: current.speed };
}
