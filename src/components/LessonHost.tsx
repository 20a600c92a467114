/**
 * The lesson machinery, loaded on demand (components/Lessons.tsx): the controller that opens the
 * lesson a link names, classroom mode's keys and their list, and the lesson index.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { defaultConfig } from '../config/config';
import { useStore } from '../store/store';
import { enterStep, isBareLessonLink, loadCatalog, useLessonModule } from './lessonRuntime';
import { useRun } from './runContext';
import { useLessonWords } from './useLessonWords';
import './lessons.css';

const LessonIndex = lazy(() => import('./LessonIndex'));

export default function LessonHost() {
  return (
    <>
      <LessonController />
      <ClassroomKeys />
      <LessonIndexHost />
    </>
  );
}

/** Mounted the first time the index opens, then kept (a dialog that opens and closes). */
function LessonIndexHost() {
  const open = useStore((s) => s.lessonIndexOpen);
  const [mounted, setMounted] = useState(false);
  // Derived while rendering (React's pattern for state that follows a prop): once open, kept.
  if (open && !mounted) setMounted(true);
  if (!mounted && !open) return null;
  return (
    <Suspense fallback={null}>
      <LessonIndex />
    </Suspense>
  );
}

/**
 * A link that names a lesson opens it: a bare lesson link (`lesson=…&step=…` alone) gets the
 * step's settings; a link copied mid-lesson keeps its own. The step's question, if unanswered,
 * holds the run.
 */
function LessonController() {
  const lesson = useStore((s) => s.config.lesson);
  const mod = useLessonModule(lesson);
  useEffect(() => {
    if (!mod) return;
    const { config, setDrawer, patchLessonUi, lessonUi } = useStore.getState();
    if (isBareLessonLink(config, defaultConfig())) {
      enterStep(mod, config.lessonStep);
      return;
    }
    const step = mod.lesson.steps[Math.min(config.lessonStep, mod.lesson.steps.length) - 1];
    patchLessonUi({ playLocked: Boolean(step?.question) && !(`${mod.lesson.id}.${config.lessonStep}` in lessonUi.answers) });
    setDrawer('lesson');
  }, [mod]);
  // Leaving the lesson (or moving to a step without a question) frees the run.
  const { step, id } = useStore(useShallow((s) => ({ step: s.config.lessonStep, id: s.config.lesson })));
  useEffect(() => {
    if (id === null) useStore.getState().patchLessonUi({ playLocked: false });
  }, [id, step]);
  return null;
}

const isTyping = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);

/**
 * Classroom mode's keys: space plays and pauses, → and ← move through the steps, s steps, r
 * resets, f goes full screen, ? lists them. Keys typed into a field stay the field's.
 */
function ClassroomKeys() {
  const run = useRun();
  const classroom = useStore((s) => s.config.classroom);
  const [help, setHelp] = useState(false);
  const t = useLessonWords();
  useEffect(() => {
    if (!classroom) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      // Space on a focused button presses that button: leave it to the button.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      const { config, lessonUi } = useStore.getState();
      const move = (delta: number) => {
        if (!config.lesson) return;
        const id = config.lesson;
        void loadCatalog().then((c) => {
          const mod = c[id];
          if (mod) enterStep(mod, config.lessonStep + delta);
        });
      };
      const actions: Record<string, () => void> = {
        ' ': () => !lessonUi.playLocked && run.togglePlay(),
        ArrowRight: () => move(1),
        ArrowLeft: () => move(-1),
        s: () => !lessonUi.playLocked && run.step(),
        r: () => run.reset(),
        f: () => (document.fullscreenElement ? void document.exitFullscreen() : void document.documentElement.requestFullscreen?.().catch(() => {})),
        '?': () => setHelp((h) => !h),
        Escape: () => setHelp(false),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [classroom, run]);
  if (!classroom || !help) return null;
  return (
    <div className="shortcuts" role="dialog" aria-label={t('classroom.shortcuts')} data-testid="shortcuts">
      <h2>{t('classroom.shortcuts')}</h2>
      <dl>
        {(['space', 'arrows', 's', 'r', 'f', 'help'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`classroom.key.${k}`)}</dt>
            <dd>{t(`classroom.does.${k}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
