import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4461/search/?q=' + encodeURIComponent(q));
  await page.waitForTimeout(2500);
  console.log(q, (await page.locator('main').innerText()).slice(0, 700));
}
await browser.close();
