import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  for (const [i, accepted] of key.accept.entries()) {
    await keys.typeInto(page, question.locator('.q-blank input').nth(i), right ? accepted[0]! : '完全不对的答案');
  }
};
