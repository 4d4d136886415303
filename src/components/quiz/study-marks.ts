import type { MarkLabels } from '../../question-types/client-shared.ts';
import type { QuestionLabel } from './course-question.ts';

/**
 * 背题模式's marks on a question's options: on, the right option is marked where it stands
 * ("→ 应选这一项", also for a checkbox left unticked); off again, the marks go unless the question
 * was checked. `mark` marks the options with the labels given.
 */
export function studyMarks(question: HTMLElement & { label(key: QuestionLabel): string }, on: boolean, mark: (labels: MarkLabels) => void): void {
  const all = (selector: string) => [...question.querySelectorAll<HTMLElement>(selector)];
  if (on) {
    const answer = question.label('answer');
    mark({ right: question.label('right'), wrongMark: question.label('wrongMark'), rightAnswer: question.label('rightAnswer'), missed: answer, answer });
    for (const verdict of all('.q-option .q-verdict.is-missed')) {
      verdict.className = 'q-verdict is-answer';
      verdict.textContent = `→ ${answer}`;
    }
  } else if (question.querySelector<HTMLElement>('.q-explanation')?.hidden) for (const el of all('.q-option .q-verdict, .q-option-feedback')) el.hidden = true;
}
