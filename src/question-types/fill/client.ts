import { joinParts } from '../shared.ts';
import { all, verdict, wrongWithAnswer, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

const inputs = (root: HTMLElement) => all<HTMLInputElement>(root, '.q-blank input');

export const fill: QuestionTypeClient<Key, Answer> = {
  read: (root) => ({ type: 'fill', values: inputs(root).map((i) => i.value) }),
  restore: (root, { values }) => inputs(root).forEach((input, i) => (input.value = values[i] ?? '')),
  mark: (root, key, result, labels) =>
    all(root, '.q-blank').forEach((li, i) => verdict(li, result.parts[i] ? 'right' : 'wrong', result.parts[i] ? labels.right : wrongWithAnswer(labels, key.accept[i]![0]!))),
  answerText: (root) => joinParts(inputs(root).map((i) => i.value.trim() || '—')),
};
