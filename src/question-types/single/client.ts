import { joinParts } from '../shared.ts';
import { checked, markChoices, restoreChoices, textOf, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const single: QuestionTypeClient<Key, Answer> = {
  read(root) {
    const [c] = checked(root.querySelector('.q-main')!);
    return { type: 'single', selected: c ? Number(c.value) : null };
  },
  restore: (root, { selected }) => restoreChoices(root, selected === null ? [] : [String(selected)]),
  mark: (root, key, _result, labels) => markChoices(root, (v) => Number(v) === key.correct, labels),
  answerText: (root) => joinParts(checked(root.querySelector('.q-main')!).map((i) => textOf(i.nextElementSibling))),
};
