/** The wrong-answer notebook as the learner sees it: entries joined with the question bank, filtered, exported. */
import type { NotebookEntry } from './progress/types.ts';

/** What the review page knows about the question bank, built at build time. */
export interface BankData {
  /** Per question id: its one-line stem, type, lesson id and right answer as short text (a case: its key points, one per item). */
  questions: Record<string, { stem: string; type: string; lesson: string; answer: string | string[] }>;
  /** Per lesson id: title, link and module id. */
  lessons: Record<string, { title: string; href: string; module: string }>;
  /** Module titles by id, in course order. */
  modules: Record<string, string>;
  /** Question type labels by type. */
  types: Record<string, string>;
}

/** One notebook entry with everything shown or exported about it. */
export interface NotebookRow {
  id: string;
  stem: string;
  typeLabel: string;
  lesson: string;
  lessonTitle: string;
  lessonHref: string;
  module: string;
  moduleTitle: string;
  /** What the learner answered the last time they got it wrong; '' if not recorded. */
  answer: string;
  /** The right answer; a case question's key points as a list. */
  rightAnswer: string | string[];
  addedAt: number;
  lastWrongAt: number;
  /** Right answers in a row since the last wrong one. */
  streak: number;
}

/**
 * The notebook's entries, newest wrong answer first (ties by id), optionally of one module only.
 * Entries for questions no longer in the bank (removed from the course) are left out.
 */
export function notebookRows(notebook: Readonly<Record<string, NotebookEntry>>, bank: BankData, module?: string): NotebookRow[] {
  const rows: NotebookRow[] = [];
  for (const [id, entry] of Object.entries(notebook)) {
    const question = bank.questions[id];
    const lesson = question && bank.lessons[question.lesson];
    if (!question || !lesson || (module && lesson.module !== module)) continue;
    rows.push({
      id,
      stem: question.stem,
      typeLabel: bank.types[question.type] ?? question.type,
      lesson: question.lesson,
      lessonTitle: lesson.title,
      lessonHref: lesson.href,
      module: lesson.module,
      moduleTitle: bank.modules[lesson.module] ?? lesson.module,
      answer: entry.answer ?? '',
      rightAnswer: question.answer,
      addedAt: entry.addedAt,
      lastWrongAt: entry.lastWrongAt,
      streak: entry.streak,
    });
  }
  return rows.sort((a, b) => b.lastWrongAt - a.lastWrongAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The notebook as spreadsheet rows: `header`, then module, lesson, question, your answer, right answer, added, last wrong. */
export function notebookTable(rows: readonly NotebookRow[], header: readonly string[], time: (at: number) => string): string[][] {
  return [[...header], ...rows.map((r) => [r.moduleTitle, r.lessonTitle, r.stem, r.answer, listText(r.rightAnswer), time(r.addedAt), time(r.lastWrongAt)])];
}

/** A right answer as one text: key points numbered, one per line ("1. …\n2. …"), never glued into one sentence. */
export function listText(answer: string | readonly string[]): string {
  return typeof answer === 'string' ? answer : answer.map((point, i) => `${i + 1}. ${point}`).join('\n');
}

/** What one answer did to a question's place in the notebook. */
export type NotebookChange =
  | { kind: 'added' }
  | { kind: 'removed' }
  /** Still in; `left` more right answers in a row take it out. */
  | { kind: 'streak'; left: number }
  | { kind: 'kept' }
  | { kind: 'none' };

/** Compares a question's notebook entry before and after an answer (`removeAfter` as in recordAttempt). */
export function notebookChange(before: NotebookEntry | undefined, after: NotebookEntry | undefined, removeAfter: number): NotebookChange {
  if (before && !after) return { kind: 'removed' };
  if (!after) return { kind: 'none' };
  if (!before) return { kind: 'added' };
  return after.streak > 0 ? { kind: 'streak', left: Math.max(1, removeAfter - after.streak) } : { kind: 'kept' };
}
