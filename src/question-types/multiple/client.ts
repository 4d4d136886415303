import { joinParts } from '../shared.ts';
import { checked, markChoices, restoreChoices, textOf, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const multiple: QuestionTypeClient<Key, Answer> = {
  read: (root) => ({ type: 'multiple', selected: checked(root.querySelector('.q-main')!).map((c) => Number(c.value)) }),
  restore: (root, { selected }) => restoreChoices(root, selected.map(String)),
  mark: (root, key, _result, labels) => markChoices(root, (v) => key.correct.includes(Number(v)), labels),
  answerText: (root) => joinParts(checked(root.querySelector('.q-main')!).map((i) => textOf(i.nextElementSibling))),
};
