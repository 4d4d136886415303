import type { PathStep } from '../schemas/path.ts';

/** How far a learner is along a path. */
export interface PathProgress {
  /** Steps done: completed lessons, and practice steps done when they are counted. */
  done: number;
  /** Steps counted: the lessons, plus the practice steps when they are counted. */
  total: number;
  /** The step to take next; absent once every counted step is done. */
  next?: PathStep;
}

/**
 * Progress along a path. Without `practiceDone` only lessons are counted (a custom path's practice is
 * open-ended); with it (the module ids of the practice steps done), every step counts. A practice step
 * not done is passed once a lesson after it is completed, so `next` can point to practice between two
 * lessons but never sends the learner back to practice they have moved beyond.
 */
export function pathProgress(steps: readonly PathStep[], completedLessonIds: ReadonlySet<string>, practiceDone?: ReadonlySet<string>): PathProgress {
  const isDone = (step: PathStep) => ('lesson' in step ? completedLessonIds.has(step.lesson) : !!practiceDone?.has(step.practice));
  const counted = practiceDone ? steps : steps.filter((step) => 'lesson' in step);
  const total = counted.length;
  const done = counted.filter(isDone).length;
  if (done === total) return { done, total };
  const lastDone = steps.findLastIndex((step) => 'lesson' in step && completedLessonIds.has(step.lesson));
  const next = steps.find((step, i) => !isDone(step) && ('lesson' in step || i > lastDone));
  return next ? { done, total, next } : { done, total };
}
