import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, chooseRadio, press, tabTo, tick, typeInto } from './keyboard.ts';

type Key = Record<string, unknown> & { type: string };

/** The answer key a question carries in `data-key`. */
export async function keyOf(question: Locator): Promise<Key> {
  return JSON.parse((await question.getAttribute('data-key'))!);
}

/** Answers `question` with the keyboard alone, rightly or wrongly, and presses the check button. */
export async function answer(page: Page, question: Locator, right: boolean) {
  const key = await keyOf(question);
  const radio = (value: string | number) => question.locator(`input[type=radio][value="${value}"]`).first();
  switch (key.type) {
    case 'single': {
      const options = await question.locator('input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await chooseRadio(page, radio(right ? String(key.correct) : options.find((v) => v !== String(key.correct))!));
      break;
    }
    case 'truefalse':
      await chooseRadio(page, radio(String(right ? key.answer : !key.answer)));
      break;
    case 'multiple': {
      const correct = key.correct as number[];
      const wrong = Array.from({ length: key.count as number }, (_, i) => i).find((i) => !correct.includes(i));
      for (const i of right ? correct : [wrong!]) await tick(page, question.locator(`input[type=checkbox][value="${i}"]`));
      break;
    }
    case 'order':
      if (right) {
        for (let target = 0; target < (key.count as number); target++) {
          const item = question.locator(`.q-order-item[data-index="${target}"]`);
          const position = () => item.evaluate((li) => [...li.parentElement!.children].indexOf(li));
          if ((await position()) > target) await tabTo(page, item.getByRole('button', { name: /上移/ }));
          while ((await position()) > target) await page.keyboard.press('Enter');
        }
      }
      break;
    case 'categorize': {
      const categories = key.categories as string[];
      const ids = [...new Set(categories)];
      for (const [index, category] of categories.entries()) {
        const value = right ? category : ids.find((c) => c !== category)!;
        await chooseOption(page, question.locator(`select[data-index="${index}"]`), value);
      }
      break;
    }
    case 'fill':
      for (const [i, accepted] of (key.accept as string[][]).entries()) {
        await typeInto(page, question.locator('.q-blank input').nth(i), right ? accepted[0]! : '完全不对的答案');
      }
      break;
    case 'dialogue':
      for (const [turn, best] of (key.best as number[]).entries()) {
        const radios = question.locator('.q-turn').nth(turn).locator('input[type=radio]');
        const values = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        await chooseRadio(page, question.locator('.q-turn').nth(turn).locator(`input[value="${right ? best : values.find((v) => v !== String(best))}"]`));
      }
      break;
    case 'case': {
      await typeInto(page, question.locator('textarea'), '先向顾客道歉,再了解情况,提出补偿方案。');
      await press(page, question.getByRole('button', { name: '对照答题要点' }));
      await expect(question.locator('.q-keypoints')).toBeVisible();
      if (right) for (const box of await question.locator('.q-keypoints input').all()) await tick(page, box);
      await press(page, question.getByRole('button', { name: '记录自评' }));
      return;
    }
  }
  await press(page, question.getByRole('button', { name: '检查答案' }));
}
