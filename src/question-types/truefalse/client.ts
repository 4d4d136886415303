import { joinParts } from '../shared.ts';
import { checked, markChoices, restoreChoices, textOf, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const truefalse: QuestionTypeClient<Key, Answer> = {
  read(root) {
    const [c] = checked(root.querySelector('.q-main')!);
    return { type: 'truefalse', selected: c ? c.value === 'true' : null };
  },
  restore: (root, { selected }) => restoreChoices(root, selected === null ? [] : [String(selected)]),
  mark: (root, key, _result, labels) => markChoices(root, (v) => (v === 'true') === key.answer, labels),
  answerText: (root) => joinParts(checked(root.querySelector('.q-main')!).map((i) => textOf(i.nextElementSibling))),
};
