/**
 * The open lesson's step, in the drawer (pinned open, in large type, in classroom mode): what to
 * look at, the question to answer first where there is one, the one thing to do, the goal that
 * turns green by itself, and the way to the next step.
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { goalsMet } from '../lessons/goals';
import type { LessonModule, Step, StepText } from '../lessons/types';
import { HIDEABLE_CONTROLS } from '../url/keys';
import { useStore } from '../store/store';
import { Formula } from './Formula';
import { answerKey, enterStep, markDone, useLessonModule } from './lessonRuntime';
import { useRunView } from './runContext';
import { useLessonWords } from './useLessonWords';
import { useLang, useT } from './useT';
import './lessons.css';

function Question({ mod, stepIndex, text }: { mod: LessonModule; stepIndex: number; text: NonNullable<StepText['question']> }) {
  const w = useLessonWords();
  const step = mod.lesson.steps[stepIndex];
  const key = answerKey(mod.lesson.id, stepIndex + 1);
  const chosen = useStore((s) => s.lessonUi.answers[key]);
  const patch = useStore((s) => s.patchLessonUi);
  const correct = step.question?.correct ?? [];
  const answer = (k: number) => {
    const answers = { ...useStore.getState().lessonUi.answers, [key]: k };
    patch({ answers, playLocked: false });
    if (correct.includes(k) && !step.goal) markDone(mod.lesson.id, stepIndex + 1);
  };
  return (
    <fieldset className="lesson-question">
      <legend>{text.prompt}</legend>
      <div className="lesson-answers">
        {text.answers.map((a, k) => (
          <button
            key={k}
            type="button"
            className={`lesson-answer ${chosen === k ? (correct.includes(k) ? 'right' : 'wrong') : ''}`}
            data-testid="lesson-answer"
            data-correct={correct.includes(k)}
            aria-pressed={chosen === k}
            disabled={chosen !== undefined && chosen !== k}
            onClick={() => answer(k)}
          >
            {a}
          </button>
        ))}
      </div>
      {chosen === undefined ? (
        <p className="hint">{w('lesson.answerFirst')}</p>
      ) : (
        <p className={`lesson-feedback ${correct.includes(chosen) ? 'right' : 'wrong'}`} role="status">
          <strong>{correct.includes(chosen) ? w('lesson.right') : w('lesson.notQuite')}</strong> {text.why}
        </p>
      )}
    </fieldset>
  );
}

/** The goal, checked on every detail frame against the run and the settings. */
function useGoalMet(step: Step): boolean {
  const config = useStore(useShallow((s) => ({ networkShape: s.config.networkShape, activations: s.config.activations, optimizer: s.config.optimizer })));
  const run = useRunView((r) => ({ status: r.status, epoch: r.epoch, trainLoss: r.trainLoss, testLoss: r.testLoss, testAccuracy: r.testAccuracy, zeroWeights: r.zeroWeights }));
  return goalsMet(step.goal, { ...run, config, diverged: run.status === 'diverged' });
}

/**
 * The step's control picked out on screen while the step is open. Looked for again every half
 * second: a control in the settings drawer, or one a re-render replaced, is marked once it shows.
 */
function useHighlight(testId: string | undefined): void {
  useEffect(() => {
    if (!testId) return;
    const marked = new Set<Element>();
    const mark = () => {
      for (const el of document.querySelectorAll(`[data-testid="${testId}"]`)) {
        if (marked.has(el)) continue;
        el.classList.add('lesson-highlight');
        marked.add(el);
      }
    };
    mark();
    const timer = window.setInterval(mark, 500);
    return () => {
      window.clearInterval(timer);
      marked.forEach((el) => el.classList.remove('lesson-highlight'));
    };
  }, [testId]);
}

/** In classroom mode every hideable control the step does not name is hidden (play, step and reset stay). */
function useClassroomControls(step: Step | undefined): void {
  const patch = useStore((s) => s.patchLessonUi);
  useEffect(() => {
    if (!step) return;
    const keep = new Set<string>(step.controls ?? []);
    patch({ classroomHidden: HIDEABLE_CONTROLS.filter((c) => !keep.has(c) && c !== 'playButton' && c !== 'stepButton' && c !== 'resetButton') });
    return () => patch({ classroomHidden: [] });
  }, [step, patch]);
}

function StepView({ mod, index }: { mod: LessonModule; index: number }) {
  const w = useLessonWords();
  const lang = useLang();
  const step = mod.lesson.steps[index];
  const text = mod[lang].steps[index];
  const total = mod.lesson.steps.length;
  const metNow = useGoalMet(step);
  // Reached once, reached: a test loss that dips below the mark and wobbles back above it later
  // (noise, a fast pace) still counts. StepView is keyed by the step, so a new step starts unmet.
  const [reached, setReached] = useState(false);
  if (metNow && !reached) setReached(true);
  const met = metNow || reached;
  const answered = useStore((s) => answerKey(mod.lesson.id, index + 1) in s.lessonUi.answers);
  useEffect(() => {
    if (step.goal && met) markDone(mod.lesson.id, index + 1);
  }, [met, step, mod, index]);
  useHighlight(step.highlight);
  // Without a goal or a question, looking is the step: it counts as done.
  useEffect(() => {
    if (!step.goal && !step.question) markDone(mod.lesson.id, index + 1);
  }, [step, mod, index]);
  const canGoOn = (!step.goal || met) && (!step.question || answered);

  return (
    <section className="lesson-step" data-testid="lesson-step" data-lesson={mod.lesson.id} data-step={index + 1} aria-labelledby="lesson-title">
      <p className="lesson-progress">
        {w('lesson.stepOf', { step: index + 1, total })}
      </p>
      <p className="lesson-body">{text.body}</p>
      {text.formula && (
        <p className="lesson-formula">
          <Formula tex={text.formula} />
        </p>
      )}
      {text.question && <Question mod={mod} stepIndex={index} text={text.question} />}
      <p className="lesson-action">
        <strong>{w('lesson.todo')}</strong> {text.action}
      </p>
      {text.goal && (
        <p className={`lesson-goal ${met ? 'met' : ''}`} data-testid="lesson-goal" data-met={met} role="status">
          <span aria-hidden="true">{met ? '✔' : '○'}</span> <strong>{met ? w('lesson.goalMet') : w('lesson.goal')}</strong> {text.goal}
        </p>
      )}
      <div className="lesson-nav">
        <button type="button" className="text-button" data-testid="lesson-prev" disabled={index === 0} onClick={() => enterStep(mod, index)}>
          {w('lesson.previous')}
        </button>
        {index + 1 < total ? (
          <button type="button" className="text-button primary" data-testid="lesson-next" disabled={!canGoOn} onClick={() => enterStep(mod, index + 2)}>
            {w('lesson.next')}
          </button>
        ) : (
          <button type="button" className="text-button primary" data-testid="lesson-next" disabled={!canGoOn} onClick={() => useStore.getState().setLessonIndexOpen(true)}>
            {w('lesson.finished')}
          </button>
        )}
      </div>
    </section>
  );
}

export function LessonPanel() {
  const t = useT();
  const w = useLessonWords();
  const lang = useLang();
  const { lesson, lessonStep } = useStore(useShallow((s) => ({ lesson: s.config.lesson, lessonStep: s.config.lessonStep })));
  const update = useStore((s) => s.updateConfig);
  const setDrawer = useStore((s) => s.setDrawer);
  const mod = useLessonModule(lesson);
  const index = mod ? Math.min(lessonStep, mod.lesson.steps.length) - 1 : 0;
  const step = useMemo(() => mod?.lesson.steps[index], [mod, index]);
  useClassroomControls(step);
  if (!lesson) return null;
  if (!mod) return <p className="hint">{t('drawer.loading')}</p>;
  return (
    <div className="lesson-panel">
      <h2 id="lesson-title" className="lesson-title">
        {mod[lang].title}
      </h2>
      <StepView key={`${lesson}.${index}`} mod={mod} index={index} />
      <button
        type="button"
        className="text-button small lesson-close"
        data-testid="lesson-close"
        onClick={() => {
          update({ lesson: null, lessonStep: 1, classroom: false });
          setDrawer(null);
        }}
      >
        {w('lesson.close')}
      </button>
    </div>
  );
}
