import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/** An exported progress file, as /progress/ writes it. */
function progressFile(name: string, change: (data: Record<string, any>) => void, exportedAt = Date.now()) {
  const now = Date.UTC(2026, 10, 20, 2, 0);
  const data: Record<string, any> = { version: 1, learnerName: name, lessons: {}, attempts: {}, exams: [], notebook: {}, practice: {}, updatedAt: now };
  change(data);
  return JSON.stringify({ format: 'cs-course-progress', version: 1, exportedAt, data });
}
const lesson = (at: number) => ({ firstVisit: at, lastVisit: at, completedAt: at, seconds: 600 });
const exam = (score: number, passed: boolean, at: number) => ({ id: `e-${at}`, seed: 7, startedAt: at - 1000, submittedAt: at, score, passed, passMark: 0.8, questionIds: [], byModule: {} });
const at = Date.UTC(2026, 10, 25, 1, 30);

const wang = progressFile('王小明', (d) => {
  d.lessons['complaints/six-steps'] = lesson(at);
  d.lessons['complaints/cake-shop'] = lesson(at);
  d.attempts['six-steps-01'] = [{ at, correct: false, score: 0, source: 'lesson' }];
  d.exams.push(exam(0.85, true, at));
});
const hostile = progressFile('<img src=x onerror="window.hacked=1">张<b>三</b>', (d) => {
  d.lessons['complaints/six-steps'] = lesson(at - 86_400_000);
  d.attempts['six-steps-01'] = [{ at, correct: false, score: 0, source: 'practice' }];
  d.exams.push(exam(0.6, false, at));
});

async function drop(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.locator('input.pick-files').setInputFiles(files);
}
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('the team report', () => {
  test('names a file too large to be a progress export, with the limit', async ({ page }) => {
    await page.goto('team/');
    await drop(page, [json('学习记录-王小明.json', wang), { name: '录像.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 32) }]);
    const notices = page.getByRole('region', { name: '需要注意的文件' });
    await expect(notices).toContainText('录像.json：无法读取，已跳过：这个文件有 20 MB，太大了：学习记录文件最大 5 MB');
  });

  test('reads three files: a learner, a hostile name shown as text, and a file that is not progress', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('team/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('团队学习报告');
    await expect(page.getByText('还没有读取任何学习记录文件。')).toBeVisible();
    await drop(page, [json('学习记录-王小明.json', wang), json('学习记录-hostile.json', hostile), { name: '周报.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not json') }]);

    await expect(page.getByRole('status').filter({ hasText: '已读取 3 个文件，共 2 位学员。' })).toBeVisible();
    const notices = page.getByRole('region', { name: '需要注意的文件' });
    await expect(notices).toContainText('周报.docx：不是本课程导出的学习记录文件，已跳过');

    const table = page.getByRole('table', { name: '每位学员的学习情况（共 30 课）' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('<img src=x onerror="window.hacked=1">张<b>三</b>');
    await expect(rows.nth(1).getByRole('cell')).toHaveText(['1 / 30', /^2026-11-2\d \d\d:\d\d$/, '60%', '✗ 未通过']);
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('王小明');
    await expect(rows.nth(2).getByRole('cell')).toHaveText(['2 / 30', /^2026-11-25 /, '85%', '✓ 通过']);
    await expect(table.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    const lessons = page.getByRole('table', { name: '每一课有多少位学员学完' });
    await expect(lessons.getByRole('row', { name: /投诉处理六步法/ }).getByRole('cell')).toHaveText('2 / 2 人');
    await expect(lessons.getByRole('row', { name: /蛋糕店投诉案例/ }).getByRole('cell')).toHaveText('1 / 2 人');

    const hardest = page.getByRole('list', { name: '错得最多的题' }).getByRole('listitem');
    await expect(hardest).toHaveCount(1);
    await expect(hardest.first()).toContainText('2 位学员作答，2 位答错过');
    await expect(hardest.first().getByRole('link')).toHaveAttribute('href', /\/questions\/six-steps-01\/$/);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test('counts two files from the same learner once, and says so', async ({ page }) => {
    await page.goto('team/');
    const newer = progressFile('王小明', (d) => (d.lessons['complaints/six-steps'] = lesson(at)), Date.now());
    await drop(page, [json('王小明-旧.json', wang.replace(/"exportedAt":\d+/, '"exportedAt":1000')), json('王小明-新.json', newer)]);
    await expect(page.getByRole('status').filter({ hasText: '共 1 位学员' })).toBeVisible();
    await expect(page.getByRole('region', { name: '需要注意的文件' })).toContainText('王小明-旧.json：和“王小明-新.json”是同一位学员（王小明）的记录');
  });

  test('reads a whole folder of progress files, leaving out files that are not .json', async ({ page }) => {
    const dir = await mkdtemp(join(tmpdir(), 'team-folder-'));
    await mkdir(join(dir, '一组'));
    await writeFile(join(dir, '一组', '王小明.json'), wang);
    await writeFile(join(dir, '一组', '张三.json'), hostile);
    await writeFile(join(dir, '一组', '说明.txt'), '不是学习记录');
    await page.goto('team/');
    await page.locator('input.pick-folder').setInputFiles(join(dir, '一组'));
    await expect(page.getByRole('status').filter({ hasText: '已读取 2 个文件，共 2 位学员。' })).toBeVisible();
    await expect(page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row')).toHaveCount(3);
  });

  test('exports the table as CSV and as Excel, loading the workbook library only then', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto('team/');
    await drop(page, [json('a.json', wang), json('b.json', hostile)]);
    await expect(page.getByRole('status').filter({ hasText: '共 2 位学员' })).toBeVisible();
    expect(scripts.filter((url) => url.includes('team-workbook'))).toEqual([]);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^团队学习报告-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await csv.path()), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF学员,已学完课程,最近学习,模拟考试最高分,是否通过,文件');
    expect(text).toContain('王小明,2 / 30,');

    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(scripts.some((url) => url.includes('team-workbook'))).toBe(true);
    expect(xlsx.suggestedFilename()).toMatch(/^团队学习报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path()));
    expect(book.worksheets.map((s) => s.name)).toEqual(['学员', '各课完成情况', '错得最多的题']);
    const sheet = book.getWorksheet('学员')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('<img src=x onerror="window.hacked=1">张<b>三</b>');
    expect(sheet.getRow(3).getCell(2).value).toBe('2 / 30');
    await expect(page.getByRole('status').filter({ hasText: /已导出文件“团队学习报告-.*\.xlsx”/ })).toBeVisible();
  });

  test('the progress page sends a file named after the learner that the team report reads', async ({ page }) => {
    await page.goto('progress/');
    const send = page.getByRole('region', { name: '发给培训师' });
    await send.getByRole('button', { name: /导出文件，发给培训师/ }).click();
    await expect(send.getByText('请先填写你的姓名，再导出。')).toBeVisible();
    await expect(send.getByLabel('你的真实姓名')).toBeFocused();
    await expect(send.getByLabel('你的真实姓名')).toHaveAccessibleDescription(/请先填写你的姓名，再导出。/);
    await send.getByLabel('你的真实姓名').fill('赵六');
    const [download] = await Promise.all([page.waitForEvent('download'), send.getByLabel('你的真实姓名').press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^学习记录-赵六-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(send.getByRole('status')).toContainText('请把这个文件发给培训师');
    const text = await readFile((await download.path()), 'utf8');

    await page.goto('team/');
    await drop(page, [json(download.suggestedFilename(), text)]);
    await expect(page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('rowheader')).toHaveText('赵六');
    await expectNoAxeViolations(page);
  });
});
