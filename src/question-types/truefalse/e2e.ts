import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  await keys.chooseRadio(page, question.locator(`input[type=radio][value="${String(right ? key.answer : !key.answer)}"]`).first());
};
