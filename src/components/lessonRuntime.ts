/**
 * The open lesson's runtime: loading its module (on demand, in a chunk of its own), entering a
 * step (its link becomes the settings, keeping the language, the classroom and the embedding),
 * and the learner's progress, which stays in this browser (localStorage).
 */
import { useEffect, useState } from 'react';
import { type LessonId, type PlaygroundConfig } from '../config/config';
import type { LessonModule } from '../lessons/types';
import { decodeHash } from '../url/decode';
import { useStore } from '../store/store';

type Catalog = Partial<Record<LessonId, LessonModule>>;
let catalog: Promise<Catalog> | null = null;

/** The lessons, loaded once, the first time one is needed. */
export function loadCatalog(): Promise<Catalog> {
  catalog ??= import('../lessons/catalog').then((m) => m.CATALOG);
  return catalog;
}

/** The module of lesson `id` (null while it loads, or when there is none). */
export function useLessonModule(id: LessonId | null): LessonModule | null {
  const [loaded, setLoaded] = useState<{ id: LessonId; mod: LessonModule | null } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    void loadCatalog().then((c) => live && setLoaded({ id, mod: c[id] ?? null }));
    return () => {
      live = false;
    };
  }, [id]);
  return loaded && loaded.id === id ? loaded.mod : null;
}

/** The settings a step opens with: its link, with what the reader chose that is not the lesson's to set. */
export function stepConfig(mod: LessonModule, step: number, current: PlaygroundConfig): PlaygroundConfig {
  const setup = mod.lesson.steps[step - 1]?.setup ?? '';
  const { config } = decodeHash(setup);
  return { ...config, lesson: mod.lesson.id, lessonStep: step, lang: current.lang, classroom: current.classroom, embed: current.embed, speed: current.speed };
}

/** Opens step `step` (from 1) of the lesson: its settings replace the current ones. */
export function enterStep(mod: LessonModule, step: number): void {
  const { config, updateConfig, patchLessonUi, setDrawer, drawer } = useStore.getState();
  const n = Math.max(1, Math.min(mod.lesson.steps.length, step));
  updateConfig(stepConfig(mod, n, config));
  patchLessonUi({ playLocked: Boolean(mod.lesson.steps[n - 1].question) && !answered(mod.lesson.id, n) });
  if (drawer !== 'lesson') setDrawer('lesson');
}

export const answerKey = (id: LessonId, step: number) => `${id}.${step}`;
const answered = (id: LessonId, step: number) => answerKey(id, step) in useStore.getState().lessonUi.answers;

/**
 * Whether the settings are a lesson link's bare form (only lesson keys and the reader's own
 * preferences, the rest at defaults): then the step's own settings apply. A link copied
 * mid-lesson carries all of them, and keeps them.
 */
export function isBareLessonLink(config: PlaygroundConfig, defaults: PlaygroundConfig): boolean {
  // Not the lesson's to set: the language, the projector, the iframe, and how fast or how far to run.
  const mine = ['lesson', 'lessonStep', 'lang', 'classroom', 'embed', 'speed', 'stopAt'] as const;
  const strip = (c: PlaygroundConfig) => {
    const rest: Partial<PlaygroundConfig> = { ...c };
    for (const key of mine) delete rest[key];
    return JSON.stringify(rest);
  };
  return strip(config) === strip(defaults);
}

// ---- progress ----

const PROGRESS_KEY = 'nn-playground.lessons';

/** The highest step done in each lesson; nothing leaves the browser. */
export function readProgress(): Partial<Record<LessonId, number>> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<LessonId, number>>) : {};
  } catch {
    // A private window or a hand-edited entry: no progress, and no error either.
    return {};
  }
}

export function markDone(id: LessonId, step: number): void {
  const progress = readProgress();
  if ((progress[id] ?? 0) >= step) return;
  progress[id] = step;
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or refused: the lesson works on, only its progress is not remembered.
  }
}
