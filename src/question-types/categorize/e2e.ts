import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  const ids = [...new Set(key.categories)];
  for (const [index, category] of key.categories.entries()) {
    const value = right ? category : ids.find((c) => c !== category)!;
    await keys.chooseOption(page, question.locator(`select[data-index="${index}"]`), value);
  }
};
