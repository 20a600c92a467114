/**
 * The words of the lesson panel, the lesson index and classroom mode. Apart from the page's
 * dictionaries (en.ts, ja.ts) because only those on-demand chunks use them: the first load
 * carries none of them.
 */
import type { MessageParams } from './fill';
import type { Lang } from './lang';
import { defineWords, viewWord } from './viewWords';

const en = {
  'lesson.indexTitle': 'Lessons',
  'lesson.indexIntro': 'One lesson for each idea, a few steps each. Your progress stays in this browser.',
  'lesson.closeIndex': 'Close the lessons',
  'lesson.progress': '{done} of {total} steps done',
  'lesson.classroom': 'Classroom',
  'lesson.embed': 'Embed in a course page',
  'lesson.embedHelp': 'This snippet shows the output and the play button of the current settings in an <iframe>. Change embed=… to show other parts: play, data, features, network, output, loss.',
  'lesson.stepOf': 'Step {step} of {total}',
  'lesson.todo': 'Do:',
  'lesson.answerFirst': 'Answer first: the run starts once you have made your guess.',
  'lesson.right': 'Right.',
  'lesson.notQuite': 'Not quite.',
  'lesson.goal': 'Goal:',
  'lesson.goalMet': 'Goal reached:',
  'lesson.previous': 'Previous',
  'lesson.next': 'Next step',
  'lesson.finished': 'Done: back to the lessons',
  'lesson.close': 'Close the lesson',
  'classroom.shortcuts': 'Keyboard shortcuts',
  'classroom.key.space': 'Space',
  'classroom.key.arrows': '→ / ←',
  'classroom.key.s': 's',
  'classroom.key.r': 'r',
  'classroom.key.f': 'f',
  'classroom.key.help': '?',
  'classroom.does.space': 'play or pause',
  'classroom.does.arrows': 'next or previous step',
  'classroom.does.s': 'one step of training',
  'classroom.does.r': 'reset: new initial weights',
  'classroom.does.f': 'full screen',
  'classroom.does.help': 'show or hide this list',
};

export type LessonWordKey = keyof typeof en;

const ja = {
  'lesson.indexTitle': 'レッスン',
  'lesson.indexIntro': '考え方ごとに 1 つ、それぞれ数ステップのレッスンです。進み具合はこのブラウザーにだけ保存されます。',
  'lesson.closeIndex': 'レッスン一覧を閉じる',
  'lesson.progress': '{total} ステップ中 {done} ステップ完了',
  'lesson.classroom': '授業モード',
  'lesson.embed': '授業のページに埋め込む',
  'lesson.embedHelp': 'このコードを貼ると、今の設定の出力と再生ボタンが <iframe> で表示されます。embed=… を変えると他の部分も表示できます：play, data, features, network, output, loss。',
  'lesson.stepOf': 'ステップ {step} / {total}',
  'lesson.todo': 'やること：',
  'lesson.answerFirst': '先に答えてください。予想してから学習を始めます。',
  'lesson.right': '正解です。',
  'lesson.notQuite': '惜しい。',
  'lesson.goal': '目標：',
  'lesson.goalMet': '目標達成：',
  'lesson.previous': '前へ',
  'lesson.next': '次のステップ',
  'lesson.finished': '完了：レッスン一覧へ',
  'lesson.close': 'レッスンを閉じる',
  'classroom.shortcuts': 'キーボードショートカット',
  'classroom.key.space': 'スペース',
  'classroom.key.arrows': '→ / ←',
  'classroom.key.s': 's',
  'classroom.key.r': 'r',
  'classroom.key.f': 'f',
  'classroom.key.help': '?',
  'classroom.does.space': '再生／一時停止',
  'classroom.does.arrows': '次／前のステップ',
  'classroom.does.s': '1 ステップ学習',
  'classroom.does.r': 'リセット：重みの初期値を引き直す',
  'classroom.does.f': '全画面表示',
  'classroom.does.help': 'この一覧を表示／非表示',
};

export const LESSON_WORDS = defineWords<LessonWordKey>(en, ja);

/** The word in `lang`, with each `{name}` replaced by params.name (as translate() does). */
export function lessonWord(lang: Lang, key: LessonWordKey, params?: MessageParams): string {
  return viewWord(LESSON_WORDS, lang, key, params);
}
