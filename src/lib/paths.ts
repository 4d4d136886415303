import type { PathStep } from '../schemas/path.ts';

/** The URL parameter of a custom path: `?lessons=<id>,<id>,...`. */
export const LESSONS_PARAM = 'lessons';
/** The URL parameter of a custom path's optional title: `&title=...`. */
export const TITLE_PARAM = 'title';
/** Longest custom path title kept from a link, in characters. */
export const MAX_TITLE_LENGTH = 60;

/** Minutes a practice step is estimated to take: lessons state their own minutes, practice has none. */
export const PRACTICE_STEP_MINUTES = 10;

/** Estimated minutes of a path: each lesson's own minutes, plus PRACTICE_STEP_MINUTES per practice step. */
export function pathMinutes(steps: readonly PathStep[], lessonMinutes: (lessonId: string) => number): number {
  return steps.reduce((sum, step) => sum + ('lesson' in step ? lessonMinutes(step.lesson) : PRACTICE_STEP_MINUTES), 0);
}

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

/**
 * The query string of a custom path, `?lessons=a/b,c/d` ('/' left readable), with `&title=` when a
 * title is given; '' for no lessons.
 */
export function customPathQuery(lessonIds: readonly string[], title = ''): string {
  if (lessonIds.length === 0) return '';
  const lessons = `?${LESSONS_PARAM}=${lessonIds.map((id) => encodeURIComponent(id).replaceAll('%2F', '/')).join(',')}`;
  const name = title.trim().slice(0, MAX_TITLE_LENGTH);
  return name ? `${lessons}&${TITLE_PARAM}=${encodeURIComponent(name)}` : lessons;
}

/** The title of a custom path link, trimmed and at most MAX_TITLE_LENGTH characters; '' when it has none. */
export function customPathTitle(query: string): string {
  return (new URLSearchParams(query).get(TITLE_PARAM) ?? '').trim().slice(0, MAX_TITLE_LENGTH).trim();
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

/** The URL parameter that tells a lesson it was opened from a learning path: `?path=<id>`. */
export const PATH_PARAM = 'path';

/** Where a lesson stands in a path: "第 {position} / {total} 步", and the step after it. */
export interface PlaceInPath {
  /** 1-based position among all the path's steps (lessons and practice). */
  position: number;
  total: number;
  /** The step after this one; absent for the last step. */
  next?: PathStep;
}

/** The lesson's place in `steps` (its first occurrence), or undefined when the path does not include it. */
export function placeInPath(steps: readonly PathStep[], lessonId: string): PlaceInPath | undefined {
  const index = steps.findIndex((step) => 'lesson' in step && step.lesson === lessonId);
  if (index < 0) return undefined;
  const next = steps[index + 1];
  return next ? { position: index + 1, total: steps.length, next } : { position: index + 1, total: steps.length };
}
