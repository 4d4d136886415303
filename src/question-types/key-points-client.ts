/** The browser side of the written types (简答, 案例分析): a free answer, then the learner ticks the points it covers. */
import { all, type QuestionTypeClient } from './client-shared.ts';
import { keyPointHints, type KeyPointsKey, type WrittenAnswer } from './key-points.ts';

const answer = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('.q-written')!;
const points = (root: HTMLElement) => all<HTMLInputElement>(root, '.q-keypoints input');

/** The client of written type `type`; marking is the learner's own, so the ticked points stay as they are. */
export function writtenClient<T extends string>(type: T): QuestionTypeClient<KeyPointsKey & { type: T }, WrittenAnswer & { type: T }> {
  return {
    read: (root) => ({ type, text: answer(root).value, ticked: points(root).map((i) => i.checked) }),
    restore(root, { text, ticked }) {
      answer(root).value = text;
      points(root).forEach((input, i) => (input.checked = ticked[i] === true));
    },
    mark() {},
    answerText: (root) => answer(root).value.trim(),
    selfAssess(root, key) {
      root.querySelector<HTMLElement>('.q-keypoints')!.hidden = false;
      const hints = keyPointHints(answer(root).value, key.keywords);
      all(root, '.q-hint-mark').forEach((mark, i) => (mark.hidden = !hints[i]));
    },
  };
}
