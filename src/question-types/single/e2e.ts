import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  const values = await question.locator('input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const value = right ? String(key.correct) : values.find((v) => v !== String(key.correct))!;
  await keys.chooseRadio(page, question.locator(`input[type=radio][value="${value}"]`).first());
};
