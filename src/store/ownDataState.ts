/**
 * The interface state of own data (the draw mode, the last import's messages): a small store of
 * its own beside the main one, on the first screen because the draw button and the import
 * messages read it. What acts on it (importing, drawing, model files) is ownData.ts, on demand.
 */
import { create } from 'zustand';
import type { MessageKey } from '../i18n';
import type { OwnDataWordKey } from '../i18n/ownDataWords';

/** A message for the page to word: a CSV's, or a model file's. */
export interface UiMessage {
  key: OwnDataWordKey | MessageKey;
  line?: number;
  params: Record<string, string | number>;
}

export interface OwnDataState {
  drawMode: boolean;
  /** What a click adds: ±1 for two classes, a class index, or a regression value. */
  drawLabel: number;
  eraser: boolean;
  /** The last import's refusal (nothing changed), or null. */
  errors: UiMessage[] | null;
  /** What the last successful import said (points read, scaling, rows skipped). */
  notes: UiMessage[];
  set(patch: Partial<Omit<OwnDataState, 'set'>>): void;
}

export const useOwnData = create<OwnDataState>()((set) => ({
  drawMode: false,
  drawLabel: 1,
  eraser: false,
  errors: null,
  notes: [],
  set: (patch) => set(patch),
}));
