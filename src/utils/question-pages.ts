import type { Question } from '../question-types/definitions.ts';
import { t } from '../lib/i18n.ts';
import type { LessonEntry } from './course.ts';

/** The title of a question's own page, before the site name: "单选题：<lesson>". */
export const questionPageTitle = (question: Question, lesson: LessonEntry): string => `${t(`quiz.type.${question.type}`)}：${lesson.data.title}`;
