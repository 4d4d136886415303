import type { PathStep } from '../schemas/path.ts';

/** The URL parameter of a custom path: `?lessons=<id>,<id>,...`. */
export const LESSONS_PARAM = 'lessons';

/**
 * The lessons of a custom path link such as `?lessons=communication/communication-model,complaints/six-steps`:
 * in the link's order, without blanks or repeats. Ids not in `knownLessons` go to `unknown`.
 */
export function parseCustomPath(query: string, knownLessons: readonly string[]): { lessons: string[]; unknown: string[] } {
  const known = new Set(knownLessons);
  const seen = new Set<string>();
  const lessons: string[] = [];
  const unknown: string[] = [];
  const values = new URLSearchParams(query).getAll(LESSONS_PARAM);
  for (const raw of values.flatMap((value) => value.split(','))) {
    // Slashes around an id come from pasting a lesson URL's path, e.g. "/complaints/six-steps/".
    const id = raw.trim().replace(/^\/+|\/+$/g, '');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    (known.has(id) ? lessons : unknown).push(id);
  }
  return { lessons, unknown };
}

/** The query string of a custom path, `?lessons=a/b,c/d` ('/' left readable), or '' for no lessons. */
export function customPathQuery(lessonIds: readonly string[]): string {
  if (lessonIds.length === 0) return '';
  return `?${LESSONS_PARAM}=${lessonIds.map((id) => encodeURIComponent(id).replaceAll('%2F', '/')).join(',')}`;
}

/** How far a learner is along a path. */
export interface PathProgress {
  /** Lesson steps completed. */
  done: number;
  /** Lesson steps in the path. */
  total: number;
  /** The step to take next; absent once every lesson is completed. */
  next?: PathStep;
}

/**
 * Progress along a path. Only lessons are counted: practice can be repeated and is never "done".
 * A practice step is passed once a lesson after it is completed, so `next` can point to practice
 * between two lessons but never sends the learner back to practice they have moved beyond.
 */
export function pathProgress(steps: readonly PathStep[], completedLessonIds: ReadonlySet<string>): PathProgress {
  const lessonSteps = steps.filter((step): step is { lesson: string } => 'lesson' in step);
  const total = lessonSteps.length;
  const done = lessonSteps.filter((step) => completedLessonIds.has(step.lesson)).length;
  if (done === total) return { done, total };
  const lastDone = steps.findLastIndex((step) => 'lesson' in step && completedLessonIds.has(step.lesson));
  const next = steps.find((step, i) => ('lesson' in step ? !completedLessonIds.has(step.lesson) : i > lastDone));
  return next ? { done, total, next } : { done, total };
}
