import { t } from '../../lib/i18n.ts';
import { labelsAttribute } from '../base/labels.ts';
import type { QuestionLabel } from './course-question.ts';

/**
 * The value of a page's `data-question-labels` (BaseLayout puts it on `<body>`): what every question says
 * (right, wrong, the steps of a case question), the same for each, so a page carries it once and not on
 * every question it shows (at 12 questions a lesson, that was a sixth of the course's HTML).
 */
export function questionLabelsAttribute(): string {
  return labelsAttribute<QuestionLabel>({
    missed: t('quiz.missedMark'),
    answer: t('quiz.answerMark'),
    correct: t('quiz.correct'),
    wrong: t('quiz.wrong'),
    partial: t('quiz.partial'),
    empty: t('quiz.empty'),
    right: t('quiz.rightMark'),
    wrongMark: t('quiz.wrongMark'),
    rightAnswer: t('quiz.rightAnswerMark'),
    moved: t('quiz.moved'),
    selfScored: t('quiz.selfScored'),
    selfScoredMarks: t('quiz.selfScoredMarks'),
    compare: t('quiz.compare'),
    selfScore: t('quiz.selfScore'),
    restored: t('quiz.restored'),
    caseStep1: t('quiz.caseStep1'),
    caseStep2: t('quiz.caseStep2'),
  });
}
