import { expect, test } from '@playwright/test';
import { loadQueries, runFindability, summarize } from '../../scripts/lib/findability.ts';

test.describe('findability', () => {
  test('finds the answering lesson in the top three for at least 95 % of the test set, and never nothing', async ({ page }) => {
    test.setTimeout(240_000);
    const outcomes = await runFindability(page, 'search/', loadQueries());
    const all = summarize(outcomes).at(-1)!;
    const empty = outcomes.filter((o) => !o.found.length).map((o) => o.q);
    const missed = outcomes.filter((o) => !o.hit).map((o) => `${o.q} → ${o.found.slice(0, 3).join(', ')}`);
    expect(empty, 'queries with no result').toEqual([]);
    expect(outcomes.filter((o) => o.hit).length / outcomes.length, `top-3 hits ${all['top-3 hits']}; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});

test.describe('search page', () => {
  test('says the results are partial matches for a whole question, with sentences from the lesson as excerpts', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('顾客说话太啰嗦怎么办'));
    await expect(page.locator('.search-note')).toContainText('部分词语');
    const excerpts = page.locator('#search-results .search-excerpt');
    await expect(excerpts.first()).toBeVisible();
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
    for (const text of await excerpts.allTextContents()) {
      // A sentence, not the index-only word list: no run of keywords separated by spaces.
      expect(text).not.toMatch(/客户说话啰嗦 客户说不清楚/);
      expect(text.length).toBeGreaterThan(8);
    }
    // Marks cover whole words: never a single character cut out of a longer word.
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
  });

  test('finds a lesson by an English name and says which glossary term it searched', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('halo effect'));
    await expect(page.locator('#search-results > li h2 a').first()).toHaveAttribute('href', /communication-barriers/);
    await expect(page.locator('.search-note')).toContainText('光环效应');
  });

  test('narrows results to one module', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('客户'));
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
    const all = await page.locator('#search-results > li').count();
    await page.getByLabel('按模块筛选').selectOption({ label: '投诉处理' });
    await expect(page).toHaveURL(/module=complaints/);
    await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
    const modules = await page.locator('#search-results .search-module').allTextContents();
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.length).toBeLessThan(all);
    expect(new Set(modules)).toEqual(new Set(['投诉处理']));
  });

  test('suggests glossary terms and links the glossary when nothing is found', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('qwxz'));
    await expect(page.locator('.search-status')).toContainText('没有找到');
    const suggestions = page.locator('.search-suggestions li a');
    await expect(suggestions.first()).toHaveAttribute('href', /glossary\/#/);
    await expect(page.getByRole('link', { name: '浏览全部术语' })).toHaveAttribute('href', /glossary\/$/);
  });

  test('shows results as the learner types, without pressing Enter', async ({ page }) => {
    await page.goto('search/');
    // The page's own box is the only one: the header's is left out here.
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.getByRole('main').getByRole('searchbox').pressSequentially('海尔', { delay: 50 });
    await expect(page.locator('#search-results > li h2 a').first()).toHaveAttribute('href', /haier-first-class-csr/);
  });
});

test.describe('header search box', () => {
  test('loads nothing for search before the box gets focus, then shows live results under it', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => /pagefind|lexicon|opencc|t2cn/.test(r.url()) && searchRequests.push(r.url()));
    await page.goto('lessons/communication/communication-model/');
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('客户发火怎么办');
    const popup = page.locator('#site-search-popup');
    await expect(popup).toBeVisible();
    await expect(box).toHaveAttribute('aria-controls', 'site-search-popup');
    await expect(popup.locator('.search-popup-results > li a').first()).toHaveAttribute('href', /six-steps/);
    await expect(popup.getByRole('link', { name: /在搜索页查看全部/ })).toHaveAttribute('href', /search\/\?q=/);
    // Traditional-character support stays lazy: the converter is never fetched for Simplified.
    expect(searchRequests.filter((u) => /t2cn|opencc/.test(u))).toEqual([]);
  });

  test('is keyboard operable: arrows move through the results, Escape closes them', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('倾听');
    const first = page.locator('#site-search-popup .search-popup-results > li a').first();
    await expect(first).toBeVisible();
    await box.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-popup')).toBeHidden();
    await expect(box).toBeFocused();
  });

  test('still goes to the search page on Enter', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('banner').getByRole('searchbox').fill('光环效应');
    await page.getByRole('banner').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/search\/\?q=/);
    await expect(page.locator('#search-results > li').first()).toBeVisible();
  });
});

test.describe('lesson pages and glossary', () => {
  test('index the keywords but do not show them', async ({ page }) => {
    await page.goto('lessons/communication/communication-barriers/');
    await expect(page.getByText('关键词：')).toHaveCount(0);
    await expect(page.getByText('以貌取人', { exact: false }).filter({ visible: true })).toHaveCount(0);
    await page.goto('search/?q=' + encodeURIComponent('以貌取人'));
    await expect(page.locator('#search-results > li h2 a').first()).toHaveAttribute('href', /communication-barriers/);
  });

  test('the glossary shows English names', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.locator('#halo-effect dt')).toContainText('halo effect');
    await expect(page.locator('#halo-effect [lang=en]')).toHaveText('halo effect');
  });
});
