import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { press } from './keyboard.ts';
import { readProgress, seedProgress, DAY } from './progress.ts';

const LESSON = 'lessons/communication/communication-model/';

test.describe('收藏 (starred questions)', () => {
  test('stars a question in a lesson, finds it in practice, and takes the star away there', async ({ page }) => {
    await page.goto(LESSON);
    const question = page.locator('article course-question').first();
    const id = (await question.getAttribute('data-question-id'))!;
    const star = question.getByRole('button', { name: '收藏' });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await press(page, star);
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(Object.keys((await readProgress(page)).favourites ?? {})).toEqual([id]);
    await page.reload();
    await expect(page.locator(`#q-${id}`).getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('practice/');
    await page.getByRole('link', { name: '收藏的题（1 题）' }).click();
    await expect(page).toHaveURL(/\/practice\/random\/\?set=favourites/);
    const drilled = page.locator(`course-drill #q-${id}`);
    await expect(drilled).toBeVisible();
    await drilled.getByRole('button', { name: '收藏' }).click();
    await expect(drilled.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false');
    expect((await readProgress(page)).favourites).toEqual({});
    await page.reload();
    await expect(page.getByText('还没有收藏的题')).toBeVisible();
  });

  test('offers the star in the exam review and in the notebook', async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, {
      attempts: { 'six-steps-08': [{ at: now - DAY, correct: false, score: 0.3, source: 'exam', answer: '先道歉' }] },
      notebook: { 'six-steps-08': { addedAt: now - DAY, lastWrongAt: now - DAY, streak: 0, answer: '先道歉' } },
    });
    await page.goto('review/');
    const entryStar = page.locator('.notebook-list .entry').first().getByRole('button', { name: '收藏' });
    await expect(entryStar).toHaveAttribute('aria-pressed', 'false');
    await entryStar.click();
    await expect(entryStar).toHaveAttribute('aria-pressed', 'true');
    expect(Object.keys((await readProgress(page)).favourites ?? {})).toEqual(['six-steps-08']);

    await page.goto('exam/?paper=quick&seed=8');
    await page.getByRole('button', { name: '开始考试' }).click();
    const first = page.locator('.questions course-question').first();
    await expect(first).toBeVisible();
    await page.getByRole('button', { name: '交卷', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认交卷' }).click();
    await first.getByRole('button', { name: '收藏' }).click();
    const id = (await first.getAttribute('data-question-id'))!;
    expect(Object.keys((await readProgress(page)).favourites ?? {}).sort()).toEqual([id, 'six-steps-08'].sort());
  });
});

test.describe('背题模式 (study mode)', () => {
  test('shows every question of a module with its answer and explanation, keeps the mode on reload, and turns it off', async ({ page }) => {
    await page.goto('practice/communication/');
    const questions = page.locator('course-module-practice course-question');
    const toggle = page.getByRole('button', { name: '背题模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(questions.first().locator('.q-explanation')).toBeHidden();
    await press(page, toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?mode=study$/);
    for (const question of await questions.all()) {
      await expect(question.locator('.q-answer-body')).toBeVisible();
      await expect(question.locator('.q-answer-body')).toContainText('解析');
    }
    // Reading, not answering: nothing is recorded.
    expect(Object.keys((await readProgress(page)).attempts ?? {})).toEqual([]);
    await page.reload();
    await expect(page.getByRole('button', { name: '背题模式' })).toHaveAttribute('aria-pressed', 'true');
    await expect(questions.first().locator('.q-answer-body')).toBeVisible();
    await expectNoAxeViolations(page, 'module practice in study mode');
    await page.getByRole('button', { name: '背题模式' }).click();
    await expect(page).toHaveURL(/\/practice\/communication\/$/);
    await expect(questions.first().locator('.q-answer-body')).toBeHidden();
    await expect(questions.first().locator('.q-main')).not.toHaveAttribute('disabled');
    await expect(questions.first().locator('.q-main').locator('input, select, textarea, button').first()).toBeEnabled();
  });
});
