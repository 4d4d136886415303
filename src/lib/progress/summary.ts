import { dueToday, reviewSchedule } from '../review.ts';
import type { ExamRecord, ProgressData } from './types.ts';
import { completedCount } from './lesson-state.ts';

// Re-exported for pages that read every figure from here; light islands import lesson-state.ts directly.
export { completedCount, EXPORT_REMINDER_DAYS, exportReminderDue, lessonState } from './lesson-state.ts';

/** The figures at the top of the progress page. */
export interface ProgressTotals {
  lessonsCompleted: number;
  /** Distinct questions answered at least once. */
  questionsAnswered: number;
  /** Answers given, counting every attempt. */
  attempts: number;
  /** Share of attempts with full marks, between 0 and 1; null before the first answer. */
  accuracy: number | null;
  /** Study time over all lessons, in seconds. */
  seconds: number;
  /** Questions due for review today. */
  due: number;
}

/**
 * Totals of `data` over the lessons and questions the course has now: records of lessons or
 * questions since removed from the course stay in storage but are not counted, so the figures
 * match what the learner can open.
 */
export function progressTotals(data: ProgressData, course: { lessonIds: readonly string[]; questionIds: readonly string[] }, now: number): ProgressTotals {
  const questions = new Set(course.questionIds);
  const attempts = Object.fromEntries(Object.entries(data.attempts).filter(([id, list]) => questions.has(id) && list.length > 0));
  const all = Object.values(attempts).flat();
  const correct = all.filter((a) => a.correct).length;
  return {
    lessonsCompleted: completedCount(data, course.lessonIds),
    questionsAnswered: Object.keys(attempts).length,
    attempts: all.length,
    accuracy: all.length ? correct / all.length : null,
    seconds: course.lessonIds.reduce((sum, id) => sum + (data.lessons[id]?.seconds ?? 0), 0),
    due: dueToday(reviewSchedule(attempts, now), now).length,
  };
}

/** The exams, newest first (by submission time, then id, for a stable order). */
export function examHistory(exams: readonly ExamRecord[]): ExamRecord[] {
  return [...exams].sort((a, b) => b.submittedAt - a.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
