/** What practice, review and home pages put in their page JSON, computed once from the course at build time. */
import type { BankData } from '../lib/notebook.ts';
import { courseOrder, WRITTEN_TAGS } from '../lib/practice.ts';
import { questionLine } from '../lib/question-summary.ts';
import { answerForList } from '../question-types/definitions.ts';
import { isSelfAssessed } from '../question-types/traits.ts';
import { QUESTION_TYPES, type QuestionType } from '../question-types/shared.ts';
import { t } from '../lib/i18n.ts';
import type { Course } from './course.ts';
import { urls } from './url.ts';

/** A lesson as a page's script needs it. */
export interface LessonInfo {
  title: string;
  href: string;
  module: string;
}

/** Every lesson by id, with its title, link and module. */
export function lessonInfo(course: Course): Record<string, LessonInfo> {
  return Object.fromEntries(course.lessons.map((l) => [l.id, { title: l.data.title, href: urls.lesson(l.id), module: l.data.module }]));
}

/** Every question id with its lesson, in course order (lesson order, then file order); `written` marks 简答 and 案例分析. */
export function orderedQuestions(course: Course): { id: string; lesson: string; written?: true }[] {
  return courseOrder(
    course.lessons.map((l) => l.id),
    [...course.questions.values()].map((q) => (isWritten(q) ? { id: q.id, lesson: q.lesson, written: true as const } : { id: q.id, lesson: q.lesson })),
  );
}

/** Whether a question is one of the exam's written kinds: a self-assessed type (简答, 案例分析), or tagged so. */
export function isWritten(question: { type: QuestionType; tags: readonly string[] }): boolean {
  return isSelfAssessed(question.type) || question.tags.some((tag) => (WRITTEN_TAGS as readonly string[]).includes(tag));
}

/** The question bank as the wrong-answer notebook shows it: one line per question and its right answer. */
export function bankData(course: Course): BankData {
  const labels = { true: t('quiz.true'), false: t('quiz.false') };
  return {
    questions: Object.fromEntries([...course.questions.values()].map((q) => [q.id, { stem: questionLine(q), type: q.type, lesson: q.lesson, answer: answerForList(q, labels) }])),
    lessons: lessonInfo(course),
    modules: Object.fromEntries(course.modules.map((m) => [m.id, m.title])),
    types: Object.fromEntries(QUESTION_TYPES.map((type) => [type, t(`quiz.type.${type}`)])),
  };
}
