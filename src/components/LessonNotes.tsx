/**
 * The lesson the current settings show, said in a sentence right under the run bar, where a
 * learner looks while nothing learns: step activations, linear layers, zero initialisation,
 * deep sigmoid stacks.
 */
import { useShallow } from 'zustand/react/shallow';
import type { PlaygroundConfig } from '../config/config';
import type { MessageKey } from '../i18n';
import { useStore } from '../store/store';
import { useT } from './useT';

/** Which explanations apply to a configuration, in the order they matter. */
export function lessonNotes(config: Pick<PlaygroundConfig, 'activations' | 'init'>): MessageKey[] {
  const { activations, init } = config;
  const notes: MessageKey[] = [];
  if (activations.includes('step')) notes.push('explain.step');
  if (activations.length > 0 && activations.every((a) => a === 'linear')) notes.push('explain.linear');
  if (init === 'zeros' && activations.length > 0) notes.push('explain.zeroInit');
  if (activations.filter((a) => a === 'sigmoid').length >= 3) notes.push('explain.vanishing');
  return notes;
}

export function LessonNotes() {
  const t = useT();
  const notes = lessonNotes(useStore(useShallow((s) => ({ activations: s.config.activations, init: s.config.init }))));
  if (notes.length === 0) return null;
  return (
    <ul className="lesson-notes" data-testid="teaching-notes" aria-live="polite">
      {notes.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}
