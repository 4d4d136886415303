import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

// Every page of the built site, not a sample: lessons, modules, questions and all the rest.
const PAGES = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((f) => f.replace(/index\.html$/, '').replace(/^404\.html$/, 'no-such-page/'))
  .sort();
const CHUNK = 15;

test.describe('axe on every built page', () => {
  test('finds the pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(100);
  });

  for (let i = 0; i < PAGES.length; i += CHUNK) {
    const chunk = PAGES.slice(i, i + CHUNK);
    test(`reports no violations in light and dark on pages ${i + 1}–${i + chunk.length}`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of chunk) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path || './');
        await expectNoAxeViolations(page, `${path || '/'} (light)`);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoAxeViolations(page, `${path || '/'} (dark)`);
      }
    });
  }
});
