import { all, textOf, verdict, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const order: QuestionTypeClient<Key, Answer> = {
  read: (root) => ({ type: 'order', sequence: all(root, '.q-order-item').map((li) => Number(li.dataset.index)) }),
  restore(root, { sequence }) {
    const list = root.querySelector('.q-order')!;
    const items = all(root, '.q-order-item');
    if (sequence.length !== items.length) return;
    for (const index of sequence) {
      const li = items.find((item) => Number(item.dataset.index) === index);
      if (li) list.append(li);
    }
  },
  mark: (root, _key, result, labels) =>
    all(root, '.q-order-item').forEach((li, i) => verdict(li, result.parts[i] ? 'right' : 'wrong', result.parts[i] ? labels.right : labels.wrongMark)),
  answerText: (root) => all(root, '.q-order-text').map(textOf).join(' → '),
};
