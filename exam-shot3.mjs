import { chromium } from '@playwright/test';
const base = 'http://localhost:4441/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[360, 740], [1280, 800]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base + 'exam/?seed=42');
  await page.getByRole('button', { name: '开始考试' }).click();
  await page.locator('.questions course-question').nth(15).waitFor();
  await page.locator('.questions course-question').nth(1).locator('.exam-flag').click();
  await page.locator('.questions course-question').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/exam-shots/q-${w}.png` });
  await page.goto(base + 'practice/');
  await page.screenshot({ path: `/tmp/exam-shots/hub-${w}.png`, fullPage: true });
  await page.goto(base + 'practice/communication/?mode=study');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/exam-shots/study-${w}.png` });
  await page.goto(base + 'review/');
  await page.screenshot({ path: `/tmp/exam-shots/review-${w}.png`, fullPage: true });
  await page.close();
}
await browser.close();
