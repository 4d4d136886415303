import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import { emptyProgress } from '../../src/lib/progress/validate.ts';
import { expectNoAxeViolations } from './axe.ts';
import { press, typeInto } from './keyboard.ts';
import { PAGE_TYPES } from './pages.ts';

const KEY = 'course-progress';
const HOUR = 60 * 60 * 1000;
const LESSON = 'communication/communication-model';

/** Valid progress with something in every part: two lessons, answers, two exams, a notebook entry. */
function sampleProgress(now = Date.now()) {
  return {
    version: 1,
    learnerName: '王小明',
    lessons: {
      'service-awareness/service-mindset': { firstVisit: now - 5 * HOUR, lastVisit: now - 4 * HOUR, completedAt: now - 4 * HOUR, seconds: 1500 },
      'telephone-etiquette/phone-etiquette-rules': { firstVisit: now - 3 * HOUR, lastVisit: now - 3 * HOUR, seconds: 200 },
    },
    attempts: {
      'service-mindset-01': [
        { at: now - 4 * HOUR, correct: false, score: 0, source: 'lesson', answer: '快捷、准确、被动' },
        { at: now - 3 * HOUR, correct: true, score: 1, source: 'review' },
      ],
      'service-mindset-03': [{ at: now - 4 * HOUR, correct: true, score: 1, source: 'practice' }],
    },
    exams: [
      {
        id: 'exam-old',
        seed: 777,
        startedAt: now - 50 * HOUR,
        submittedAt: now - 49 * HOUR,
        score: 0.4,
        passed: false,
        passMark: 0.6,
        questionIds: ['service-mindset-01'],
        byModule: { 'service-awareness': { score: 2, total: 5 } },
      },
      {
        id: 'exam-new',
        seed: 12345,
        startedAt: now - 2 * HOUR,
        submittedAt: now - HOUR,
        score: 0.85,
        passed: true,
        passMark: 0.6,
        questionIds: ['service-mindset-03'],
        byModule: { 'service-awareness': { score: 17, total: 20 } },
      },
    ],
    notebook: { 'service-mindset-01': { addedAt: now - 4 * HOUR, lastWrongAt: now - 4 * HOUR, streak: 1, answer: '快捷、准确、被动' } },
    practice: { 'service-awareness': 3 },
    updatedAt: now - HOUR,
  };
}

/** Puts `value` in storage as the stored progress, from a page of the site, then opens `path`. */
async function seed(page: Page, value: unknown, path = 'progress/') {
  await page.goto('question-types/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, typeof value === 'string' ? value : JSON.stringify(value)]);
  await page.goto(path);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const exportFile = (data: unknown) => JSON.stringify({ format: 'cs-course-progress', version: 1, exportedAt: Date.now(), data });
/** The exported file of a learner who completed LESSON, with `fields` over it. */
const learnerFile = (fields: Record<string, unknown>) =>
  exportFile({ ...emptyProgress(2), lessons: { [LESSON]: { firstVisit: 1, lastVisit: 2, completedAt: 2, seconds: 600 } }, ...fields });
const totals = (page: Page, term: string) => page.locator('.totals div').filter({ hasText: term }).locator('dd');
/** The innermost list item holding the link to a lesson (on the home page, module cards are list items too). */
const lessonItem = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .last();

test.describe('progress page', () => {
  test('shows a lesson marked as finished on the progress page and the home page', async ({ page }) => {
    await page.goto(`lessons/${LESSON}/`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await expect(page.getByText('✓ 本课已完成')).toBeFocused();

    await page.getByRole('banner').getByRole('link', { name: '学习记录' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的学习记录');
    await expect(lessonItem(page, title)).toContainText('✓ 已学完');
    await expect(totals(page, '已学完的课程')).toHaveText('1 / 30 课');
    const bar = page.getByRole('progressbar', { name: '1 / 3 课已学完' });
    await expect(bar).toHaveAttribute('value', '1');
    await expect(bar).toHaveAttribute('max', '3');
    await expect(lessonItem(page, '沟通障碍：五类障碍与十种表现')).toContainText('未开始');

    await page.goto('./');
    await expect(lessonItem(page, title).getByText('✓ 已学完')).toBeVisible();
  });

  test('fills in lessons, totals and exam history from storage, newest exam first', async ({ page }) => {
    await seed(page, sampleProgress());
    await expect(page.getByText('学员：王小明')).toBeVisible();
    await expect(page.getByLabel('你的姓名')).toHaveValue('王小明');
    await expect(totals(page, '已学完的课程')).toHaveText('1 / 30 课');
    await expect(totals(page, '答过的题目')).toHaveText('2 道');
    await expect(totals(page, '正确率')).toHaveText('67%（共作答 3 次）');
    await expect(totals(page, '读课时长（不含练习和考试）')).toHaveText('28 分钟');
    await expect(page.getByText(/到了复习时间的题目：\d+ 道/)).toBeVisible();
    await expect(page.getByRole('link', { name: '去复习' })).toHaveAttribute('href', /\/review\/$/);
    await expect(lessonItem(page, '客户服务意识：尽力而为还是全力以赴')).toContainText(/✓ 已学完\s*学习 25 分钟/);
    await expect(lessonItem(page, '电话礼仪：接打电话的规定与四项要求')).toContainText(/学习中\s*学习 3 分钟/);
    await expect(lessonItem(page, '服务的定义与特征')).toHaveText(/服务的定义与特征\s*未开始\s*$/);

    const rows = page.getByRole('table', { name: '模拟考试记录，最近的在前' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('85%');
    await expect(rows.nth(1)).toContainText('通过');
    await expect(rows.nth(1).getByRole('link', { name: '12345' })).toHaveAttribute('href', /\/exam\/\?seed=12345$/);
    await expect(rows.nth(1).getByRole('link', { name: '查看证书' })).toHaveAttribute('href', /\/certificate\/\?exam=exam-new$/);
    await expect(rows.nth(2)).toContainText('未通过');
    await expect(rows.nth(2).getByRole('link')).toHaveCount(1);
  });

  test('saves the learner name', async ({ page }) => {
    await page.goto('progress/');
    await page.getByLabel('你的姓名').fill('  李华  ');
    await page.getByRole('button', { name: '保存姓名' }).click();
    await expect(page.getByRole('status').filter({ hasText: '姓名已保存。' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('你的姓名')).toHaveValue('李华');
    expect((JSON.parse((await stored(page))!) as ProgressData).learnerName).toBe('李华');
  });

  test('restores exactly what was exported after storage is cleared', async ({ page }) => {
    await seed(page, sampleProgress(), `lessons/${LESSON}/`);
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await page.goto('progress/');
    const before = JSON.parse((await stored(page))!) as ProgressData;
    expect(before.lessons[LESSON]!.completedAt).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习记录' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^学习记录-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();
    const file = await download.path();
    // The file records its own export, so the reminder to export stops.
    const exported = (JSON.parse(await readFile(file, 'utf8')) as { data: ProgressData }).data;
    expect(exported.exportedAt).toBeGreaterThan(0);
    expect({ ...exported, exportedAt: 0, updatedAt: 0 }).toEqual({ ...before, exportedAt: 0, updatedAt: 0 });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(totals(page, '已学完的课程')).toHaveText('0 / 30 课');
    await page.getByLabel('导入学习记录').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: '已导入：新增 3 课的学习记录、3 次作答、2 次考试。' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('');
    await expect(totals(page, '已学完的课程')).toHaveText('2 / 30 课');
    await expect(page.getByLabel('你的姓名')).toHaveValue('王小明');

    // Writing the import is itself a change, so only the time of the last change moves on.
    const after = JSON.parse((await stored(page))!) as ProgressData;
    expect(after.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
    expect({ ...after, updatedAt: 0 }).toEqual({ ...exported, updatedAt: 0 });
  });

  test("asks before merging another learner's file, and changes nothing when told not to", async ({ page }) => {
    await seed(page, { ...sampleProgress(), version: 3, learnerId: 'MINE0001' });
    const before = await stored(page);
    const colleague = learnerFile({ learnerName: '李四', learnerId: 'LISI0002' });
    const choose = () => page.getByLabel('导入学习记录').setInputFiles({ name: '学习记录-李四.json', mimeType: 'application/json', buffer: Buffer.from(colleague) });
    await choose();
    const dialog = page.getByRole('dialog', { name: '文件里的学员编号和这台设备上的不同' });
    await expect(dialog).toContainText('文件里的学员是“李四”（学员编号 LISI0002），这台设备上的学习记录是学员编号 MINE0001');
    await expect(dialog.getByRole('button', { name: '不导入' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '没有导入：学习记录没有任何改动。' })).toBeVisible();
    expect(await stored(page)).toBe(before);
    await choose();
    await dialog.getByRole('button', { name: '是别人的，仍然导入' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导入：新增 1 课的学习记录' })).toBeVisible();
    await expect(totals(page, '已学完的课程')).toHaveText('2 / 30 课');
    expect((JSON.parse((await stored(page))!) as ProgressData).learnerId).toBe('MINE0001');
  });

  test("restores a learner's own backup on a device they already used, under the id they had", async ({ page }) => {
    // A new phone, used before the backup was imported: it made an id of its own.
    await seed(page, { ...sampleProgress(), version: 3, learnerId: 'PHONE002', learnerName: '' });
    const backup = learnerFile({ learnerName: '王五', learnerId: 'WANG0001' });
    await page.getByLabel('导入学习记录').setInputFiles({ name: '学习记录-2026-12-01.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.getByRole('dialog', { name: '文件里的学员编号和这台设备上的不同' }).getByRole('button', { name: '是我的记录' }).click();
    await expect(page.getByRole('status').filter({ hasText: '学员编号已换回 WANG0001。' })).toBeVisible();
    await expect(totals(page, '已学完的课程')).toHaveText('2 / 30 课');
    const after = JSON.parse((await stored(page))!) as ProgressData;
    expect(after).toMatchObject({ learnerId: 'WANG0001', learnerName: '王五' });
  });

  test('names what a hand-edited file lost, and imports the rest', async ({ page }) => {
    await seed(page, sampleProgress());
    const edited = learnerFile({
      lessons: {
        [LESSON]: { firstVisit: 1, lastVisit: 2, completedAt: '昨天', seconds: 600 },
        'complaints/six-steps': { firstVisit: 1, lastVisit: 2, completedAt: 2, seconds: 600 },
      },
    });
    await page.getByLabel('导入学习记录').setInputFiles({ name: '学习记录.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
    await expect(page.getByRole('status').filter({ hasText: `文件中有 1 处内容无法读取，已略过：课程学习记录（${LESSON}）。` })).toBeVisible();
    await expect(totals(page, '已学完的课程')).toHaveText('2 / 30 课');
  });

  test('refuses a file that is not an export and changes nothing', async ({ page }) => {
    await seed(page, sampleProgress());
    const before = await stored(page);
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark","lessons":{}}') });
    await expect(page.getByRole('alert')).toHaveText('无法导入：这不是本课程导出的学习记录文件。学习记录没有任何改动。');
    // An export cut short is named as such: the learner exports again, rather than hunting for another file.
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cs-course-progress", ') });
    await expect(page.getByRole('alert')).toHaveText(
      '无法导入：这是本课程导出的学习记录文件，但内容不完整，可能在传送或保存时被截断了。请重新导出一份再用。学习记录没有任何改动。',
    );
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') });
    await expect(page.getByRole('alert')).toHaveText(
      '无法导入：这个文件是空的，里面没有学习记录。请确认选的是“导出学习记录”或“发给培训师”保存的 .json 文件。学习记录没有任何改动。',
    );
    // A file far too large is named as such, with the limit, not as someone else's file.
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'video.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 32) });
    await expect(page.getByRole('alert')).toHaveText(
      '无法导入：这个文件有 20 MB，太大了。学习记录文件最大 5 MB（一年的学习记录也不到 1 MB），请确认选的是“导出学习记录”或“发给培训师”保存的 .json 文件。学习记录没有任何改动。',
    );
    expect(await stored(page)).toBe(before);
    await expect(totals(page, '已学完的课程')).toHaveText('1 / 30 课');
  });

  test('shows a hostile name and answer from an imported file as text only', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    const data = sampleProgress();
    data.learnerName = hostile;
    data.attempts['service-mindset-01'][0]!.answer = hostile;
    data.notebook['service-mindset-01'].answer = hostile;
    await page.goto('progress/');
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(exportFile(data)) });
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
    await expect(page.getByText(`学员：${hostile}`)).toBeVisible();
    await expect(page.getByLabel('你的姓名')).toHaveValue(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect((JSON.parse((await stored(page))!) as ProgressData).attempts['service-mindset-01']![0]!.answer).toBe(hostile);
    await page.reload();
    await expect(page.getByText(`学员：${hostile}`)).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('clears progress only after confirmation in a dialog', async ({ page }) => {
    await seed(page, sampleProgress());
    const before = await stored(page);
    const reset = page.getByRole('button', { name: '清除学习记录' });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: '确定要清除全部学习记录吗？' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('导出学习记录');
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await reset.click();
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await stored(page)).toBe(before);
    await expect(reset).toBeFocused();

    await reset.click();
    await dialog.getByRole('button', { name: '清除全部记录' }).click();
    await expect(dialog).toBeHidden();
    const status = page.getByRole('status').filter({ hasText: '学习记录已清除。' });
    await expect(status).toBeFocused();
    await expect(totals(page, '已学完的课程')).toHaveText('0 / 30 课');
    await expect(page.getByRole('table', { name: '模拟考试记录，最近的在前' })).toBeHidden();
    await expect(page.getByText('还没有参加过模拟考试。')).toBeVisible();
    await expect(page.getByLabel('你的姓名')).toHaveValue('');
    expect(await stored(page)).toBeNull();
  });

  test('saves a name and clears progress with the keyboard alone', async ({ page }) => {
    await seed(page, sampleProgress());
    const name = page.getByLabel('你的姓名');
    // Tabbing into a field selects its text, so typing replaces the name.
    await typeInto(page, name, '张三');
    await page.keyboard.press('Enter');
    await expect(page.getByText('学员：张三')).toBeVisible();
    await press(page, page.getByRole('button', { name: '清除学习记录' }));
    await expect(page.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '清除全部记录' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '学习记录已清除。' })).toBeFocused();
    expect(await stored(page)).toBeNull();
  });

  test('keeps answers from two tabs answering different questions', async ({ context }) => {
    const answer = async (page: Page, id: string) => {
      const question = page.locator(`course-question#q-${id}`);
      await question.getByRole('radio').first().check();
      await question.getByRole('button', { name: '检查答案' }).click();
      await expect(question.getByRole('status')).not.toBeEmpty();
    };
    const [first, second] = [await context.newPage(), await context.newPage()];
    await first.goto(`lessons/${LESSON}/`);
    await second.goto('lessons/complaints/six-steps/');
    await answer(first, 'communication-model-06');
    await answer(second, 'six-steps-02');
    await answer(first, 'communication-model-07');
    await answer(second, 'six-steps-04');
    // Storage written in one tab reaches another tab's reads a moment later (Chromium keeps it in its own
    // service), so the first tab waits for the second tab's last answer instead of reading once.
    await expect
      .poll(async () => Object.keys((JSON.parse((await stored(first))!) as ProgressData).attempts).sort())
      .toEqual(['communication-model-06', 'communication-model-07', 'six-steps-02', 'six-steps-04']);
    await first.goto('progress/');
    await expect(totals(first, '答过的题目')).toHaveText('4 道');
  });

  test('shows the lessons and says why the rest needs JavaScript when it is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('progress/');
    await expect(page.getByText('查看和管理它需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '沟通模型：一句话是怎样传到客户那里的' })).toBeVisible();
    await expect(page.getByRole('button', { name: '导出学习记录' })).toBeHidden();
    await context.close();
  });
});

test.describe('progress storage problems', () => {
  for (const [name, value] of [
    ['data of the wrong shape', '{"version":1,"lessons":{"x":42}}'],
    ['text that is not JSON', 'garbage{{{'],
  ]) {
    test(`repairs ${name} and says so once, with every page type still working`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await seed(page, value, './');
      const notice = page.locator('.progress-notice');
      await expect(notice).toContainText('保存的学习记录有一部分损坏，已自动修复');
      for (const path of [...PAGE_TYPES, 'paths/custom/?lessons=complaints/six-steps']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        await expect(notice, path).toBeHidden();
      }
      await page.goto('progress/');
      await expect(totals(page, '已学完的课程')).toHaveText('0 / 30 课');
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.filter((key) => key.startsWith('course-progress:backup:'))).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  }

  test('works in memory and shows the notice when storage is unavailable', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto('progress/');
    await expect(page.getByRole('status').filter({ hasText: '这个浏览器不允许本网站保存数据' })).toBeVisible();
    await expect(totals(page, '已学完的课程')).toHaveText('0 / 30 课');
    await page.getByLabel('你的姓名').fill('李华');
    await page.getByRole('button', { name: '保存姓名' }).click();
    await expect(page.getByText('学员：李华')).toBeVisible();
    await page.getByLabel('导入学习记录').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(exportFile(sampleProgress())) });
    await expect(totals(page, '已学完的课程')).toHaveText('1 / 30 课');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习记录' }).click()]);
    expect((JSON.parse(await readFile(await download.path(), 'utf8')) as { data: ProgressData }).data.learnerName).toBe('李华');

    await page.goto(`lessons/${LESSON}/`);
    await expect(page.getByRole('status').filter({ hasText: '这个浏览器不允许本网站保存数据' })).toBeVisible();
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await expect(page.getByText('✓ 本课已完成')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('progress page accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reports no axe violations before and after interaction in the ${scheme} scheme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('progress/');
      await expectNoAxeViolations(page, `empty progress (${scheme})`);
      await seed(page, sampleProgress());
      await expect(page.getByRole('table', { name: '模拟考试记录，最近的在前' })).toBeVisible();
      await expectNoAxeViolations(page, `progress with exams (${scheme})`);
      await page.getByLabel('导入学习记录').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
      await page.getByRole('button', { name: '保存姓名' }).click();
      await expect(page.getByRole('alert')).not.toBeEmpty();
      await expectNoAxeViolations(page, `progress after an import error (${scheme})`);
      await page.getByRole('button', { name: '清除学习记录' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `progress with the reset dialog open (${scheme})`);
    });
  }
});
