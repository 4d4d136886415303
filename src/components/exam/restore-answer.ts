import type { Response } from '../../lib/scoring.ts';

/**
 * Puts a saved answer back into a server-rendered question, as if the candidate had given it again:
 * used when a saved exam is continued. An answer of another type than the question, or a value the
 * question no longer offers, is left out rather than guessed.
 */
export function restoreAnswer(question: HTMLElement, saved: Response): void {
  if (saved.type !== question.dataset.questionType) return;
  const main = question.querySelector('.q-main');
  if (!main) return;
  const check = (scope: ParentNode, value: unknown) => {
    const input = scope.querySelector<HTMLInputElement>(`input[value="${CSS.escape(String(value))}"]`);
    if (input) input.checked = true;
  };
  switch (saved.type) {
    case 'single':
    case 'truefalse':
      if (saved.selected !== null) check(main, saved.selected);
      break;
    case 'multiple':
      for (const value of saved.selected) check(main, value);
      break;
    case 'dialogue':
      main.querySelectorAll('.q-turn').forEach((turn, i) => saved.selected[i] != null && check(turn, saved.selected[i]));
      break;
    case 'fill':
      main.querySelectorAll<HTMLInputElement>('.q-blank input').forEach((input, i) => (input.value = saved.values[i] ?? ''));
      break;
    case 'categorize':
      for (const select of main.querySelectorAll<HTMLSelectElement>('select')) select.value = saved.assigned[Number(select.dataset.index)] ?? '';
      break;
    case 'order': {
      const items = [...main.querySelectorAll<HTMLElement>('.q-order-item')];
      const list = items[0]?.parentElement;
      for (const index of saved.sequence) {
        const li = items.find((el) => el.dataset.index === String(index));
        if (li) list!.append(li);
      }
      break;
    }
    case 'case': {
      const text = main.querySelector<HTMLTextAreaElement>('textarea');
      if (text) text.value = saved.text;
      break;
    }
  }
}
