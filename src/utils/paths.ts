import type { PathStep } from '../schemas/path.ts';
import { formatDuration } from '../lib/duration.ts';
import { durationLabels, t } from '../lib/i18n.ts';
import { PRACTICE_STEP_MINUTES, pathMinutes } from '../lib/paths.ts';
import type { Course } from './course.ts';
import { urls } from './url.ts';

/** A path step as a page shows it: a link, a line under it, and what the element needs to track it. */
export interface StepView {
  /** Lesson id, for lesson steps. */
  lesson?: string;
  /** Module id, for practice steps. */
  practice?: string;
  href: string;
  title: string;
  meta: string;
}

/** Where a step of the path `pathId` leads, and its title: a lesson within the path, or the path's practice step. */
export function stepLink(course: Course, step: PathStep, pathId: string): { href: string; title: string } {
  if ('lesson' in step) return { href: urls.lessonInPath(step.lesson, pathId), title: course.lesson(step.lesson)!.data.title };
  return { href: urls.pathPractice(pathId, step.practice), title: step.label ?? course.modules.find((m) => m.id === step.practice)!.title };
}

/** The steps of a path with their links (to lessons within the path when `pathId` is given), titles and estimated minutes. */
export function stepViews(course: Course, steps: readonly PathStep[], pathId?: string): StepView[] {
  return steps.map((step) => {
    if ('practice' in step) {
      const module = course.modules.find((m) => m.id === step.practice)!;
      return {
        practice: step.practice,
        href: pathId ? urls.pathPractice(pathId, step.practice) : urls.practice(step.practice),
        title: step.label ?? module.title,
        meta: t('paths.practiceMeta', { minutes: PRACTICE_STEP_MINUTES }),
      };
    }
    const lesson = course.lessons.find((l) => l.id === step.lesson)!;
    const meta = t('paths.stepMeta', { module: course.moduleOf(lesson).title, minutes: lesson.data.minutes });
    return { lesson: lesson.id, href: pathId ? urls.lessonInPath(lesson.id, pathId) : urls.lesson(lesson.id), title: lesson.data.title, meta };
  });
}

/** "8 课 · 2 组练习 · 约 2 小时 10 分钟": what a path asks of the learner. */
export function pathFacts(course: Course, steps: readonly PathStep[]): string {
  const minutesOf = (id: string) => course.lessons.find((l) => l.id === id)!.data.minutes;
  const lessons = steps.filter((step) => 'lesson' in step).length;
  const practice = steps.length - lessons;
  const time = formatDuration(pathMinutes(steps, minutesOf) * 60, durationLabels());
  return [t('lesson.count', { count: lessons }), practice ? t('paths.practiceCount', { count: practice }) : '', t('paths.about', { time })].filter(Boolean).join(' · ');
}
