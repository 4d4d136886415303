import { chromium } from '@playwright/test';
const base = 'http://localhost:4441/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[360, 740], [1280, 800]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base + 'exam/?seed=42');
  await page.screenshot({ path: `/tmp/exam-shots/intro-${w}.png`, fullPage: true });
  await page.getByRole('button', { name: '开始考试' }).click();
  await page.locator('.questions course-question').nth(15).waitFor();
  const qs = page.locator('.questions course-question');
  // answer first 3
  for (let i = 0; i < 3; i++) await qs.nth(i).locator('input').first().check();
  await qs.nth(1).locator('.exam-flag').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/exam-shots/paper-${w}.png` });
  if (w === 360) { await page.locator('.sheet-toggle').click(); await page.screenshot({ path: `/tmp/exam-shots/sheet-${w}.png` }); await page.locator('.sheet-link').nth(5).click(); await page.waitForTimeout(300); await page.screenshot({ path: `/tmp/exam-shots/jump-${w}.png` }); }
  await page.reload();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/exam-shots/resume-${w}.png` });
  await page.getByRole('button', { name: '继续考试' }).click();
  await page.locator('.questions course-question').nth(15).waitFor();
  console.log('checked after resume', await page.locator('.questions input:checked').count());
  await page.getByRole('button', { name: '交卷', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认交卷' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/exam-shots/results-${w}.png`, fullPage: w === 1280 });
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('course-progress')));
  console.log(JSON.stringify({ attempts: Object.keys(saved.attempts).length, notebook: Object.keys(saved.notebook).length, exam: { ...saved.exams.at(-1), questionIds: undefined }, session: saved.examSession }));
  await page.getByLabel('只看错题').check();
  await page.screenshot({ path: `/tmp/exam-shots/wrong-${w}.png`, fullPage: w === 1280 });
  await page.close();
}
await browser.close();
