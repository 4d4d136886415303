import type { AnswerWith } from '../e2e-shared.ts';
import type { Key } from './score.ts';

/** Rightly: moves each item up to its place with 上移; wrongly: leaves the shuffled order, which is never the right one. */
export const answer: AnswerWith<Key> = async ({ page, question, key, right, keys }) => {
  if (!right) return;
  for (let target = 0; target < key.count; target++) {
    const item = question.locator(`.q-order-item[data-index="${target}"]`);
    const position = () => item.evaluate((li) => [...li.parentElement!.children].indexOf(li));
    if ((await position()) > target) await keys.tabTo(page, item.getByRole('button', { name: /上移/ }));
    while ((await position()) > target) await page.keyboard.press('Enter');
  }
};
