import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { PAGE_TYPES } from './pages.ts';

test.describe('course navigation', () => {
  test('goes from the home page to a lesson and on to the next lesson', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('link', { name: /从第一课开始/ }).click();
    const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '学习目标' })).toBeVisible();
    const next = page.getByRole('navigation', { name: '上一课和下一课' }).getByRole('link', { name: /下一课/ });
    const nextTitle = (await next.locator('.title').textContent())!;
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
    expect(nextTitle).not.toBe(firstTitle);
    await expect(page.getByRole('navigation', { name: '上一课和下一课' }).getByRole('link', { name: /上一课/ })).toContainText(firstTitle!);
  });

  test('links each table-of-contents entry to a heading anchor on the page', async ({ page }) => {
    await page.goto('lessons/communication/communication-barriers/');
    const toc = page.getByRole('navigation', { name: '本课目录' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const id = decodeURIComponent(href.slice(1));
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
  });

  test('shows a helpful 404 page with a search box and a link home', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('link', { name: '回到课程首页' })).toBeVisible();
  });

  test('keeps lessons readable and navigable with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('lessons/communication/communication-model/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-question-id]').first()).toBeVisible();
    await page.locator('details.q-answer summary').first().click();
    await expect(page.locator('details.q-answer').first()).toHaveAttribute('open', '');
    await page
      .getByRole('navigation', { name: '上一课和下一课' })
      .getByRole('link', { name: /下一课/ })
      .click();
    await expect(page).toHaveURL(/communication-barriers/);
    await context.close();
  });

  test('fits a 360 px phone screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['./', 'lessons/communication/communication-model/', 'search/?q=沟通']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('search', () => {
  async function resultsFor(page: import('@playwright/test').Page) {
    const results = page.locator('#search-results > li');
    await expect(results.first()).toBeVisible();
    // Results arrive one after another: read them once the whole list is shown.
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
    return results.locator('h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  }

  test('finds 光环效应 on the communication barriers lesson from the header search box', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('banner').getByRole('searchbox').fill('光环效应');
    await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/search\/\?q=/);
    const paths = await resultsFor(page);
    expect(paths[0]).toMatch(/\/lessons\/communication\/communication-barriers\/$/);
    await expect(page.locator('#search-results mark').first()).toBeVisible();
    await expect(page.locator('#search-results .search-module').first()).toHaveText('沟通原理');
  });

  test('finds the same lesson for a query in Traditional characters', async ({ page }) => {
    await page.goto('search/?q=光环效应');
    const simplified = await resultsFor(page);
    await page.goto('search/?q=光環效應');
    const traditional = await resultsFor(page);
    expect(traditional[0]).toBe(simplified[0]);
    await expect(page.getByText('已将繁体字转换为简体字搜索')).toBeVisible();
  });

  test('gives the same results from the header box and from a shared ?q= link', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('沟通模型'));
    const fromLink = await resultsFor(page);
    await page.goto('lessons/communication/communication-model/');
    await page.getByRole('banner').getByRole('searchbox').fill('沟通模型');
    await page.getByRole('banner').getByRole('searchbox').press('Enter');
    const fromHeader = await resultsFor(page);
    expect(fromHeader).toEqual(fromLink);
  });

  test('finds a lesson by the everyday words in its keywords', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('以貌取人'));
    const paths = await resultsFor(page);
    expect(paths.slice(0, 3).some((path) => path.endsWith('/lessons/communication/communication-barriers/'))).toBe(true);
  });

  test('links sections of a lesson as sub-results', async ({ page }) => {
    await page.goto('search/?q=光环效应');
    await expect(page.locator('#search-results .search-sections a').first()).toHaveAttribute('href', /#/);
  });

  test('never shows quiz answers in search results', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('查看答案与解析'));
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
    // No page contains the phrase: at most partial matches on its separate words.
    const said = `${await page.locator('.search-status').textContent()} ${await page.locator('.search-note').textContent()}`;
    expect(said).toMatch(/没有找到|部分词语/);
    for (const excerpt of await page.locator('#search-results .search-excerpt').allTextContents()) expect(excerpt).not.toContain('查看答案与解析');
  });
});

test.describe('accessibility', () => {
  // One test per page and scheme: they run in parallel, and each stays well inside the time limit.
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of PAGE_TYPES) {
      test(`reports no axe violations on ${path} in the ${scheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (path.startsWith('search')) await expect(page.locator('#search-results > li').first()).toBeVisible();
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      });
    }
  }

  test('reaches every visible interactive control with the Tab key on every page type', async ({ page }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      if (path.startsWith('search')) await expect(page.locator('#search-results > li').first()).toBeVisible();
      // What waits for an idle moment (a lesson's quiz) is upgraded first: the page as the learner tabs through it.
      await page.waitForFunction(() => !document.querySelector('course-question:not(:defined)'));
      const controls = await page.evaluate(() => {
        const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary';
        const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility() && el.getAttribute('tabindex') !== '-1');
        all.forEach((el, i) => el.setAttribute('data-reach', String(i)));
        return all.length;
      });
      const reached = new Set<string>();
      // Radio groups take one Tab stop, so count a group as reached when any of its radios is.
      for (let i = 0; i < controls * 2 + 10 && reached.size < controls; i++) {
        await page.keyboard.press('Tab');
        const marks = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el?.dataset.reach) return [];
          if (el.type === 'radio') return [...document.querySelectorAll<HTMLElement>(`input[type=radio][name="${el.name}"]`)].map((r) => r.dataset.reach ?? '');
          return [el.dataset.reach];
        });
        marks.forEach((m) => reached.add(m));
      }
      const missed = await page.evaluate(
        (seen) => [...document.querySelectorAll<HTMLElement>('[data-reach]')].filter((el) => !seen.includes(el.dataset.reach!)).map((el) => el.outerHTML.slice(0, 80)),
        [...reached],
      );
      expect(missed, path).toEqual([]);
    }
  });
});
