/** Short texts that stand for a question where it is listed rather than shown: the notebook, its CSV. */
import { BLANK_PATTERN, type Question } from '../schemas/question.ts';

/** Words the answer texts need: how a true/false answer reads. */
export interface SummaryLabels {
  true: string;
  false: string;
}

/** Separates the parts of one answer (options, items, blanks, turns, key points), as learners' answers are recorded. */
const PARTS = '；';

/**
 * The question in one line: its stem, blanks shown as "___", and for a dialogue (whose stem is
 * usually the generic "which reply is better?") the customer's first line, so entries can be told apart.
 */
export function questionLine(question: Question): string {
  const stem = question.stem.replace(BLANK_PATTERN, '___');
  return question.type === 'dialogue' ? `${stem}（客户：“${question.turns[0]!.customer}”）` : stem;
}

/**
 * The right answer as short text, written the way the learner's own answer is recorded so the two
 * compare side by side: the correct options; the items in order; each item with its category; the
 * accepted answers of each blank; the best reply of each turn; the key points of a case.
 */
export function rightAnswerText(question: Question, labels: SummaryLabels): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.text).join(PARTS);
    case 'truefalse':
      return question.answer ? labels.true : labels.false;
    case 'order':
      return question.items.join(' → ');
    case 'categorize': {
      const label = new Map(question.categories.map((c) => [c.id, c.label]));
      return question.items.map((item) => `${item.text}：${label.get(item.category) ?? item.category}`).join(PARTS);
    }
    case 'fill':
      return question.blanks.map((accepted) => accepted.join(' / ')).join(PARTS);
    case 'dialogue':
      return question.turns.map((turn) => turn.replies.find((r) => r.best)?.text ?? '').join(PARTS);
    case 'case':
      return question.keyPoints.map((p) => p.text).join(PARTS);
  }
}
