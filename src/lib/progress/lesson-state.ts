import type { ProgressData } from './types.ts';

// Small and free of the review scheduler, so every page's progress island can use it.

/** Where a learner stands with one lesson. */
export type LessonState = 'completed' | 'visited' | 'new';

/** Whether the lesson is completed, opened but not completed, or not started. */
export function lessonState(data: ProgressData, lessonId: string): LessonState {
  const entry = data.lessons[lessonId];
  if (!entry) return 'new';
  return entry.completedAt === undefined ? 'visited' : 'completed';
}

/** How many of `lessonIds` are completed. */
export function completedCount(data: ProgressData, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => lessonState(data, id) === 'completed').length;
}

/** Days without an export after which a learner with progress is reminded to keep a copy. */
export const EXPORT_REMINDER_DAYS = 14;

/**
 * Whether to remind the learner to export: they have progress, and their last export (or, if they
 * never exported, their first lesson visit or answer) is EXPORT_REMINDER_DAYS days old or more.
 */
export function exportReminderDue(data: ProgressData, now: number): boolean {
  const times = [...Object.values(data.lessons).map((l) => l.firstVisit), ...Object.values(data.attempts).flatMap((list) => list.map((a) => a.at))];
  if (!times.length) return false;
  const since = data.exportedAt ?? Math.min(...times);
  return now - since >= EXPORT_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
