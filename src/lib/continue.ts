import type { LessonProgress } from './progress/types.ts';

/**
 * The lesson to continue with: the most recently visited one not yet completed, among `knownLessons`
 * (lessons removed from the course are skipped); undefined when there is none.
 */
export function lessonToContinue(lessons: Readonly<Record<string, LessonProgress>>, knownLessons: readonly string[]): string | undefined {
  let best: { id: string; at: number } | undefined;
  for (const id of knownLessons) {
    const lesson = lessons[id];
    if (!lesson || lesson.completedAt !== undefined) continue;
    if (!best || lesson.lastVisit > best.at) best = { id, at: lesson.lastVisit };
  }
  return best?.id;
}
