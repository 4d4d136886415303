import type { Locator, Page } from '@playwright/test';
import { answering } from '../../src/question-types/e2e.ts';
import type { AnswerWith } from '../../src/question-types/e2e-shared.ts';
import type { AnswerKey } from '../../src/question-types/scoring.ts';
import { isSelfAssessed } from '../../src/question-types/traits.ts';
import * as keys from './keyboard.ts';

/** The answer key a question carries in `data-key`. */
export async function keyOf(question: Locator): Promise<AnswerKey> {
  return JSON.parse((await question.getAttribute('data-key'))!) as AnswerKey;
}

/**
 * Fills in `question`'s form with the keyboard alone, rightly or wrongly, and returns its key. Each type answers
 * its own way (src/question-types/<type>/e2e.ts); a self-assessed one goes on up to 记录自评.
 */
export async function fillIn(page: Page, question: Locator, right: boolean): Promise<AnswerKey> {
  const key = await keyOf(question);
  await (answering[key.type] as AnswerWith<AnswerKey>)({ page, question, key, right, keys });
  return key;
}

/**
 * Answers `question` with the keyboard alone, rightly or wrongly, and presses the check button
 * (a self-assessed question records its self-assessment).
 */
export async function answer(page: Page, question: Locator, right: boolean) {
  const key = await fillIn(page, question, right);
  if (!isSelfAssessed(key.type)) await keys.press(page, question.getByRole('button', { name: '检查答案' }));
}
