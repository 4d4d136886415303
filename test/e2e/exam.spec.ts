import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { press, tabTo } from './keyboard.ts';

type Key = Record<string, unknown> & { type: string };
interface SavedExam {
  id: string;
  seed: number;
  score: number;
  passed: boolean;
  questionIds: string[];
  byModule: Record<string, { score: number; total: number }>;
}
interface Saved {
  learnerName: string;
  exams: SavedExam[];
  attempts: Record<string, { source: string; correct: boolean }[]>;
  notebook: Record<string, unknown>;
}

const questions = (page: Page) => page.locator('.questions course-question');
const idsOf = (page: Page) => questions(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.questionId!));
const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('course-progress') ?? 'null') as Saved | null);
const submitButton = (page: Page) => page.getByRole('button', { name: '交卷', exact: true });

/** Opens the exam with `seed` (or none), starts it and waits until every question is in. */
async function startExam(page: Page, seed?: number, { pauseClock = false } = {}) {
  await page.goto(seed ? `exam/?seed=${seed}` : 'exam/');
  // Timer tests move the page's clock by hand, so the countdown shows exact values.
  if (pauseClock) await page.clock.pauseAt(Date.now() + 1000);
  const total = Number(await page.locator('#exam-progress').getAttribute('max'));
  expect(total, 'questions in content/exam.yaml').toBeGreaterThan(0);
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(questions(page)).toHaveCount(total);
  return total;
}

/** Answers every question of the paper from its answer key, rightly or wrongly. */
async function answerAll(page: Page, right: boolean) {
  for (const question of await questions(page).all()) {
    const key: Key = JSON.parse((await question.getAttribute('data-key'))!);
    const input = (value: unknown) => question.locator(`input[value="${String(value)}"]`);
    switch (key.type) {
      case 'single': {
        const values = await question.locator('input[type=radio]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        await input(right ? key.correct : values.find((v) => v !== String(key.correct))).check();
        break;
      }
      case 'truefalse':
        await input(right ? key.answer : !key.answer).check();
        break;
      case 'multiple': {
        const correct = key.correct as number[];
        const wrong = Array.from({ length: key.count as number }, (_, i) => i).filter((i) => !correct.includes(i)).slice(0, 1);
        for (const i of right ? correct : wrong) await input(i).check();
        break;
      }
      case 'case':
        await question.locator('textarea').fill('先向客户道歉，耐心倾听，了解情况后提出解决方案。');
        break;
      default:
        throw new Error(`the exam has a ${key.type} question: teach answerAll to answer it`);
    }
  }
}

/** Submits through the confirmation dialog; ticks every key point of the case questions when `right`. */
async function submitAndAssess(page: Page, right: boolean) {
  await submitButton(page).click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
  const cases = questions(page).and(page.locator('[data-question-type="case"]'));
  if ((await cases.count()) > 0) {
    await expect(page.getByRole('heading', { name: '简答与案例题自评' })).toBeFocused();
    if (right) for (const box of await cases.locator('.q-keypoints input').all()) await box.check();
    await page.getByRole('button', { name: '完成自评并查看成绩' }).click();
  }
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
}

/** A progress store holding one exam, as the exam page saves it. */
function progressWith(exam: Partial<SavedExam> & { id: string }, learnerName = '') {
  const record = { seed: 4242, startedAt: Date.UTC(2025, 2, 8, 1), submittedAt: Date.UTC(2025, 2, 8, 2), score: 0.9, passed: true, passMark: 0.8, questionIds: ['q'], byModule: {}, ...exam };
  return JSON.stringify({ version: 1, learnerName, lessons: {}, attempts: {}, exams: [record], notebook: {}, practice: {}, updatedAt: Date.now() });
}

async function certificatePage(browser: Browser, exam: Partial<SavedExam> & { id: string }, query = `?exam=${exam.id}`) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('exam/');
  await page.evaluate((value) => localStorage.setItem('course-progress', value), progressWith(exam));
  await page.goto(`certificate/${query}`);
  return { context, page };
}

test.describe('mock exam', () => {
  // Leaving a page with an exam in progress asks first; tests that move on agree.
  test.beforeEach(({ page }) => {
    page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  });

  test('draws the same questions in the same order for the same seed, on every visit and in another browser', async ({ page, browser }) => {
    await startExam(page, 12345);
    const first = await idsOf(page);
    expect(new Set(first).size).toBe(first.length);
    await startExam(page, 12345);
    expect(await idsOf(page)).toEqual(first);
    const context = await browser.newContext();
    const other = await context.newPage();
    await startExam(other, 12345);
    expect(await idsOf(other)).toEqual(first);
    await context.close();
    await startExam(page, 54321);
    expect(await idsOf(page)).not.toEqual(first);
  });

  test('writes a new seed into the URL and the share link when none is given', async ({ page, context }) => {
    await page.goto('exam/');
    await expect(page).toHaveURL(/\/exam\/\?seed=\d+$/);
    const seed = new URL(page.url()).searchParams.get('seed')!;
    await expect(page.getByLabel('试卷编号')).toHaveValue(seed);
    const link = page.locator('.share-link');
    await expect(link).toHaveAttribute('href', new RegExp(`/exam/\\?seed=${seed}$`));
    await expect(page.getByText('把这套试卷发给同事')).toBeVisible();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByText('链接已复制')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.getAttribute('href'));
  });

  test('follows a seed typed into the field and refuses one that is not a seed', async ({ page }) => {
    await page.goto('exam/?seed=1');
    const field = page.getByLabel('试卷编号');
    await field.fill('777');
    await expect(page).toHaveURL(/\?seed=777$/);
    await field.fill('12abc');
    await page.getByRole('button', { name: '开始考试' }).click();
    await expect(page.getByText('试卷编号应为 1 到 2147483647 之间的整数。')).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(questions(page)).toHaveCount(0);
  });

  test('passes when every answer is right, shows the module table and the review, and saves the record', async ({ page }) => {
    await page.goto('exam/?seed=2024');
    const total = Number(await page.locator('#exam-progress').getAttribute('max'));
    await press(page, page.getByRole('button', { name: '开始考试' }));
    await expect(questions(page)).toHaveCount(total);
    await expect(page.locator('.questions h2').first()).toBeFocused();
    await expect(page.locator('.questions .q-number').first()).toHaveText('1.');
    await expect(page.locator('.questions course-question .q-check:visible')).toHaveCount(0);
    await answerAll(page, true);
    const ids = await idsOf(page);

    // Tabbing through thirty questions proves nothing more: focus the button, then use the keyboard.
    await submitButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '确认交卷' });
    await expect(dialog).toContainText('所有题目都已作答');
    await tabTo(page, dialog.getByRole('button', { name: '确认交卷' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.questions [data-question-type="single"] .q-main input').first()).toBeDisabled();
    await expect(page.locator('.questions [data-question-type="case"] textarea').first()).not.toBeEditable();
    const cases = page.locator('.questions [data-question-type="case"]');
    await expect(page.getByRole('heading', { name: '简答与案例题自评' })).toBeFocused();
    await press(page, page.getByRole('link', { name: '跳到第一道案例题' }));
    await expect(cases.first()).toBeFocused();
    await expect(cases.first().locator('.q-keypoints')).toBeVisible();
    for (const box of await cases.locator('.q-keypoints input').all()) await box.check();
    await page.getByRole('button', { name: '完成自评并查看成绩' }).focus();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
    await expect(page.locator('.verdict')).toContainText('通过');
    await expect(page.locator('.verdict')).toContainText(`得分 100%（${total}/${total} 分）`);
    await expect(page.locator('.announcer')).toHaveText('考试成绩：通过，得分 100%。');
    const table = page.getByRole('table', { name: '各模块得分' });
    await expect(table.getByRole('row', { name: /投诉处理/ })).toContainText('100%');
    await expect(table.locator('tbody tr')).toHaveCount(8);
    for (const question of await questions(page).all()) await expect(question.locator('.q-explanation')).toBeVisible();
    await expect(page.locator('.questions .q-verdict.is-wrong')).toHaveCount(0);
    expect(await page.locator('.questions .q-verdict.is-right').count()).toBeGreaterThanOrEqual(total - (await cases.count()));

    const data = (await saved(page))!;
    expect(data.exams).toHaveLength(1);
    const exam = data.exams[0]!;
    expect(exam).toMatchObject({ seed: 2024, score: 1, passed: true, questionIds: ids });
    expect(Object.values(exam.byModule).reduce((sum, m) => sum + m.total, 0)).toBe(total);
    expect(data.attempts[ids[0]!]).toEqual([expect.objectContaining({ source: 'exam', correct: true })]);
    await expect(page.getByRole('link', { name: '再考一次同一套试卷' })).toHaveAttribute('href', /\/exam\/\?seed=2024$/);
    await expect(page.getByRole('link', { name: '换一套新试卷' })).toHaveAttribute('href', /\/exam\/$/);
    await expect(page.getByRole('link', { name: '打印自学证书' })).toHaveAttribute('href', new RegExp(`/certificate/\\?exam=${exam.id}$`));
  });

  test('fails when the answers are wrong, offers no certificate and fills the notebook', async ({ page }) => {
    await startExam(page, 99);
    await answerAll(page, false);
    await submitAndAssess(page, false);
    await expect(page.locator('.verdict')).toContainText('未通过');
    await expect(page.locator('.verdict')).toContainText('得分 0%');
    await expect(page.getByRole('link', { name: '打印自学证书' })).toBeHidden();
    await expect(page.locator('.questions .q-verdict.is-wrong').first()).toBeVisible();
    const data = (await saved(page))!;
    expect(data.exams[0]).toMatchObject({ seed: 99, score: 0, passed: false });
    const ids = await idsOf(page);
    expect(Object.keys(data.notebook)).toEqual(expect.arrayContaining(ids));
  });

  test('counts unanswered questions before submission and lets the learner go back to answer', async ({ page }) => {
    const total = await startExam(page, 7);
    await questions(page).first().locator('input').first().check();
    await submitButton(page).click();
    const dialog = page.getByRole('dialog', { name: '确认交卷' });
    await expect(dialog).toContainText(`还有 ${total - 1} 题未作答`);
    await expect(dialog).toContainText('交卷后不能再修改答案');
    await dialog.getByRole('button', { name: '继续作答' }).click();
    await expect(dialog).toBeHidden();
    await expect(submitButton(page)).toBeFocused();
    await expect(questions(page).nth(1).locator('.q-main input, .q-main textarea').first()).toBeEnabled();
    expect(await saved(page).then((d) => d?.exams ?? [])).toEqual([]);
  });

  test('warns before leaving an exam in progress, and no longer once it is submitted', async ({ page }) => {
    await startExam(page, 8);
    const leaving = () => page.evaluate(() => !dispatchEvent(new Event('beforeunload', { cancelable: true })));
    expect(await leaving()).toBe(true);
    await submitAndAssess(page, false);
    expect(await leaving()).toBe(false);
  });

  test('extends the timer by 10 minutes and switches it off', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 5, { pauseClock: true });
    const timer = page.getByRole('timer', { name: '剩余时间' });
    await expect(timer).toHaveText('60:00');
    await page.clock.fastForward('10:00');
    await expect(timer).toHaveText('50:00');
    await page.getByRole('button', { name: '延长 10 分钟' }).click();
    await expect(timer).toHaveText('60:00');
    await expect(page.locator('.timer-status')).toHaveText('已延长 10 分钟，剩余时间 60:00。');
    await press(page, page.getByRole('button', { name: '关闭计时' }));
    await expect(page.getByText('已关闭计时，不限时作答。')).toBeFocused();
    await expect(timer).toBeHidden();
    await expect(page.getByRole('button', { name: '延长 10 分钟' })).toBeHidden();
    await page.clock.fastForward('02:00:00');
    await expect(submitButton(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: '考试成绩' })).toBeHidden();
  });

  test('announces 5 and 1 minutes left, then time up, and submits 20 seconds later', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 6, { pauseClock: true });
    const status = page.locator('.timer-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(page.getByRole('timer')).not.toHaveAttribute('aria-live', /polite|assertive/);
    await page.clock.fastForward('55:00');
    await expect(status).toHaveText('还剩 5 分钟。');
    await page.clock.fastForward('04:00');
    await expect(status).toHaveText('还剩 1 分钟。');
    await page.clock.fastForward('01:00');
    await expect(page.getByRole('alert')).toHaveText('时间到！20 秒后将自动交卷。如需更多时间，请按“延长 10 分钟”。');
    await expect(page.getByRole('timer')).toHaveText('20 秒后自动交卷');
    await page.clock.fastForward('00:15');
    await expect(page.getByRole('timer')).toHaveText('5 秒后自动交卷');
    await expect(submitButton(page)).toBeVisible();
    await page.clock.fastForward('00:05');
    await expect(submitButton(page)).toBeHidden();
    await expect(page.locator('.announcer')).toContainText('时间到，已自动交卷。');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('keeps the exam going when the learner extends after time is up', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 6, { pauseClock: true });
    await page.clock.fastForward(60 * 60_000 + 10_000);
    await expect(page.getByRole('alert')).toContainText('时间到');
    await page.getByRole('button', { name: '延长 10 分钟' }).click();
    await expect(page.locator('.time-up')).toBeEmpty();
    await expect(page.getByRole('timer')).toHaveText('10:00');
    await page.clock.fastForward('00:30');
    await expect(submitButton(page)).toBeVisible();
  });

  test('shows a note instead of the start button with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('exam/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('模拟考试');
    await expect(page.getByText('模拟考试需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText('九、简答与案例分析');
    await expect(page.getByText(/限时 \d+ 分钟，得分达到满分的 \d+% 即为通过/)).toBeVisible();
    await expect(page.getByRole('button', { name: '开始考试' })).toBeHidden();
    await context.close();
  });

  test('fits a 360 px phone screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await startExam(page, 3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bar = await page.locator('course-exam .bar').boundingBox();
    expect(bar!.height, 'the sticky timer bar leaves room for the questions').toBeLessThan(120);
  });

  test('runs without Content-Security-Policy violations', async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (message) => message.text().startsWith('CSP violation') && violations.push(message.text()));
    await startExam(page, 11);
    await answerAll(page, true);
    await submitAndAssess(page, true);
    await page.getByRole('link', { name: '打印自学证书' }).click();
    await page.getByLabel('你的姓名').fill('李华');
    expect(violations).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reports no axe violations before, during and after an exam, in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('exam/?seed=31');
      await expectNoAxeViolations(page, `exam before start, ${colorScheme}`);
      await page.getByRole('button', { name: '开始考试' }).click();
      await expect(questions(page).first()).toBeVisible();
      await expect(page.locator('.questions h2').first()).toBeFocused();
      await answerAll(page, false);
      await expectNoAxeViolations(page, `exam in progress, ${colorScheme}`);
      await submitButton(page).click();
      await expectNoAxeViolations(page, `exam confirmation dialog, ${colorScheme}`);
      await page.getByRole('button', { name: '确认交卷' }).click();
      await expectNoAxeViolations(page, `exam self-assessment, ${colorScheme}`);
      await page.getByRole('button', { name: '完成自评并查看成绩' }).click();
      await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
      await expectNoAxeViolations(page, `exam results, ${colorScheme}`);
    });
  }
});

test.describe('self-study certificate', () => {
  test('shows the passed exam and a typed name, only ever as text', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-1', score: 0.9, seed: 4242 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const certificate = page.getByRole('article', { name: '自学证书' });
    await expect(certificate).toContainText('客户服务技能培训');
    await expect(certificate).toContainText('本证书为自学练习记录，不代表任何官方认证。');
    await expect(certificate.locator('.score')).toHaveText('90%');
    await expect(certificate.locator('.seed')).toHaveText('4242');
    await expect(certificate.locator('.date')).toHaveText(/^2025年3月8日$/);
    const name = '<script>alert(1)</script><b>张</b>';
    await page.getByLabel('你的姓名').fill(name);
    await expect(certificate.locator('.name')).toHaveText(name);
    await expect(certificate.getByText(name)).toBeVisible();
    await expect(certificate.locator('script, b')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('你的姓名')).toHaveValue(name);
    await expect(certificate.locator('.name')).toHaveText(name);
    expect((await saved(page))!.learnerName).toBe(name);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('prints with the print button, after asking for a name', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-2' });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: '打印证书' }).click();
    await expect(page.getByText('请先填写姓名，再打印证书。')).toBeVisible();
    await expect(page.getByLabel('你的姓名')).toBeFocused();
    await page.keyboard.type('王芳');
    await press(page, page.getByRole('button', { name: '打印证书' }));
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
  });

  test('prints only the certificate, on one landscape A4 page', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-3' });
    await page.getByLabel('你的姓名').fill('张小明');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: '自学证书' })).toBeVisible();
    for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('heading', { level: 1 }), page.getByLabel('你的姓名'), page.getByRole('button', { name: '打印证书' }), page.getByRole('navigation', { name: '当前位置' })])
      await expect(hidden).toBeHidden();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'pages in the printed PDF').toHaveLength(1);
    const [, , , width, height] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf)!.map(Number);
    expect(Math.round(width!)).toBe(842);
    expect(Math.round(height!)).toBe(595);
    await context.close();
  });

  test('explains a missing exam and links to the exam', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-4' }, '?exam=no-such-exam');
    await expect(page.getByText('找不到这次考试的记录')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '参加模拟考试' })).toHaveAttribute('href', /\/exam\/$/);
    await expect(page.getByRole('article')).toBeHidden();
    await expect(page.getByLabel('你的姓名')).toBeHidden();
    await context.close();
  });

  test('refuses a failed exam, saying by how much', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-5', score: 0.5, passed: false });
    await expect(page.getByText('这次考试得分 50%，未达到通过线 80%，还不能打印证书。')).toBeVisible();
    await expect(page.getByRole('article')).toBeHidden();
    await context.close();
  });

  test('fits a 360 px phone screen without horizontal scrolling', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-6' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByLabel('你的姓名').fill('欧阳娜娜');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reports no axe violations with and without an exam, in ${colorScheme}`, async ({ browser }) => {
      const { context, page } = await certificatePage(browser, { id: '4242-7' });
      await page.emulateMedia({ colorScheme });
      await page.getByLabel('你的姓名').fill('张小明');
      await expectNoAxeViolations(page, `certificate, ${colorScheme}`);
      await page.goto('certificate/?exam=missing');
      await expect(page.getByText('找不到这次考试的记录')).toBeVisible();
      await expectNoAxeViolations(page, `certificate without an exam, ${colorScheme}`);
      await context.close();
    });
  }
});
