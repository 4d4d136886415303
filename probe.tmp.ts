import { chromium } from '@playwright/test';
import { runFindability } from './scripts/lib/findability.ts';
const qs = process.argv.slice(2).map((q) => ({ q, kind: 'probe', lessons: [] as string[] }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const out = await runFindability(page, 'http://127.0.0.1:4461/search/', qs);
for (const o of out) console.log(o.q, '→', o.found.slice(0, 4).join(', '));
await browser.close();
