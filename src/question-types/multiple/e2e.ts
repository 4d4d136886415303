import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  const wrong = Array.from({ length: key.count }, (_, i) => i).find((i) => !key.correct.includes(i));
  for (const i of right ? key.correct : [wrong!]) await keys.tick(page, question.locator(`input[type=checkbox][value="${i}"]`));
};
