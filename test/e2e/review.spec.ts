import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { fullWidthPunctuation } from '../../src/text/punctuation.ts';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { chooseOption, chooseRadio, press } from './keyboard.ts';
import { DAY, readProgress, seedProgress } from './progress.ts';

/** The stem of a question as the site shows it, read from its question file, so editing the wording keeps this test valid. */
function stemOf(file: string, id: string): string {
  const questions = parse(readFileSync(new URL(`../../content/questions/${file}.yaml`, import.meta.url), 'utf8')) as { id: string; stem: string }[];
  return fullWidthPunctuation(questions.find((q) => q.id === id)!.stem.trim());
}

const NOISE = 'communication-model-02';
const NOISE_STEM = stemOf('communication/communication-model', NOISE);
const MINDSET = 'service-mindset-02';
const MINDSET_STEM = stemOf('service-awareness/service-mindset', MINDSET);
const GE_OPEN_DOOR = '组织沟通：通用电气的“门户开放”政策';

/** Two questions answered wrongly: one in 沟通原理 yesterday, one in 客户服务意识 two days ago. */
async function seedTwoWrong(page: Page) {
  const now = Date.now();
  await seedProgress(page, {
    attempts: {
      [NOISE]: [{ at: now - DAY, correct: false, score: 0, source: 'lesson', answer: '反馈' }],
      [MINDSET]: [{ at: now - 2 * DAY, correct: false, score: 0, source: 'lesson', answer: '对' }],
    },
    notebook: {
      [NOISE]: { addedAt: now - DAY, lastWrongAt: now - DAY, streak: 0, answer: '反馈' },
      [MINDSET]: { addedAt: now - 2 * DAY, lastWrongAt: now - 2 * DAY, streak: 0, answer: '对' },
    },
  });
}

const entries = (page: Page) => page.locator('.notebook-list > li');
const entry = (page: Page, stem: string) => entries(page).filter({ has: page.getByRole('heading', { name: stem }) });

test.describe('wrong-answer notebook', () => {
  test('lists a question answered wrongly in a lesson with the learner’s answer and the right one', async ({ page }) => {
    await page.goto('lessons/communication/communication-model/');
    const question = page.locator(`#q-${NOISE}`);
    await chooseRadio(page, question.getByRole('radio', { name: '反馈' }));
    await press(page, question.getByRole('button', { name: '检查答案' }));
    await expect(question.locator('.q-status')).toHaveText('回答不正确。');

    await page.goto('review/');
    await expect(page.getByText('错题本共 1 题。')).toBeVisible();
    const item = entry(page, NOISE_STEM);
    await expect(item).toContainText('沟通原理');
    await expect(item.getByRole('link', { name: '沟通模型：一句话是怎样传到客户那里的' })).toHaveAttribute('href', /\/lessons\/communication\/communication-model\/$/);
    await expect(item.locator('.your dd')).toHaveText('反馈');
    await expect(item.locator('.right dd')).toHaveText('噪音');
    // Its own address: the lesson's question page, at that question.
    await item.locator('.entry-open').click();
    await expect(page).toHaveURL(new RegExp(`/questions/communication/communication-model/#q-${NOISE}$`));
    await expect(page.locator('course-question:visible')).toHaveCount(1);
    await expect(page.locator('course-question:visible')).toHaveAttribute('data-question-id', NOISE);
  });

  test('filters by module with a native select and announces the count', async ({ page }) => {
    await seedTwoWrong(page);
    await page.goto('review/');
    await expect(entries(page)).toHaveCount(2);
    // Newest wrong answer first.
    await expect(entries(page).first().getByRole('heading')).toHaveText(NOISE_STEM);
    await chooseOption(page, page.getByRole('combobox', { name: '按模块筛选' }), 'service-awareness');
    await expect(page.getByRole('status').filter({ hasText: '客户服务意识：1 题。' })).toBeVisible();
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page).first().getByRole('heading')).toHaveText(MINDSET_STEM);
    await expect(entries(page).first().locator('.right dd')).toHaveText('错');
  });

  test('exports the notebook as CSV with a byte order mark and one row per question', async ({ page }) => {
    await seedTwoWrong(page);
    await page.goto('review/');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, page.getByRole('button', { name: '导出 CSV' }))]);
    expect(download.suggestedFilename()).toMatch(/^错题本-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('模块,课程,题目,你的答案,正确答案,加入时间,最近答错');
    expect(lines[1]).toMatch(new RegExp(`^沟通原理,沟通模型：一句话是怎样传到客户那里的,${NOISE_STEM},反馈,噪音,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},`));
    expect(lines).toHaveLength(4);
    await expect(page.getByText('已导出 2 题。')).toBeVisible();
  });

  test('takes a question out after it is answered right twice in a row in the drill', async ({ page }) => {
    await seedTwoWrong(page);
    await page.goto('review/');
    await chooseOption(page, page.getByRole('combobox', { name: '按模块筛选' }), 'communication');
    await press(page, page.getByRole('button', { name: '开始重练' }));
    const heading = page.locator('course-drill .drill-position');
    await expect(heading).toHaveText('第 1 题 / 共 1 题');
    await expect(heading).toBeFocused();
    const question = page.locator(`course-drill #q-${NOISE}`);
    await chooseRadio(page, question.getByRole('radio', { name: '噪音' }));
    await press(page, question.getByRole('button', { name: '检查答案' }));
    await expect(page.locator('.drill-note')).toHaveText('答对了！再答对 1 次，这道题就会移出错题本。 错题本还有 2 题。');
    // 重做 has focus after checking.
    await page.keyboard.press('Enter');
    await chooseRadio(page, question.getByRole('radio', { name: '噪音' }));
    await press(page, question.getByRole('button', { name: '检查答案' }));
    await expect(page.locator('.drill-note')).toHaveText('连续答对两次，这道题已移出错题本。 错题本还有 1 题。');
    const stored = await readProgress(page);
    expect(stored.notebook[NOISE]).toBeUndefined();
    expect(stored.attempts[NOISE]!.slice(-2)).toEqual([expect.objectContaining({ source: 'review', correct: true }), expect.objectContaining({ source: 'review', correct: true })]);

    await press(page, page.getByRole('button', { name: '结束练习' }));
    await expect(page.getByRole('heading', { name: '错题本', exact: true })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '沟通原理：0 题。' })).toBeVisible();
    await chooseOption(page, page.getByRole('combobox', { name: '按模块筛选' }), '');
    await expect(entries(page)).toHaveCount(1);
    await expect(entry(page, NOISE_STEM)).toHaveCount(0);
  });

  test("lists a case question's model answer as its key points, one item each", async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, {
      attempts: { 'six-steps-08': [{ at: now - DAY, correct: false, score: 0.3, source: 'exam', answer: '先道歉' }] },
      notebook: { 'six-steps-08': { addedAt: now - DAY, lastWrongAt: now - DAY, streak: 0, answer: '先道歉' } },
    });
    await page.goto('review/');
    const points = page.locator('.notebook-list .entry-right ol li');
    await expect(points).toHaveCount(6);
    await expect(points.first()).toHaveText(/^第一步，鼓励客户发泄/);
    await expect(page.locator('.notebook-list .entry-right')).not.toContainText('。；');
  });

  test('shows a friendly empty state with links to practice', async ({ page }) => {
    await page.goto('review/');
    await expect(page.getByText('错题本是空的')).toBeVisible();
    await expect(page.getByRole('link', { name: '去练习' })).toHaveAttribute('href', /\/practice\/$/);
    await expect(page.getByRole('button', { name: '导出 CSV' })).toBeHidden();
    await expect(page.getByText('今天没有需要复习的题')).toBeVisible();
  });

  test('says that it needs JavaScript when it is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('review/');
    await expect(page.getByText('需要启用 JavaScript')).toBeVisible();
    await context.close();
  });
});

test.describe('spaced review', () => {
  test('makes questions answered wrongly a minute ago due again today', async ({ page }) => {
    const at = Date.now() - 60_000;
    await seedProgress(page, {
      attempts: {
        [MINDSET]: [{ at, correct: false, score: 0, source: 'practice', answer: '对' }],
        [NOISE]: [{ at, correct: false, score: 0, source: 'practice', answer: '反馈' }],
      },
    });
    await page.goto('review/');
    await expect(page.getByText('今日待复习 2 题。')).toBeVisible();
    await expect(page.getByRole('button', { name: '开始今日复习' })).toBeVisible();
  });

  test('makes a question answered wrongly two days ago due today, drills it and counts it on the home page', async ({ page }) => {
    const at = Date.now() - 2 * DAY;
    await seedProgress(page, {
      attempts: { [MINDSET]: [{ at, correct: false, score: 0, source: 'lesson', answer: '对' }] },
      notebook: { [MINDSET]: { addedAt: at, lastWrongAt: at, streak: 0, answer: '对' } },
    });
    await page.goto('./');
    await expect(page.getByRole('link', { name: '今日待复习 1 题' })).toHaveAttribute('href', /\/review\/$/);

    await page.getByRole('link', { name: '今日待复习 1 题' }).click();
    await expect(page.getByText('今日待复习 1 题。')).toBeVisible();
    await press(page, page.getByRole('button', { name: '开始今日复习' }));
    await expect(page.getByRole('heading', { name: '今日复习', level: 2 })).toBeVisible();
    await expect(page.locator('course-drill .drill-position')).toHaveText('第 1 题 / 共 1 题');
    const question = page.locator(`course-drill #q-${MINDSET}`);
    await chooseRadio(page, question.getByRole('radio', { name: '错' }));
    await press(page, question.getByRole('button', { name: '检查答案' }));
    await expect(page.locator('.drill-note')).toContainText('今日还有 0 题待复习。');
    await press(page, page.getByRole('button', { name: '结束练习' }));
    await expect(page.getByRole('heading', { name: '今日复习', level: 2 })).toBeFocused();
    await expect(page.getByText('今天没有需要复习的题')).toBeVisible();

    await page.goto('./');
    await expect(page.getByRole('link', { name: /今日待复习/ })).toBeHidden();
  });
});

test.describe('home page status', () => {
  test('links the latest lesson visited and not completed under 继续学习', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: /^继续学习/ })).toBeHidden();
    await page.goto('lessons/communication/communication-barriers/');
    await page.goto('./');
    const link = page.locator('course-home-status').getByRole('link', { name: '沟通障碍：五类障碍与十种表现' });
    await expect(link).toBeVisible();
    await expect(page.locator('course-home-status')).toContainText('继续学习：');
    await press(page, link);
    await expect(page).toHaveURL(/\/lessons\/communication\/communication-barriers\/$/);
    await press(page, page.getByRole('button', { name: '标记为已学完' }));
    await page.goto('./');
    // Once it is completed, 继续学习 moves on to the next lesson of the course.
    await expect(page.getByRole('link', { name: /^继续学习/ })).toHaveText(`继续学习：${GE_OPEN_DOOR}`);
  });

  test('loads the review scheduler only for learners with answers, and never on a lesson page', async ({ page }) => {
    const scripts = async (path: string) => {
      const urls: string[] = [];
      const listener = (request: { url(): string; resourceType(): string }) => request.resourceType() === 'script' && urls.push(request.url());
      page.on('request', listener);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      page.off('request', listener);
      return urls;
    };
    const without = await scripts('./');
    await seedProgress(page, { attempts: { [MINDSET]: [{ at: Date.now() - 2 * DAY, correct: false, score: 0, source: 'lesson' }] } });
    const withAttempts = await scripts('./');
    // The scheduler's chunk (src/lib/review.ts with ts-fsrs) loads only then; small helpers it shares
    // with other pages (dates) may come along and are not the point.
    const scheduler = withAttempts.filter((url) => !without.includes(url) && /\/review\.[\w-]+\.js$/.test(url));
    expect(scheduler.length).toBe(1);
    const lesson = await scripts('lessons/communication/communication-model/');
    expect(lesson.filter((url) => scheduler.includes(url))).toEqual([]);
  });
});

test.describe('review accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reports no axe violations on the review and home pages in the ${scheme} scheme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('review/');
      await expect(page.getByText('错题本是空的')).toBeVisible();
      await expectNoAxeViolations(page, `review/ empty (${scheme})`);
      await seedTwoWrong(page);
      await page.goto('review/');
      await expect(entries(page)).toHaveCount(2);
      await expectNoAxeViolations(page, `review/ with entries (${scheme})`);
      await press(page, page.getByRole('button', { name: '开始重练' }));
      await expect(page.locator('course-drill course-question')).toBeVisible();
      await expectNoAxeViolations(page, `review/ drill (${scheme})`);
      await page.goto('lessons/communication/communication-model/');
      await page.goto('./');
      await expect(page.getByRole('link', { name: /今日待复习/ })).toBeVisible();
      await expectNoAxeViolations(page, `home with status (${scheme})`);
    });
  }
});
