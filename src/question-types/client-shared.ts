/** What each type's client.ts uses to read and mark its part of a question element. */
import type { Result } from './shared.ts';

/** Labels the marks use. */
export interface MarkLabels {
  right: string;
  wrongMark: string;
  /** Before the right answer shown beside a wrong one: "错误，正确答案：供方". */
  rightAnswer: string;
  missed: string;
  /** An unticked option that was the one right answer (single choice, true/false, dialogue). */
  answer: string;
}

/** A wrong part's mark, naming what was right: "错误，正确答案：供方". */
export const wrongWithAnswer = (labels: MarkLabels, answer: string): string => `${labels.wrongMark}，${labels.rightAnswer}：${answer}`;

/** How the browser side of a question type reads an answer from its form and marks it after checking. */
export interface QuestionTypeClient<K, R> {
  /** The learner's current answer. */
  read(root: HTMLElement): R;
  /** Writes a previously given answer back into the form (reopening a page shows the last answer). */
  restore?(root: HTMLElement, response: R): void;
  /** Marks each part right or wrong, revealing the right answer and feedback where there is one. */
  mark(root: HTMLElement, key: K, result: Result, labels: MarkLabels): void;
  /** What the learner answered as short text, for the wrong-answer notebook. */
  answerText(root: HTMLElement): string;
  /**
   * A self-assessed type's second step (see `selfAssessed` in shared.ts): shows the answer points to tick,
   * with hints of those the answer seems to cover.
   */
  selfAssess?(root: HTMLElement, key: K): void;
}

export const all = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [...root.querySelectorAll<T>(selector)];
export const checked = (scope: ParentNode): HTMLInputElement[] => all<HTMLInputElement>(scope, 'input:checked');
export const textOf = (el: Element | null | undefined): string => el?.textContent?.trim() ?? '';

/** Shows a part's verdict: kind decides the icon and class, text the words. */
export function verdict(el: Element, kind: 'right' | 'wrong' | 'missed' | 'answer', text: string): void {
  const v = el.querySelector<HTMLElement>(':scope > .q-verdict');
  if (!v) return;
  v.hidden = false;
  v.className = `q-verdict is-${kind}`;
  v.textContent = `${{ right: '✓', wrong: '✗', missed: '!', answer: '→' }[kind]} ${text}`;
}

/**
 * Marks radio or checkbox options. Three cases a learner must tell apart: ticked and right,
 * ticked but wrong, and a right option left unticked ("漏选"); options neither ticked nor right stay unmarked.
 */
export function markChoices(scope: ParentNode, isCorrect: (value: string) => boolean, labels: MarkLabels): void {
  for (const li of all(scope, '.q-option')) {
    const input = li.querySelector('input')!;
    const right = isCorrect(input.value);
    if (input.checked) verdict(li, right ? 'right' : 'wrong', right ? labels.right : labels.wrongMark);
    // An unticked right option never reads "✓ 正确": it was missed (checkboxes) or is the answer to choose (radios).
    else if (right) verdict(li, input.type === 'checkbox' ? 'missed' : 'answer', input.type === 'checkbox' ? labels.missed : labels.answer);
    const feedback = li.querySelector<HTMLElement>('.q-option-feedback');
    if (feedback && (input.checked || right)) feedback.hidden = false;
  }
}

/** Ticks the options whose values are given, unticking the rest. */
export function restoreChoices(scope: ParentNode, values: readonly string[]): void {
  for (const input of all<HTMLInputElement>(scope, '.q-option input')) input.checked = values.includes(input.value);
}
