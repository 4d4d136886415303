import { expect, test, type Page } from '@playwright/test';
import { answer } from './answer.ts';
import { startSiteServer, type SiteServer } from './offline/site-server.ts';

// The built site (`npm run build`) as a web app: service worker, "离线学习" download, offline use, updates.
test.use({ serviceWorkers: 'allow' });
let server: SiteServer;
test.beforeEach(async () => {
  server = await startSiteServer(new URL('../../dist/', import.meta.url).pathname);
});
test.afterEach(async () => server.close());

/** Opens the home page and waits until the service worker controls it (the first visit). */
async function firstVisit(page: Page) {
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('with the course downloaded, lessons never opened, a question, search and the exam work offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  await firstVisit(page);
  const lessons = await page.locator('.modules a[href*="/lessons/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const download = page.getByRole('button', { name: /^下载整个课程（约 \d+(\.\d)? MB）$/ });
  await download.click();
  await expect(page.getByText('整个课程已保存到这台设备，没有网络时也可以学习。')).toBeVisible({ timeout: 120_000 });

  await context.setOffline(true);
  await expect(page.getByText(/^你现在处于离线状态。/)).toBeVisible();
  // Five lessons from across the course, none of them opened before.
  for (const href of [lessons[3], lessons[9], lessons[15], lessons[21], lessons.at(-1)]) {
    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article[data-lesson-id]')).toBeVisible();
  }
  // The lesson's own quiz, whose code loads when it is needed (import()), answered and checked.
  const quiz = page.locator('course-question[data-question-type="single"]').first();
  await answer(page, quiz, true);
  await expect(quiz.locator('.q-status')).toHaveText('回答正确！');
  // A question answered and checked.
  await page.goto(`${server.url}question-types/`);
  const question = page.locator('[data-question-type="single"]');
  await answer(page, question, true);
  await expect(question.locator('.q-status')).toHaveText('回答正确！');
  // Search, with its index from the saved copy.
  await page.goto(`${server.url}search/?q=${encodeURIComponent('光环效应')}`);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('.search-status')).toHaveText(/找到 \d+ 个结果/);
  // The mock exam draws its questions from saved question pages.
  await page.goto(`${server.url}exam/`);
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.locator('.questions course-question').first()).toBeVisible();
  // Every question of the paper arrives: the loading bar's length is the paper's size.
  const total = Number(await page.locator('#exam-progress').getAttribute('max'));
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('.questions course-question')).toHaveCount(total);
  // And it is handed in: the code for that loads when it is needed.
  await page.getByRole('button', { name: '交卷' }).first().click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
});

test("the lesson a trainer's link opened first, before the service worker ran, opens offline with its quiz", async ({ page, context }) => {
  const lesson = `${server.url}lessons/complaints/six-steps/`;
  await page.goto(lesson);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The next lesson, opened through the worker, as a learner reads on.
  await page
    .getByRole('link', { name: /下一课/ })
    .first()
    .click();
  await expect(page).not.toHaveURL(lesson);
  await context.setOffline(true);
  await page.goto(lesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/投诉处理/);
  const quiz = page.locator('course-question[data-question-type="single"]').first();
  await answer(page, quiz, true);
  await expect(quiz.locator('.q-status')).toHaveText('回答正确！');
});

test('offline, a page never saved and search without its index say so in a sentence', async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);
  await page.goto(`${server.url}glossary/`);
  await expect(page.getByRole('heading', { level: 1, name: '这一页还没有保存到本机' })).toBeVisible();
  await page.goto(`${server.url}search/?q=${encodeURIComponent('投诉')}`);
  await expect(page.locator('.search-status')).toHaveText(/^没有找到结果。现在没有网络/);
});

test('a new version of the course shows "课程已更新" and loads when the learner asks', async ({ page }) => {
  await firstVisit(page);
  server.publish('新版本的课程');
  await page.reload();
  const notice = page.getByText('课程已更新。');
  await expect(notice).toBeVisible();
  // Nothing changes until the learner asks.
  await expect(page.getByText('新版本的课程')).toHaveCount(0);
  await page.getByRole('button', { name: '载入新版本' }).click();
  await expect(page.getByText('新版本的课程')).toBeVisible();
  await expect(notice).toBeHidden();
});

test('during an exam the update waits: no notice, no reload, until the paper is handed in', async ({ page }) => {
  await firstVisit(page);
  await page.goto(`${server.url}exam/`);
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.locator('.questions course-question').first()).toBeVisible();
  server.publish('考试中发布的新版本');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);
  await page.getByRole('button', { name: '交卷', exact: true }).focus();
  await expect(page.getByText('课程已更新。')).toBeHidden();
  await page.getByRole('button', { name: '交卷', exact: true }).click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
  const assess = page.getByRole('button', { name: '完成自评并查看成绩' });
  await expect(assess.or(page.getByRole('heading', { name: '考试成绩' }))).toBeVisible();
  if (await assess.isVisible()) await assess.click();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeVisible();
  // Handed in: the offer shows, and still nothing reloads by itself.
  await expect(page.getByText('课程已更新。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeVisible();
});

test('the web app manifest installs the course under its own path', async ({ page }) => {
  await page.goto(server.url);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = (await (await page.request.get(new URL(href!, server.url).href)).json()) as { icons: { src: string; purpose: string }[] };
  expect(manifest).toMatchObject({ lang: 'zh-CN', name: '客户服务技能培训', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.filter((i) => i.purpose === 'maskable').length).toBeGreaterThan(0);
  for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, new URL(href!, server.url)).href)).ok()).toBe(true);
});
