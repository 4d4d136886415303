import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// `npm run dev` on a copy of the fixture course: a content error shows in the browser and in the
// terminal, and the page comes back by itself once the file is fixed.

const ROOT = resolve(import.meta.dirname, '../..');
const SECOND = 'lessons/basics/second.mdx';

/** A port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

test.describe('npm run dev with wrong content', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let dev: ChildProcess | undefined;
  let terminal = '';
  let dir = '';
  let base = '';
  const write = (file: string, change: (text: string) => string) => {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'course-dev-'));
    cpSync(join(ROOT, 'test/fixtures/mini-course'), dir, { recursive: true });
    // Broken before the server starts: it must start anyway.
    write(SECOND, (text) => text.replace('title: 第二课\n', ''));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, COURSE_CONTENT_DIR: dir, COURSE_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    dev.stdout?.on('data', (chunk) => (terminal += chunk));
    dev.stderr?.on('data', (chunk) => (terminal += chunk));
    for (let i = 0; i < 120; i++) {
      const up = await fetch(`${base}/`, { headers: { accept: 'text/html' } }).then(
        () => true,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`astro dev did not start:\n${terminal}`);
  });

  // What the dev server printed goes with a failure: a page that does not recover is explained there.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern; this one asks for none.
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('astro dev', { body: terminal, contentType: 'text/plain' });
  });

  test.afterAll(() => {
    dev?.kill();
  });

  test('shows the problem in the browser and the terminal, then the lesson once the file is fixed', async ({ page }) => {
    await page.goto(`${base}/lessons/basics/second/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('✗ 课程内容有 1 个问题');
    const problem = page.getByRole('listitem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('lessons/basics/second.mdx 第 2 行：字段 title（标题）：缺少这一项');
    expect(terminal).toContain('lessons/basics/second.mdx 第 2 行：字段 title（标题）：缺少这一项');

    // Fixing the file brings the lesson back without touching the browser.
    write(SECOND, (text) => text.replace('description:', 'title: 第二课\ndescription:'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('第二课', { timeout: 60_000 });
  });

  test('shows a misspelt component with the right name while the page is open, and recovers', async ({ page }) => {
    await page.goto(`${base}/lessons/basics/first/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('第一课', { timeout: 60_000 });

    write(SECOND, (text) => `${text}\n<Sayinstead dont="不知道。" say="我帮您查一下。" />\n`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('✗ 课程内容有 1 个问题', { timeout: 60_000 });
    await expect(page.getByRole('listitem')).toContainText('lessons/basics/second.mdx 第 14 行：没有叫 <Sayinstead> 的组件。你是不是想写 `SayInstead`？');
    await expect.poll(() => terminal).toContain('你是不是想写 `SayInstead`？');

    write(SECOND, (text) => text.replace('<Sayinstead', '<SayInstead'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('第一课', { timeout: 60_000 });
  });
});
