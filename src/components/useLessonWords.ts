import { useCallback } from 'react';
import { lessonWord, type LessonWordKey } from '../i18n/lessonWords';
import { useLang } from './useT';

/** useT for the lesson chunks' own words (i18n/lessonWords.ts). */
export function useLessonWords(): (key: LessonWordKey, params?: Readonly<Record<string, string | number>>) => string {
  const lang = useLang();
  return useCallback((key, params) => lessonWord(lang, key, params), [lang]);
}
