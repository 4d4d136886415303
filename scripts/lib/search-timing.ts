/**
 * Time from the last keystroke to the first result in the header's search box, and the bytes
 * fetched for search before that result, in Chromium with the CPU slowed down 4× (CDP
 * Emulation.setCPUThrottlingRate). The box gets focus, a second passes (Pagefind and the index
 * start loading on focus), then the query is typed key by key. Cold cache: a new context per query.
 * Bytes are counted by the server (gzip as a deployment serves them), from focus to first result:
 * Pagefind fetches from a web worker, which the page's own network events do not show. Service workers
 * are blocked: the offline app's shell download is not search.
 */
import type { Browser } from '@playwright/test';
import type { StaticServer } from './static-server.ts';

export type TimingRow = {
  course: string;
  query: string;
  'last key → first result (ms)': number;
  'fetched before first result': string;
};

export async function searchTiming(browser: Browser, server: StaticServer, course: string, pageUrl: string, query: string, slowdown = 4): Promise<TimingRow> {
  // No service worker: its one-off download of the app shell would be counted as search bytes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const box = page.getByRole('banner').getByRole('searchbox');
    // Record, in the page, when the last key went in (its input event) and when the first result appeared after it.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; firstResult: number };
      const input = document.querySelector('header input[type=search]')!;
      input.addEventListener('input', () => ((w.lastKey = performance.now()), (w.firstResult = 0)));
      new MutationObserver(() => {
        const list = document.querySelector<HTMLElement>('.search-popup-results');
        // The list names the query it shows: results of an earlier, shorter query do not count.
        if (!w.firstResult && w.lastKey && list?.firstElementChild && list.dataset.query === (input as HTMLInputElement).value.trim()) w.firstResult = performance.now();
      }).observe(document.querySelector('.search-popup')!, { childList: true, subtree: true });
    });
    const before = server.sent();
    await box.focus();
    await page.waitForTimeout(1000);
    await box.pressSequentially(query, { delay: 80 });
    await page.waitForFunction(() => (window as unknown as { firstResult: number }).firstResult > 0, undefined, { timeout: 20_000 });
    const bytes = server.sent() - before;
    const ms = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; firstResult: number };
      return w.firstResult - w.lastKey;
    });
    return { course, query, 'last key → first result (ms)': Math.round(ms), 'fetched before first result': `${(bytes / 1024).toFixed(1)} KB` };
  } finally {
    await context.close();
  }
}
