import { all, type QuestionTypeClient } from '../client-shared.ts';
import type { Answer, Key } from './score.ts';

const answer = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('textarea')!;
const points = (root: HTMLElement) => all<HTMLInputElement>(root, '.q-keypoints input');

/** Marking a case is the learner's own: the ticked key points stay as they are. */
export const caseAnalysis: QuestionTypeClient<Key, Answer> = {
  read: (root) => ({ type: 'case', text: answer(root).value, ticked: points(root).map((i) => i.checked) }),
  restore(root, { text, ticked }) {
    answer(root).value = text;
    points(root).forEach((input, i) => (input.checked = ticked[i] === true));
  },
  mark() {},
  answerText: (root) => answer(root).value.trim(),
};
