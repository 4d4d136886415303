import { joinParts } from '../shared.ts';
import { all, checked, markChoices, restoreChoices, textOf, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

export const dialogue: QuestionTypeClient<Key, Answer> = {
  read: (root) => ({
    type: 'dialogue',
    selected: all(root, '.q-turn').map((turn) => {
      const [c] = checked(turn);
      return c ? Number(c.value) : null;
    }),
  }),
  restore: (root, { selected }) => all(root, '.q-turn').forEach((turn, n) => restoreChoices(turn, selected[n] == null ? [] : [String(selected[n])])),
  mark: (root, key, _result, labels) => all(root, '.q-turn').forEach((turn, n) => markChoices(turn, (v) => Number(v) === key.best[n], labels)),
  answerText: (root) => joinParts(checked(root.querySelector('.q-main')!).map((i) => textOf(i.nextElementSibling))),
};
