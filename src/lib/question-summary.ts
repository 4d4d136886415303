/** Short texts that stand for a question where it is listed rather than shown: the notebook, its CSV. */
import { t } from './i18n.ts';
import { BLANK_PATTERN } from '../question-types/shared.ts';
import { type Question } from '../question-types/definitions.ts';

/** Characters of a case's material that name it in a list. */
const CASE_EXCERPT = 24;

/**
 * The question in one line: its stem, blanks shown as "___", and for a dialogue or a case (whose stems are
 * often generic: "which reply is better?", "阅读案例材料，回答下列问题。") the customer's first line or the
 * case's opening words, so entries can be told apart.
 */
export function questionLine(question: Question): string {
  const stem = question.stem.replace(BLANK_PATTERN, '___');
  if (question.type === 'dialogue') return t('quiz.dialogueLine', { stem, customer: question.turns[0]!.customer });
  if (question.type === 'case' && question.case) {
    const words = [...question.case.trim()];
    return t('quiz.caseLine', { stem, case: words.length > CASE_EXCERPT ? `${words.slice(0, CASE_EXCERPT).join('')}…` : words.join('') });
  }
  return stem;
}

/** The right answer as short text; each type writes its own (src/question-types/<type>/definition.ts). */
export { rightAnswerText } from '../question-types/definitions.ts';
