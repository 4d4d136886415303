import { joinParts } from '../shared.ts';
import { all, textOf, verdict, wrongWithAnswer, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const categorize: QuestionTypeClient<Key, Answer> = {
  read(root) {
    const assigned: (string | null)[] = [];
    for (const s of all<HTMLSelectElement>(root, 'select')) assigned[Number(s.dataset.index)] = s.value || null;
    return { type: 'categorize', assigned };
  },
  restore(root, { assigned }) {
    for (const s of all<HTMLSelectElement>(root, 'select')) s.value = assigned[Number(s.dataset.index)] ?? '';
  },
  mark(root, key, result, labels) {
    for (const li of all(root, '.q-cat-row')) {
      const select = li.querySelector('select')!;
      const index = Number(select.dataset.index);
      const rightLabel = [...select.options].find((o) => o.value === key.categories[index])?.text ?? '';
      verdict(li, result.parts[index] ? 'right' : 'wrong', result.parts[index] ? labels.right : wrongWithAnswer(labels, rightLabel));
    }
  },
  answerText: (root) => joinParts(all<HTMLSelectElement>(root, 'select').map((s) => `${textOf(s.labels[0])}：${s.selectedOptions[0]?.value ? textOf(s.selectedOptions[0]) : '—'}`)),
};
