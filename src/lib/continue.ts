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

/**
 * The lesson the home page offers under "继续学习": the lesson to continue if one was left
 * unfinished, otherwise the first lesson not completed after the last one completed (in course
 * order, wrapping round to earlier gaps); undefined when nothing was studied yet or every lesson is completed.
 */
export function nextLessonToStudy(lessons: Readonly<Record<string, LessonProgress>>, courseOrder: readonly string[]): string | undefined {
  const open = lessonToContinue(lessons, courseOrder);
  if (open) return open;
  const done = (id: string) => lessons[id]?.completedAt !== undefined;
  let last = -1;
  courseOrder.forEach((id, i) => {
    if (done(id) && (last < 0 || lessons[id]!.completedAt! >= lessons[courseOrder[last]!]!.completedAt!)) last = i;
  });
  if (last < 0) return undefined;
  return [...courseOrder.slice(last + 1), ...courseOrder.slice(0, last)].find((id) => !done(id));
}
