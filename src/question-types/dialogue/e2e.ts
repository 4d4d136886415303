import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  for (const [turn, best] of key.best.entries()) {
    const radios = question.locator('.q-turn').nth(turn).locator('input[type=radio]');
    const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await keys.chooseRadio(
      page,
      question
        .locator('.q-turn')
        .nth(turn)
        .locator(`input[value="${right ? best : values.find((v) => v !== String(best))}"]`),
    );
  }
};
