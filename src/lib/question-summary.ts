/** Short texts that stand for a question where it is listed rather than shown: the notebook, its CSV. */
import { BLANK_PATTERN } from '../question-types/shared.ts';
import { definitionOf, type Question } from '../question-types/definitions.ts';
import { fill } from './template.ts';

/**
 * The question in one line: its stem, blanks shown as "___", and where the stem is generic (a dialogue's
 * "which reply is better?", a case's "阅读案例材料，回答下列问题。") what tells it apart, as its type says.
 */
export function questionLine(question: Question): string {
  const stem = question.stem.replace(BLANK_PATTERN, '___');
  const line = definitionOf(question).listLine?.(question);
  return line ? fill(line.template, { ...line.values, stem }) : stem;
}

/** The right answer as short text; each type writes its own (src/question-types/<type>/definition.ts). */
export { rightAnswerText } from '../question-types/definitions.ts';
