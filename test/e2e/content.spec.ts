import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Every lesson of the real course, from its file: content/lessons/<module>/<slug>.mdx.
const LESSONS = readdirSync(new URL('../../content/lessons/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

test.describe('every lesson', () => {
  for (const lesson of LESSONS) {
    test(`${lesson} has objectives, full sections, a quiz, working links and titled diagrams`, async ({ page }) => {
      await page.goto(`lessons/${lesson}/`);
      await expect(page.locator('.objectives li').first()).toBeVisible();
      // No empty section: every h2 of the body is followed by content before the next heading.
      const empty = await page
        .locator('.lesson-body h2, .lesson-body h3')
        .evaluateAll((headings) => headings.filter((h) => !h.nextElementSibling || /^H[23]$/.test(h.nextElementSibling.tagName)).map((h) => h.textContent));
      expect(empty, 'sections without content').toEqual([]);
      await expect(page.getByRole('heading', { name: '要点回顾' })).toBeVisible();
      const types = await page.locator('.quiz [data-question-type]').evaluateAll((qs) => qs.map((q) => q.getAttribute('data-question-type')));
      expect(types.length, 'questions in the quiz').toBeGreaterThanOrEqual(4);
      expect(new Set(types).size, 'question types in the quiz').toBeGreaterThanOrEqual(2);
      expect(await page.locator('nav.related a').count(), 'related lessons').toBeGreaterThanOrEqual(1);
      for (const diagram of await page.locator('figure svg[role="img"]').all()) {
        await expect(diagram.locator('title')).not.toBeEmpty();
        await expect(diagram.locator('desc')).not.toBeEmpty();
      }
      // Glossary links and related links resolve: the target page answers and has the anchor.
      const links = await page.locator('.term a, nav.related a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of new Set(links)) {
        const url = new URL(href);
        const response = await page.request.get(url.origin + url.pathname);
        expect(response.ok(), href).toBe(true);
        if (url.hash) expect(await response.text(), href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
      }
    });
  }
});

test.describe('search', () => {
  for (const lesson of LESSONS) {
    test(`finds ${lesson} by its title`, async ({ page }) => {
      await page.goto(`lessons/${lesson}/`);
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
      const expected = new URL(page.url()).pathname;
      // The main term: the title up to its first punctuation mark.
      const term = title.split(/[:：，,（(？?！!—]/)[0]!.trim();
      await page.goto(`search/?q=${encodeURIComponent(term)}`);
      // Results arrive one after another: read them once the whole list is shown.
      await expect(page.locator('course-search')).toHaveAttribute('data-state', 'done');
      const found = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname));
      expect(found, `top results for "${term}"`).toContain(expected);
    });
  }
});
