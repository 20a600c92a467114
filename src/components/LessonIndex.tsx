/**
 * The seventeen lessons, one per idea, with the learner's progress (kept in this browser), a link
 * to open each in classroom mode, and the snippet that embeds the playground in a course page.
 * Loaded when opened.
 */
import { useEffect, useState } from 'react';
import { LESSON_IDS, type LessonId } from '../config/config';
import type { LessonModule } from '../lessons/types';
import { currentLink } from '../store/urlSync';
import { useStore } from '../store/store';
import { enterStep, loadCatalog, readProgress } from './lessonRuntime';
import { useLessonWords } from './useLessonWords';
import { useLang, useT } from './useT';
import { useModalDialog } from './useModalDialog';
import './lessons.css';

export default function LessonIndex() {
  const t = useT();
  const w = useLessonWords();
  const lang = useLang();
  const open = useStore((s) => s.lessonIndexOpen);
  const setOpen = useStore((s) => s.setLessonIndexOpen);
  const [catalog, setCatalog] = useState<Partial<Record<LessonId, LessonModule>> | null>(null);
  const progress = open ? readProgress() : {};

  useEffect(() => {
    void loadCatalog().then(setCatalog);
  }, []);
  const dialog = useModalDialog(open);

  const openLesson = (mod: LessonModule, classroom: boolean) => {
    const { updateConfig, config } = useStore.getState();
    if (classroom !== config.classroom) updateConfig({ classroom });
    enterStep(mod, 1);
    setOpen(false);
  };
  // The whole page minus everything but the output and play, as a course page would embed it.
  const embedSrc = (() => {
    const url = new URL(currentLink());
    url.hash = `${url.hash.replace(/^#/, '')}&embed=play,output`;
    return url.toString();
  })();
  const snippet = `<iframe src="${embedSrc}" width="520" height="560" title="${t('app.title')}" loading="lazy"></iframe>`;

  return (
    <dialog ref={dialog} className="lesson-index" aria-labelledby="lesson-index-title" data-testid="lesson-index" onClose={() => setOpen(false)}>
      <div className="lesson-index-head">
        <h2 id="lesson-index-title">{w('lesson.indexTitle')}</h2>
        <button type="button" className="icon-button small" aria-label={w('lesson.closeIndex')} data-testid="lesson-index-close" onClick={() => setOpen(false)}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" fill="none" />
          </svg>
        </button>
      </div>
      <p className="hint">{w('lesson.indexIntro')}</p>
      {!catalog ? (
        <p className="hint">{t('drawer.loading')}</p>
      ) : (
        <ol className="lesson-list">
          {LESSON_IDS.map((id) => {
            const mod = catalog[id];
            if (!mod) return null;
            const done = progress[id] ?? 0;
            const total = mod.lesson.steps.length;
            return (
              <li key={id} className="lesson-index-item" data-testid="lesson-index-item" data-lesson={id} data-done={done}>
                <button type="button" className="lesson-open" onClick={() => openLesson(mod, false)}>
                  <span className="lesson-idea">{mod.lesson.idea}</span>
                  <span className="lesson-name">
                    <strong>{mod[lang].title}</strong>
                    <span>{mod[lang].summary}</span>
                  </span>
                  <span className="lesson-steps" aria-label={w('lesson.progress', { done, total })}>
                    {done >= total ? '✔' : `${done}/${total}`}
                  </span>
                </button>
                <button type="button" className="text-button small" onClick={() => openLesson(mod, true)}>
                  {w('lesson.classroom')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <details className="lesson-embed">
        <summary>{w('lesson.embed')}</summary>
        <p className="hint">{w('lesson.embedHelp')}</p>
        <textarea readOnly rows={3} value={snippet} data-testid="embed-snippet" aria-label={w('lesson.embed')} onFocus={(e) => e.currentTarget.select()} />
      </details>
    </dialog>
  );
}
