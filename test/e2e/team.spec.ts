import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import { expectNoAxeViolations } from './axe.ts';

/** Progress as a version 2 file holds it: no staff number or path steps, and no learner id in files from before ids. */
type ProgressV2 = Omit<ProgressData, 'version' | 'learnerId' | 'staffId' | 'pathSteps'> & { version: 2; learnerId?: string };

/** An exported progress file, as /progress/ writes it, of the learner with id `learnerId` (none: a file from before ids). */
function progressFile(
  name: string,
  change: (data: ProgressV2) => void,
  exportedAt = Date.now(),
  learnerId: string | null = `T${name.length}${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
) {
  const now = Date.UTC(2026, 10, 20, 2, 0);
  const data: ProgressV2 = { version: 2, learnerName: name, lessons: {}, attempts: {}, exams: [], notebook: {}, practice: {}, favourites: {}, updatedAt: now };
  if (learnerId) data.learnerId = learnerId;
  change(data);
  return JSON.stringify({ format: 'cs-course-progress', version: 2, exportedAt, data });
}
const lesson = (at: number) => ({ firstVisit: at, lastVisit: at, completedAt: at, seconds: 600 });
const exam = (score: number, passed: boolean, at: number) => ({
  id: `e-${at}`,
  seed: 7,
  startedAt: at - 1000,
  submittedAt: at,
  score,
  passed,
  passMark: 0.8,
  questionIds: [],
  byModule: {},
});
const at = Date.UTC(2026, 10, 25, 1, 30);

const wang = progressFile(
  '王小明',
  (d) => {
    d.lessons['complaints/six-steps'] = lesson(at);
    d.lessons['complaints/cake-shop'] = lesson(at);
    d.attempts['six-steps-01'] = [{ at, correct: false, score: 0, source: 'lesson' }];
    d.exams.push(exam(0.85, true, at));
  },
  Date.now(),
  'WANG0001',
);
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
    const notices = page.getByRole('region', { name: '需要注意' });
    await expect(notices).toContainText('录像.json：无法读取，已跳过：这个文件有 20 MB，太大了。学习记录文件最大 5 MB');
  });

  test('reads three files: a learner, a hostile name shown as text, and a file that is not progress', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('team/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('团队学习报告');
    await expect(page.getByText('还没有读取任何学习记录文件。')).toBeVisible();
    await drop(page, [
      json('学习记录-王小明.json', wang),
      json('学习记录-hostile.json', hostile),
      { name: '周报.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not json') },
    ]);

    await expect(page.getByRole('status').filter({ hasText: '已读取 2 个文件，共 2 位学员。另有 1 个文件无法统计，已跳过，原因见下方“需要注意”。' })).toBeVisible();
    const notices = page.getByRole('region', { name: '需要注意' });
    await expect(notices).toContainText('周报.docx：不是本课程导出的学习记录文件，已跳过。');

    const table = page.getByRole('table', { name: '每位学员的学习情况（共 30 课）' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('<img src=x onerror="window.hacked=1">张<b>三</b>');
    await expect(table.getByRole('columnheader')).toHaveText(['学员', '已学完课程', '最近学习', '模拟考试最高分', '是否通过', '学员编号']);
    await expect(rows.nth(1).getByRole('cell')).toHaveText(['1 / 30', /^2026-11-2\d \d\d:\d\d$/, '60%客服管理师三级模拟卷（技能）', '✗ 未通过', /^T\w+$/]);
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('王小明');
    await expect(rows.nth(2).getByRole('cell')).toHaveText(['2 / 30', /^2026-11-25 /, '85%客服管理师三级模拟卷（技能）', '✓ 通过', 'WANG0001']);
    await expect(table.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    const lessons = page.getByRole('table', { name: '每一课有多少位学员学完' });
    await expect(lessons.getByRole('row', { name: /投诉处理六步法/ }).getByRole('cell')).toHaveText('2 / 2 人');
    await expect(lessons.getByRole('row', { name: /蛋糕店投诉案例/ }).getByRole('cell')).toHaveText('1 / 2 人');

    const hardest = page.getByRole('list', { name: '错得最多的题' }).getByRole('listitem');
    await expect(hardest).toHaveCount(1);
    await expect(hardest.first()).toContainText('2 位学员作答，2 位答错过');
    await expect(hardest.first().getByRole('link')).toHaveAttribute('href', /\/questions\/complaints\/six-steps\/#q-six-steps-01$/);
    // The question opens in a new tab: the report, which lives only in this page, stays.
    const [question] = await Promise.all([page.context().waitForEvent('page'), hardest.first().getByRole('link').click()]);
    await expect(question).toHaveURL(/#q-six-steps-01$/);
    await question.close();
    await expect(table.getByRole('row')).toHaveCount(3);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("on a phone, keeps the learners' names and the caption in view while the table scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('team/');
    await drop(page, [json('学习记录-王小明.json', wang)]);
    const table = page.getByRole('table', { name: '每位学员的学习情况（共 30 课）' });
    await expect(table.getByRole('rowheader')).toHaveText('王小明');
    await table.scrollIntoViewIfNeeded();
    await table.evaluate((scroller) => (scroller.scrollLeft = scroller.scrollWidth));
    await expect(table.getByRole('cell', { name: 'WANG0001' })).toBeInViewport({ ratio: 0.9 });
    await expect(table.getByRole('rowheader')).toBeInViewport({ ratio: 0.9 });
    await expect(table.getByText('每位学员的学习情况')).toBeInViewport({ ratio: 0.9 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('names the records of a hand-edited file it left out, and counts the rest', async ({ page }) => {
    await page.goto('team/');
    const edited = progressFile('赵六', (d) => {
      d.lessons['complaints/six-steps'] = lesson(at);
      d.lessons['complaints/cake-shop'] = { ...lesson(at), completedAt: '上周' as never };
    });
    await drop(page, [json('赵六.json', edited)]);
    await expect(page.getByRole('region', { name: '需要注意' })).toContainText(
      '赵六.json：文件中有 1 处内容无法读取，已略过，其余照常统计：课程学习记录（complaints/cake-shop）。',
    );
    const row = page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row', { name: /赵六/ });
    await expect(row.getByRole('cell').first()).toHaveText('1 / 30');
  });

  test('merges two files of the same learner (the same id), and says so', async ({ page }) => {
    await page.goto('team/');
    const newer = progressFile('王小明', (d) => (d.lessons['complaints/complaint-numbers'] = lesson(at)), Date.now(), 'WANG0001');
    await drop(page, [json('王小明-旧.json', wang.replace(/"exportedAt":\d+/, '"exportedAt":1000')), json('王小明-新.json', newer)]);
    await expect(page.getByRole('status').filter({ hasText: '共 1 位学员' })).toBeVisible();
    await expect(page.getByRole('region', { name: '需要注意' })).toContainText('王小明-新.json：和“王小明-旧.json”是同一位学员（王小明，学员编号 WANG0001）的记录，已合并统计');
    // Both files' lessons count: two from the older file, one more from the newer.
    const row = page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row', { name: /王小明/ });
    await expect(row.getByRole('cell').first()).toHaveText('3 / 30');
  });

  test('keeps two different learners of the same name apart, and merges only files of the same one', async ({ page }) => {
    await page.goto('team/');
    const first = progressFile('张三', (d) => (d.lessons['complaints/six-steps'] = lesson(at)), at, 'AAAA0001');
    const firstAgain = progressFile('张三', (d) => d.exams.push(exam(0.9, true, at)), at + 1000, 'AAAA0001');
    const second = progressFile('张三', (d) => d.exams.push(exam(0.4, false, at)), at, 'BBBB0002');
    await drop(page, [json('一组/张三.json', first), json('二组/张三.json', second), json('一组/张三-周五.json', firstAgain)]);
    await expect(page.getByRole('status').filter({ hasText: '已读取 3 个文件，共 2 位学员。' })).toBeVisible();
    const rows = page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('张三 ①');
    await expect(rows.nth(1).getByRole('cell')).toHaveText(['1 / 30', /^2026-11-25 /, '90%客服管理师三级模拟卷（技能）', '✓ 通过', 'AAAA0001']);
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('张三 ②');
    await expect(rows.nth(2).getByRole('cell')).toHaveText(['0 / 30', /^2026-11-25 /, '40%客服管理师三级模拟卷（技能）', '✗ 未通过', 'BBBB0002']);
    const notices = page.getByRole('region', { name: '需要注意' });
    await expect(notices).toContainText('同名学员：有 2 位学员都叫“张三”，他们的学员编号不同，所以分开统计：张三 ①（学员编号 AAAA0001）；张三 ②（学员编号 BBBB0002）');
    await expect(notices).toContainText('一组/张三-周五.json：和“一组/张三.json”是同一位学员（张三，学员编号 AAAA0001）的记录，已合并统计');
    await expectNoAxeViolations(page);
  });

  test('keeps two files of the same name from two learners, and reads the same file given again once', async ({ page }) => {
    await page.goto('team/');
    // Two learners called 张三 send 发给培训师 on the same day: the same file name.
    const one = progressFile('张三', (d) => (d.lessons['complaints/six-steps'] = lesson(at)), at, 'AAAA0001');
    const other = progressFile('张三', (d) => d.exams.push(exam(0.4, false, at)), at, 'BBBB0002');
    await drop(page, [json('学习记录-张三-2026-11-25.json', one)]);
    await drop(page, [json('学习记录-张三-2026-11-25.json', other)]);
    await expect(page.getByRole('status').filter({ hasText: '已读取 2 个文件，共 2 位学员。' })).toBeVisible();
    const rows = page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await drop(page, [json('学习记录-张三-2026-11-25.json', one)]);
    await expect(page.getByRole('status').filter({ hasText: '已经读取过' })).toHaveText('已读取 2 个文件，共 2 位学员。“学习记录-张三-2026-11-25.json”已经读取过，没有重复计算。');
    await expect(rows).toHaveCount(3);
  });

  test('never merges files from before learner ids by their name: each is its own row, listed in a notice', async ({ page }) => {
    await page.goto('team/');
    const old = progressFile('王小明', (d) => (d.lessons['complaints/cake-shop'] = lesson(at)), at, null);
    await drop(page, [json('王小明.json', wang), json('王小明-旧版.json', old)]);
    await expect(page.getByRole('status').filter({ hasText: '共 2 位学员' })).toBeVisible();
    const rows = page.getByRole('table', { name: /每位学员的学习情况/ }).getByRole('row');
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('王小明 ②');
    await expect(rows.nth(2).getByRole('cell').last()).toHaveText('旧版文件，无编号');
    await expect(page.getByRole('region', { name: '需要注意' })).toContainText('王小明-旧版.json：由旧版课程导出，没有学员编号，所以单独算一行');
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
    expect(scripts.filter((url) => /team-workbook|exceljs/.test(url))).toEqual([]);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^团队学习报告-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF学员,工号,学员编号,已学完课程,课程总数,完成率（%）,最近学习,模拟考试最高分（%）,试卷,是否通过,文件');
    expect(text).toMatch(/\r\n王小明,,WANG0001,2,30,6\.7,2026-11-25 \d\d:\d\d,85,客服管理师三级模拟卷（技能）,✓ 通过,a\.json\r\n/);

    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(scripts.some((url) => url.includes('team-workbook'))).toBe(true);
    expect(scripts.some((url) => url.includes('exceljs'))).toBe(true);
    expect(xlsx.suggestedFilename()).toMatch(/^团队学习报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsx.path());
    expect(book.worksheets.map((s) => s.name)).toEqual(['学员', '各课完成情况', '谁学完了哪一课', '错得最多的题']);
    // Who did which lesson: a learner's row has the date under each lesson completed.
    const who = book.getWorksheet('谁学完了哪一课')!;
    expect(who.getRow(1).getCell(1).value).toBe('学员');
    const sixSteps = (who.getRow(1).values as unknown[]).indexOf('投诉处理六步法');
    expect(sixSteps).toBeGreaterThan(1);
    expect(who.getRow(3).getCell(1).value).toBe('王小明');
    expect(who.getRow(3).getCell(sixSteps).type).toBe(ExcelJS.ValueType.Date);
    const sheet = book.getWorksheet('学员')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '学员', '工号', '学员编号', '已学完课程', '课程总数', '完成率', '最近学习', '模拟考试最高分', '试卷', '是否通过', '文件']);
    expect(sheet.getRow(2).getCell(1).value).toBe('<img src=x onerror="window.hacked=1">张<b>三</b>');
    const wangRow = sheet.getRow(3);
    expect([wangRow.getCell(4).value, wangRow.getCell(4).type, wangRow.getCell(5).value]).toEqual([2, ExcelJS.ValueType.Number, 30]);
    expect([wangRow.getCell(8).value, wangRow.getCell(8).numFmt]).toEqual([0.85, '0%']);
    expect([wangRow.getCell(7).type, wangRow.getCell(7).numFmt]).toEqual([ExcelJS.ValueType.Date, 'yyyy-mm-dd hh:mm']);
    const lessons = book.getWorksheet('各课完成情况')!;
    expect(lessons.getRow(1).values).toEqual([undefined, '课程', '学完人数', '学员人数', '完成率']);
    await expect(page.getByRole('status').filter({ hasText: /已导出文件“团队学习报告-.*\.xlsx”/ })).toBeVisible();
  });

  test('the progress page sends a file named after the learner, with their id and 工号, that the team report reads', async ({ page }) => {
    await page.goto('progress/');
    const send = page.getByRole('region', { name: '发给培训师' });
    const id = (await send.getByText(/^你的学员编号：/).textContent())!.replace('你的学员编号：', '');
    expect(id).toMatch(/^[0-9A-Z]{8}$/);
    await send.getByRole('button', { name: /导出文件，发给培训师/ }).click();
    await expect(send.getByText('请先填写你的姓名，再导出。')).toBeVisible();
    await expect(send.getByLabel('你的真实姓名')).toBeFocused();
    await expect(send.getByLabel('你的真实姓名')).toHaveAccessibleDescription(/请先填写你的姓名，再导出。/);
    await send.getByLabel('你的真实姓名').fill('赵六');
    await send.getByLabel('工号（选填）').fill(' 1024 ');
    const [download] = await Promise.all([page.waitForEvent('download'), send.getByLabel('你的真实姓名').press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^学习记录-赵六-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(send.getByRole('status')).toContainText('请把这个文件发给培训师');
    const text = await readFile(await download.path(), 'utf8');
    expect((JSON.parse(text) as { data: unknown }).data).toMatchObject({ learnerName: '赵六', learnerId: id, staffId: '1024' });
    // The id stays the same on the next page and the next export.
    await page.reload();
    await expect(send.getByText(`你的学员编号：${id}`)).toBeVisible();
    await expect(send.getByLabel('工号（选填）')).toHaveValue('1024');

    await page.goto('team/');
    await drop(page, [json(download.suggestedFilename(), text)]);
    const row = page
      .getByRole('table', { name: /每位学员的学习情况/ })
      .getByRole('row')
      .nth(1);
    await expect(row.getByRole('rowheader')).toHaveText('赵六（工号 1024）');
    await expect(row.getByRole('cell').last()).toHaveText(id);
    await expectNoAxeViolations(page);
  });
});

test.describe('发给培训师 on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** Stubs the Web Share API: `canShare` answers `can`; `share` records what it got and ends as `outcome`. */
  const stubShare = (page: Page, can: boolean, outcome: 'shared' | 'AbortError') =>
    page.addInitScript(
      ([can, outcome]) => {
        const shared: { files: { name: string; type: string; text: string }[]; title?: string }[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => can && Boolean(data.files?.length) });
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            shared.push({ title: data.title, files: await Promise.all((data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() }))) });
            if (outcome === 'AbortError') throw new DOMException('cancelled', 'AbortError');
          },
        });
      },
      [can, outcome] as const,
    );

  test('opens the system share sheet with the file where the browser can share files', async ({ page }) => {
    await stubShare(page, true, 'shared');
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto('progress/');
    const send = page.getByRole('region', { name: '发给培训师' });
    await send.getByLabel('你的真实姓名').fill('钱七');
    await send.getByRole('button', { name: /导出文件，发给培训师/ }).click();
    await expect(send.getByRole('status')).toContainText(/已把文件“学习记录-钱七-\d{4}-\d{2}-\d{2}\.json”交给分享菜单/);
    const shared = await page.evaluate(() => (window as unknown as { shared: { files: { name: string; type: string; text: string }[]; title: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.title).toBe('钱七的学习记录');
    expect(shared[0]!.files[0]).toMatchObject({ name: expect.stringMatching(/^学习记录-钱七-/), type: 'application/json' });
    expect((JSON.parse(shared[0]!.files[0]!.text) as { data: ProgressData }).data.learnerName).toBe('钱七');
    expect(downloads).toEqual([]);
  });

  test('says nothing was sent when the learner closes the share sheet', async ({ page }) => {
    await stubShare(page, true, 'AbortError');
    await page.goto('progress/');
    const send = page.getByRole('region', { name: '发给培训师' });
    await send.getByLabel('你的真实姓名').fill('钱七');
    await send.getByRole('button', { name: /导出文件，发给培训师/ }).click();
    await expect(send.getByRole('status')).toHaveText('没有分享出去。可以再点一次按钮，重新选择发送方式。');
  });

  test('downloads the file where the browser cannot share files', async ({ page }) => {
    await stubShare(page, false, 'shared');
    await page.goto('progress/');
    const send = page.getByRole('region', { name: '发给培训师' });
    await send.getByLabel('你的真实姓名').fill('钱七');
    const [download] = await Promise.all([page.waitForEvent('download'), send.getByRole('button', { name: /导出文件，发给培训师/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^学习记录-钱七-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([]);
  });
});
