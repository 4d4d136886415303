/**
 * How a browser test answers a question of each type with the keyboard alone (each type's e2e.ts).
 * Test code kept beside the type it tests; test/e2e/answer.ts runs it. Types only from Playwright.
 */
import type { Locator, Page } from '@playwright/test';

/** The keyboard helpers of test/e2e/keyboard.ts, handed in so this folder never imports the tests. */
interface Keyboard {
  tabTo(page: Page, target: Locator): Promise<void>;
  chooseRadio(page: Page, radio: Locator): Promise<void>;
  tick(page: Page, checkbox: Locator): Promise<void>;
  chooseOption(page: Page, select: Locator, value: string): Promise<void>;
  typeInto(page: Page, field: Locator, text: string): Promise<void>;
  press(page: Page, button: Locator): Promise<void>;
}

/** What answering is given: the page, the question element, its answer key (`data-key`), whether to answer rightly. */
interface Answering<K> {
  page: Page;
  question: Locator;
  key: K;
  right: boolean;
  keys: Keyboard;
}

/**
 * Fills in the question's form rightly or wrongly. An objective type stops there (the test presses
 * 检查答案); a self-assessed one finishes its own two steps, up to 记录自评.
 */
export type AnswerWith<K> = (answering: Answering<K>) => Promise<void>;
