import { getCollection, type CollectionEntry } from 'astro:content';
import type { Question } from '../question-types/definitions.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { ExamBlueprint } from '../schemas/exam.ts';
import type { LearningPath } from '../schemas/path.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

/** A module with its lessons in order. */
export interface CourseModule {
  id: string;
  title: string;
  summary: string;
  order: number;
  lessons: LessonEntry[];
}

/**
 * The whole course, ordered: the one place pages read structure from. It is checked once, before the
 * build starts (course-check.ts, run by the content-check integration), so nothing is checked again here.
 */
export interface Course {
  modules: CourseModule[];
  /** Every lesson in reading order, module by module. */
  lessons: LessonEntry[];
  questions: Map<string, Question>;
  /** The mock exam's blueprint, if content/exam.yaml exists. */
  exam?: ExamBlueprint | undefined;
  /** The blueprint's papers as the pages that count exams pass them on (none without a blueprint): a full paper is a mock exam, the others are self-tests. */
  papers: { id: string; title: string; full: boolean }[];
  /** Learning paths: by their `order`, then those without one, in file-name order. */
  paths: { id: string; data: LearningPath }[];
  /** Glossary terms by id, in alphabetical order of the term. */
  glossary: Map<string, GlossaryTerm>;
  moduleOf(lesson: LessonEntry): CourseModule;
  /** The lesson with this id (`<module>/<slug>`), if any. */
  lesson(id: string): LessonEntry | undefined;
  /** Where a lesson stands in reading order (0 for the first), -1 if it is not in the course. */
  position(lessonId: string): number;
  /** Questions of one lesson, in the order of its question file. */
  questionsOf(lessonId: string): Question[];
}

/** Thrown when files contradict each other; the message names each file and field. */
export class CourseError extends Error {
  override name = 'CourseError';
}

let cached: Promise<Course> | undefined;

async function load(): Promise<Course> {
  const [moduleEntries, lessonEntries, questionEntries, termEntries, examEntries, pathEntries] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('questions'),
    getCollection('glossary'),
    getCollection('exam'),
    getCollection('paths'),
  ]);
  const blueprint = examEntries[0]?.data;

  const modules: CourseModule[] = moduleEntries
    .map((m) => ({
      id: m.id,
      ...m.data,
      lessons: lessonEntries.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order),
    }))
    .sort((a, b) => a.order - b.order);
  const byId = new Map(modules.map((m) => [m.id, m]));
  const questions = new Map(questionEntries.map((q) => [q.id, q.data]));
  // Indexes, so a course of thousands of lessons builds in linear time.
  const questionsByLesson = Map.groupBy(questions.values(), (q) => q.lesson);
  const lessons = modules.flatMap((m) => m.lessons);
  const lessonsById = new Map(lessons.map((l) => [l.id, l]));
  const position = new Map(lessons.map((l, i) => [l.id, i]));
  return {
    modules,
    lessons,
    questions,
    exam: blueprint,
    papers: (blueprint?.papers ?? []).map(({ id, title, full }) => ({ id, title, full })),
    paths: pathEntries.map((p) => ({ id: p.id, data: p.data })).sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.id < b.id ? -1 : 1)),
    glossary: new Map(
      termEntries
        .map((t) => t.data)
        .sort((a, b) => a.term.localeCompare(b.term, 'zh-CN'))
        .map((t) => [t.id, t]),
    ),
    moduleOf: (lesson) => byId.get(lesson.data.module)!,
    questionsOf: (lessonId) => questionsByLesson.get(lessonId) ?? [],
    lesson: (id) => lessonsById.get(id),
    position: (id) => position.get(id) ?? -1,
  };
}

/** The validated course, loaded once per build. */
export function getCourse(): Promise<Course> {
  cached ??= load();
  return cached;
}

/** A lesson's neighbours in reading order, for previous/next links. */
export function neighbours(course: Course, lesson: LessonEntry): { prev?: LessonEntry; next?: LessonEntry } {
  const i = course.position(lesson.id);
  return { prev: course.lessons[i - 1], next: course.lessons[i + 1] };
}

/** The static paths of a page per lesson that has questions (its question page), with the lesson as a prop. */
export async function lessonsWithQuestions(): Promise<{ params: { lesson: string }; props: { lesson: LessonEntry } }[]> {
  const course = await getCourse();
  return course.lessons.filter((lesson) => course.questionsOf(lesson.id).length).map((lesson) => ({ params: { lesson: lesson.id }, props: { lesson } }));
}
