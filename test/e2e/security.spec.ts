import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

test.describe('content security policy', () => {
  // One test walks every page type in turn.
  test.describe.configure({ timeout: 60_000 });

  test('declares a policy without unsafe-inline scripts on every page', async ({ page }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/script-src [^;]*'self'/);
      expect(policy, path).not.toContain('unsafe-inline');
    }
  });

  test('reports no policy violation while pages load and run', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text().slice(0, 160)}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      if (path.startsWith('search')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
});
