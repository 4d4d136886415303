import { expect, test, type Page } from '@playwright/test';
import { answer } from './answer.ts';
import { readProgress, seedProgress } from './progress.ts';
import { holdScript } from './hold-script.ts';

// A new hire on a phone: the path they chose is remembered across home, the course menu and 上一步/下一步.
test.use({ viewport: { width: 360, height: 740 } });

const PATH_TITLE = '新员工入职：第一周上电话线';
const STEP_1 = '客户服务意识：尽力而为还是全力以赴';
const STEP_2 = '电话礼仪：接打电话的规定与四项要求';
const STEP_3 = '客服代表的角色认知与三类客户';

const place = (page: Page) => page.getByRole('navigation', { name: `学习路线：${PATH_TITLE}` }).first();
const pathSteps = (page: Page) => page.locator('.lesson-path-bottom').getByRole('navigation', { name: `学习路线：${PATH_TITLE}` });
const coursePagination = (page: Page) => page.getByRole('navigation', { name: '上一课和下一课' });

test('the path a learner chose is remembered across home, the course menu and 上一步/下一步', async ({ page }) => {
  await page.goto('./');
  // The new-hire path is offered near the top of the home page, within the first screen.
  const offer = page.getByRole('link', { name: PATH_TITLE });
  await expect(offer).toBeInViewport();
  await offer.click();
  await page.getByRole('list', { name: '路线步骤' }).getByRole('link', { name: STEP_1 }).click();
  await expect(place(page)).toContainText('第 1 / 14 步');

  // Step 2 reached from 课程目录, without the path in the address: still in the path.
  await page.getByText('课程目录').click();
  const menu = page.getByRole('navigation', { name: '全部课程' });
  await menu.getByText('模块 4').click();
  await menu.getByRole('link', { name: STEP_2 }).click();
  await expect(page).toHaveURL(/\/lessons\/telephone-etiquette\/phone-etiquette-rules\/$/);
  await expect(place(page)).toContainText('第 2 / 14 步');
  // 上一步/下一步 follow the path, not the course's order (which would lead to lessons of module 4).
  await expect(pathSteps(page).getByRole('link', { name: /上一步/ })).toContainText(STEP_1);
  await expect(pathSteps(page).getByRole('link', { name: /下一步/ })).toContainText(STEP_3);
  await expect(coursePagination(page)).toBeHidden();
  await pathSteps(page)
    .getByRole('link', { name: /下一步/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEP_3);
  await expect(place(page)).toContainText('第 3 / 14 步');

  // Home shows the path and continues along it: step 1 is still open.
  await page.goto('./');
  await expect(page.getByText(`我的学习路线：${PATH_TITLE} · 已完成 0 / 14 步`)).toBeVisible();
  await expect(page.getByRole('link', { name: `继续学习：${STEP_1}` })).toBeVisible();
  await page.getByRole('link', { name: `继续学习：${STEP_1}` }).click();
  // The lesson is there, with its status block ready (the quiz's status shows), before it is marked.
  await expect(place(page)).toContainText('第 1 / 14 步');
  await expect(page.locator('.quiz-status')).toBeVisible();
  await page.getByRole('button', { name: '标记为已学完' }).click();
  await expect(page.getByText('✓ 本课已完成')).toBeVisible();
  await page.goto('./');
  await expect(page.getByText('已完成 1 / 14 步')).toBeVisible();
  await page.getByRole('link', { name: `继续学习：${STEP_2}` }).click();
  await expect(place(page)).toContainText('第 2 / 14 步');

  // Leaving the path: the course's order again, everywhere.
  await place(page).getByRole('button', { name: '不按这条路线学了' }).click();
  await expect(place(page)).toBeHidden();
  await expect(coursePagination(page).getByRole('link', { name: /下一课/ })).toBeVisible();
  expect((await readProgress(page)).path).toBeUndefined();
  await page.goto('./');
  await expect(page.getByText('我的学习路线')).toBeHidden();
});

test('a practice step of a path is sized to its minutes, counted once done, and leads on', async ({ page }) => {
  await seedProgress(page, {});
  await page.goto('paths/new-hire/');
  const step = page.getByRole('list', { name: '路线步骤' }).getByRole('listitem').nth(3);
  await expect(step).toContainText('练习 · 约 10 分钟');
  await step.getByRole('link', { name: '练习：电话服务礼仪' }).click();
  await expect(page).toHaveURL(/\/paths\/new-hire\/practice\/telephone-etiquette\/$/);
  await expect(place(page)).toContainText('第 4 / 14 步');
  const questions = page.locator('course-question');
  await expect(questions).toHaveCount(10);
  await expect(page.getByRole('status').filter({ hasText: '已答 0 / 10 题' })).toBeVisible();

  // Nine answered earlier, the last one now.
  const ids = await questions.evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.questionId!));
  const now = Date.now();
  const attempts = Object.fromEntries(ids.slice(0, 9).map((id) => [id, [{ at: now, correct: true, score: 1, source: 'practice' }]]));
  await seedProgress(page, { version: 3, attempts, pathSteps: {}, path: { id: 'new-hire', since: now } });
  await page.goto('paths/new-hire/practice/telephone-etiquette/');
  await expect(page.getByRole('status').filter({ hasText: '已答 9 / 10 题' })).toBeVisible();
  const last = questions.nth(9);
  await answer(page, last, true);
  await expect(page.getByRole('status').filter({ hasText: '已答 10 / 10 题' })).toContainText('这一步完成了');
  expect(Object.keys((await readProgress(page)).pathSteps ?? {})).toEqual(['new-hire/telephone-etiquette']);
  await expect(pathSteps(page).getByRole('link', { name: /下一步/ })).toContainText('客户的三种需求与欢迎客户');

  await page.goto('paths/new-hire/');
  await expect(page.getByRole('progressbar', { name: '已完成 1 / 14 步' })).toBeVisible();
  await expect(page.getByRole('list', { name: '路线步骤' }).getByRole('listitem').nth(3).getByText('✓ 已完成')).toBeVisible();
});

test("on a phone the lesson's contents sit collapsed under the title, and open on a tap", async ({ page }) => {
  await page.goto('lessons/telephone-etiquette/phone-etiquette-rules/');
  const toc = page.locator('summary', { hasText: '本课目录' });
  await expect(toc).toBeInViewport();
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const tocBox = await toc.boundingBox();
  expect(tocBox!.y).toBeGreaterThan(title!.y);
  expect(tocBox!.y).toBeLessThan(title!.y + 600);
  const sections = page.getByRole('navigation', { name: '本课目录' });
  await expect(sections).toBeHidden();
  await toc.click();
  await expect(sections).toBeVisible();
  await sections.getByRole('link').nth(1).click();
  await expect(page).toHaveURL(/#/);
});

test('the course menu a learner opened before its script loaded stays open', async ({ page }) => {
  // The menu's script loads once the page is idle: here, as on a slow connection, only after the tap.
  const release = await holdScript(page, 'course-menu');
  await page.goto('lessons/telephone-etiquette/phone-etiquette-rules/');
  const menu = page.getByRole('navigation', { name: '全部课程' });
  await page.getByText('课程目录').click();
  await expect(menu).toBeVisible();
  release();
  await expect(page.locator('course-menu:defined')).toHaveCount(1);
  await expect(menu).toBeVisible();
  await menu.getByText('模块 1').click();
  await expect(menu.getByRole('link', { name: STEP_1 })).toBeVisible();
  // Loaded, the drawer closes with Escape.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test("重做 on one question puts it back among the open ones in the lesson's status", async ({ page }) => {
  await page.goto('lessons/service-awareness/service-mindset/');
  const questions = page.locator('article course-question');
  const total = await questions.count();
  await seedProgress(page, {});
  const ids = await (async () => {
    await page.goto('lessons/service-awareness/service-mindset/');
    return questions.evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.questionId!));
  })();
  const now = Date.now();
  // Every question answered before but the first two, which are answered now.
  await seedProgress(page, { attempts: Object.fromEntries(ids.slice(2).map((id) => [id, [{ at: now, correct: true, score: 1, source: 'lesson' }]])) });
  await page.goto('lessons/service-awareness/service-mindset/');
  const status = page.locator('course-lesson-status .quiz-status');
  await answer(page, questions.nth(0), true);
  await answer(page, questions.nth(1), false);
  await expect(status).toHaveText(`已答 ${total} / ${total} 题，全部答完`);
  await questions.nth(1).getByRole('button', { name: '重做' }).click();
  await expect(status).toHaveText(`已答 ${total - 1} / ${total} 题，还差第 2 题`);
  await answer(page, questions.nth(1), true);
  await expect(status).toHaveText(`已答 ${total} / ${total} 题，全部答完`);
});

test.describe('search for how people ask, on a phone', () => {
  const results = (page: Page) => page.locator('#search-results > li h2 a');
  const search = async (page: Page, q: string) => {
    await page.goto('search/?q=' + encodeURIComponent(q));
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
  };

  test('品质 meets 质量, in Simplified and Traditional characters, and 服务质量 puts the five gaps first', async ({ page }) => {
    for (const q of ['服务品质', '服務品質', '服务质量']) {
      await search(page, q);
      await expect(results(page).first(), q).toHaveAttribute('href', /\/service-quality\/five-gaps\/$/);
    }
    // The stationery-cabinet lesson (product levels) no longer comes before the five gaps.
    const hrefs = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const cabinet = hrefs.findIndex((h) => h?.includes('three-levels'));
    expect(cabinet === -1 || cabinet > 0).toBe(true);
  });

  test('an angry caller is found however the learner says it', async ({ page }) => {
    for (const q of ['客户发火怎么办', '顾客骂人怎么办']) {
      await search(page, q);
      const top3 = (await results(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')))).join(' ');
      expect(top3, q).toContain('csr-role-and-customer-types');
    }
  });

  test('an English word gets a sentence as its excerpt, not the index-only word list', async ({ page }) => {
    await search(page, 'empathy');
    await expect(results(page).first()).toHaveAttribute('href', /phone-etiquette-rules/);
    const excerpt = await page.locator('#search-results .search-excerpt').first().textContent();
    expect(excerpt).toMatch(/[。！？]$/);
    expect(excerpt).not.toContain('empathy');
  });
});
