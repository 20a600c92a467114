/** The few types lessons share with the rest of the app (lessons sit above config and url, beside components). */
export type { ActivationId, LessonId, OptimizerId, PlaygroundConfig } from '../config/config';
export type { HideableControl } from '../url/keys';
