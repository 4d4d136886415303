/** Short texts that stand for a question where it is listed rather than shown: the notebook, its CSV. */
import { t } from './i18n.ts';
import { BLANK_PATTERN } from '../question-types/shared.ts';
import { type Question } from '../question-types/definitions.ts';

/**
 * The question in one line: its stem, blanks shown as "___", and for a dialogue (whose stem is
 * usually the generic "which reply is better?") the customer's first line, so entries can be told apart.
 */
export function questionLine(question: Question): string {
  const stem = question.stem.replace(BLANK_PATTERN, '___');
  return question.type === 'dialogue' ? t('quiz.dialogueLine', { stem, customer: question.turns[0]!.customer }) : stem;
}

/** The right answer as short text; each type writes its own (src/question-types/<type>/definition.ts). */
export { rightAnswerText } from '../question-types/definitions.ts';
