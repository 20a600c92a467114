/**
 * What the first screen knows of lessons: the header's door to the lesson index, and a host that
 * loads the rest (the controller that opens the lesson a link names, classroom mode's keys, the
 * index) only once a lesson, classroom mode or the index is asked for.
 */
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../store/store';
import { tipProps } from './controls';
import { useT } from './useT';

const LessonHost = lazy(() => import('./LessonHost'));

export function LessonsButton() {
  const t = useT();
  const setOpen = useStore((s) => s.setLessonIndexOpen);
  return (
    <button type="button" className="header-button" data-testid="lessons-open" {...tipProps(t('tip.lessons'))} onClick={() => setOpen(true)}>
      {t('lesson.lessons')}
    </button>
  );
}

/** Loads the lesson machinery the first time it is wanted; after that it stays (leaving a lesson is a state, not an unload). */
export function LessonsOnDemand() {
  const wanted = useStore((s) => s.config.lesson !== null || s.config.classroom || s.lessonIndexOpen);
  const [loaded, setLoaded] = useState(false);
  // Derived while rendering (React's pattern for state that follows a prop): once wanted, kept.
  if (wanted && !loaded) setLoaded(true);
  if (!wanted && !loaded) return null;
  return (
    <Suspense fallback={null}>
      <LessonHost />
    </Suspense>
  );
}
