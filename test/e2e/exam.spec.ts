import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { fillIn, keyOf } from './answer.ts';
import { press, tabTo, typeInto } from './keyboard.ts';
import { isSelfAssessed } from '../../src/question-types/traits.ts';
import type { ExamRecord as SavedExam, ProgressData } from '../../src/lib/progress/types.ts';

// What the exam page saves, as the store types it: a field renamed there fails here too.
type Saved = ProgressData;

/** The papers of content/exam.yaml: how many questions each has, so the tests follow the file. */
const papers = (parse(readFileSync(new URL('../../content/exam.yaml', import.meta.url), 'utf8')) as { papers: { id: string; minutes: number; sections: { count: number }[] }[] })
  .papers;
const countOf = (paper = papers[0]!.id) => papers.find((p) => p.id === paper)!.sections.reduce((sum, s) => sum + s.count, 0);

const questions = (page: Page) => page.locator('.questions course-question');
const idsOf = (page: Page) => questions(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.questionId!));
const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('course-progress') ?? 'null') as Saved | null);
const submitButton = (page: Page) => page.getByRole('button', { name: '交卷', exact: true });

/** Opens the exam with `seed` (and `paper`), starts it and waits until every question is in. */
async function startExam(page: Page, seed?: number, { pauseClock = false, paper = papers[0]!.id } = {}) {
  const query = [paper === papers[0]!.id ? '' : `paper=${paper}`, seed ? `seed=${seed}` : ''].filter(Boolean).join('&');
  await page.goto(`exam/${query ? `?${query}` : ''}`);
  // Timer tests move the page's clock by hand, so the countdown shows exact values.
  // From the page's own time: on a busy machine the test's clock may already be past a time taken before the load.
  if (pauseClock) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const total = countOf(paper);
  await page.getByRole('button', { name: '开始考试' }).click();
  // An attempt left unsubmitted by an earlier step is only replaced once the candidate agrees.
  const replace = page.getByRole('dialog', { name: '还有一场考试没有交卷' });
  if (await replace.isVisible()) await replace.getByRole('button', { name: '放弃它，开始新考试' }).click();
  await expect(questions(page)).toHaveCount(total);
  // The clock starts just after the questions are in: a test that moves time waits for it.
  await expect(page.getByRole('timer')).not.toBeEmpty();
  return total;
}

/**
 * Answers one question of the paper with the keyboard, as its type does (src/question-types/<type>/e2e.ts), rightly
 * or wrongly. A written answer is only written: the candidate assesses it against its points after submission.
 */
async function answer(question: Locator, right: boolean) {
  const page = question.page();
  if (isSelfAssessed((await keyOf(question)).type)) return typeInto(page, question.locator('textarea'), '先向客户道歉，耐心倾听，了解情况后提出解决方案。');
  await fillIn(page, question, right);
}

/** Answers every question of the paper from its answer key, rightly or wrongly. */
async function answerAll(page: Page, right: boolean) {
  for (const question of await questions(page).all()) await answer(question, right);
}

/** Submits through the confirmation dialog; ticks every key point of the case questions when `right`. */
async function submitAndAssess(page: Page, right: boolean) {
  await submitButton(page).click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
  const finish = page.getByRole('button', { name: '完成自评并查看成绩' });
  if (await finish.isVisible()) {
    // Only the answered cases wait for ticks; a blank one shows its points locked.
    if (right) for (const box of await questions(page).locator('.q-keypoints input:enabled').all()) await box.check();
    await finish.click();
  }
  await expect(page.locator('.verdict')).toBeVisible();
}

/** Submits at once, agreeing to the confirmation. */
async function submit(page: Page) {
  await submitButton(page).click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
  await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
}

/** A progress store holding one exam, as the exam page saved it before version 2. */
function progressWith(exam: Partial<SavedExam> & { id: string }, learnerName = '') {
  const record = {
    seed: 4242,
    startedAt: Date.UTC(2025, 2, 8, 1),
    submittedAt: Date.UTC(2025, 2, 8, 2),
    score: 0.9,
    passed: true,
    passMark: 0.8,
    questionIds: ['q'],
    byModule: {},
    ...exam,
  };
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

  test("shows a case's parts with marks that add up to what the case is worth on the paper", async ({ page }) => {
    await startExam(page, 1796654805);
    const points = (text: string | null) => Number(/（([\d.]+) 分）/.exec(text ?? '')![1]);
    const withParts = questions(page).filter({ has: page.locator('.q-parts .q-marks') });
    expect(await withParts.count()).toBeGreaterThan(1);
    for (const question of await withParts.all()) {
      const worth = points(await question.locator('legend .q-points').textContent());
      const parts = (await question.locator('.q-parts .q-marks').allTextContents()).map(points);
      expect(parts.reduce((sum, p) => sum + p, 0)).toBe(worth);
    }
  });

  test("says, when a written answer is assessed, how its points' own marks count on the paper", async ({ page }) => {
    await startExam(page, 1796654805);
    await answerAll(page, false);
    await submit(page);
    const marks = (text: string | null) => Number(/（([\d.]+) 分）/.exec(text ?? '')![1]);
    let scaled = 0;
    for (const question of await questions(page)
      .filter({ has: page.locator('.q-keypoints .q-point-marks') })
      .all()) {
      const worth = marks(await question.locator('legend .q-points').textContent());
      const own = (await question.locator('.q-point-marks').allTextContents()).map(marks).reduce((sum, m) => sum + m, 0);
      const note = question.locator('.q-points-scaled');
      if (own === worth) await expect(note).toHaveCount(0);
      else {
        await expect(note).toBeVisible();
        await expect(note).toHaveText(`要点后的分值是本题原有的分值（共 ${own} 分）；本卷中本题 ${worth} 分，得分按比例折算。`);
        scaled++;
      }
    }
    expect(scaled).toBeGreaterThan(0);
  });

  test('shows each paper with points per section: the default paper is 3 简答 × 5 and 案例分析 3 × 15 + 2 × 20, as seed 002', async ({ page }) => {
    await page.goto('exam/');
    const mock = page.getByRole('region', { name: '客服管理师三级模拟卷' });
    await expect(mock.getByText('共 8 题，满分 100 分，限时 100 分钟；得分达到满分的 60% 即为通过。')).toBeVisible();
    const table = mock.getByRole('table', { name: '试卷结构' });
    await expect(table.getByRole('row', { name: /一、简答题/ })).toContainText('15 分');
    await expect(table.getByRole('row', { name: /二、案例分析（一）/ })).toContainText('15 分');
    await expect(table.getByRole('row', { name: /二、案例分析（一）/ })).toContainText('45 分');
    await expect(table.getByRole('row', { name: /三、案例分析（二）/ })).toContainText('40 分');
    await expect(table.locator('tfoot')).toContainText('100 分');
    const quick = page.getByRole('region', { name: '快速自测' });
    await expect(quick).toContainText('限时 15 分钟');
    const theory = page.getByRole('region', { name: '理论知识模拟卷' });
    await expect(theory.getByRole('table', { name: '试卷结构' })).toContainText('单项选择');
    await expect(theory.getByRole('table', { name: '试卷结构' }).locator('tfoot')).toContainText('100 分');
  });

  test('offers the 快速自测 paper: 15 minutes, objective questions only, in the share link', async ({ page }) => {
    await page.goto('exam/?seed=5');
    await page.getByRole('radio', { name: /^快速自测/ }).check();
    await expect(page).toHaveURL(/\?paper=quick&seed=5$/);
    await expect(page.locator('.share-link')).toHaveAttribute('href', /\/exam\/\?paper=quick&seed=5$/);
    await page.getByRole('button', { name: '开始考试' }).click();
    await expect(questions(page)).toHaveCount(countOf('quick'));
    await expect(page.locator('.questions :is([data-question-type="case"], [data-question-type="short"])')).toHaveCount(0);
    await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
    await answerAll(page, true);
    await submit(page);
    // No case question to assess: the verdict comes with the submission.
    await expect(page.locator('.verdict')).toContainText('通过');
    expect((await saved(page))!.exams[0]).toMatchObject({ paper: 'quick', passed: true, pending: 0 });
  });

  test('with 3 of the questions answered: the score at once, blanks not wrong, the notebook and accuracy only from answers given', async ({ page }) => {
    const total = await startExam(page, 4321, { paper: 'quick' });
    const objective = questions(page);
    await answer(objective.nth(0), true);
    await answer(objective.nth(1), false);
    await answer(objective.nth(2), false);
    const answered = (await idsOf(page)).slice(0, 3);
    await submit(page);
    // The objective score shows right after 交卷, before any self-assessment step.
    await expect(page.locator('.objective-score')).toHaveText('客观题得分 1 / 15 分，7%。');
    await expect(page.locator('.blank-count')).toHaveText(`未作答 ${total - 3} 题：不算答错，也不进错题本。`);
    await expect(page.locator('.verdict')).toBeVisible();
    const data = (await saved(page))!;
    expect(Object.keys(data.attempts).sort()).toEqual([...answered].sort());
    expect(Object.keys(data.notebook).sort()).toEqual(answered.slice(1).sort());
    for (const entry of Object.values(data.notebook)) expect(entry.answer).toBeTruthy();
    expect(data.exams[0]).toMatchObject({ answered: 3, unanswered: total - 3, points: 1, maxPoints: 15, passed: false });

    await page.goto('review/');
    await expect(page.locator('.notebook-count')).toHaveText('错题本共 2 题。');
    await expect(page.locator('.notebook-list')).not.toContainText('没有记录');
    // Wrong answers come back the same day (FSRS learning step): today's review is not empty.
    await expect(page.locator('.due-count')).toHaveText('今日待复习 2 题。');
    await page.goto('progress/');
    // 1 right of the 3 answers given: the blank questions do not count.
    await expect(page.getByRole('main')).toContainText(/33%（共作答 3 次）/);
  });

  test('passes with every answer right on the skills paper: the self-assessment gives the score', async ({ page }) => {
    await page.goto('exam/?seed=2024');
    const total = countOf();
    await press(page, page.getByRole('button', { name: '开始考试' }));
    await expect(questions(page)).toHaveCount(total);
    await expect(page.locator('.questions h2').first()).toBeFocused();
    await expect(page.locator('.questions .q-number').first()).toHaveText('1.');
    // Each question says what it is worth on this paper, once.
    for (const legend of await page.locator('.questions course-question .q-main > legend').all()) await expect(legend).toHaveText(/^(?:(?! 分）).)*（\d+(\.\d+)? 分）$/);
    await expect(page.locator('.questions course-question .q-check:visible')).toHaveCount(0);
    await answerAll(page, true);
    const ids = await idsOf(page);

    await submitButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '确认交卷' });
    await expect(dialog).toContainText('所有题目都已作答');
    await tabTo(page, dialog.getByRole('button', { name: '确认交卷' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
    // The skills paper has no objective question: nothing is scored before the self-assessment.
    await expect(page.locator('.objective-score')).toHaveText('');
    await expect(page.locator('.announcer')).toHaveText(`已交卷。还有 ${total} 道简答与案例分析题待自评。`);
    await expect(page.locator('.verdict')).toBeHidden();
    await expect(page.locator('.pending-text')).toContainText(`还有 ${total} 道简答与案例分析题（共 100 分）待自评`);
    await expect(questions(page).first().locator('.q-status')).toHaveText('待自评：得 0 / 5 分。');
    await expect(page.locator('.questions :is([data-question-type="case"], [data-question-type="short"]) textarea').first()).not.toBeEditable();
    const cases = page.locator('.questions :is([data-question-type="case"], [data-question-type="short"])');
    await press(page, page.getByRole('link', { name: '跳到第一道待自评的题' }));
    await expect(cases.first()).toBeFocused();
    for (const box of await cases.locator('.q-keypoints input').all()) await box.check();
    await page.getByRole('button', { name: '完成自评并查看成绩' }).focus();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
    await expect(page.locator('.verdict')).toContainText('通过');
    await expect(page.locator('.verdict')).toContainText('总分 100 / 100 分，100%；通过线 60%。');
    await expect(page.locator('.announcer')).toHaveText('考试成绩：通过，总分 100 / 100 分。');
    await expect(page.getByRole('table', { name: '各模块得分' }).locator('tbody tr').first()).toContainText('100%');
    for (const question of await questions(page).all()) await expect(question.locator('.q-explanation')).toBeVisible();
    await expect(page.locator('.questions .q-verdict.is-wrong')).toHaveCount(0);

    const data = (await saved(page))!;
    expect(data.exams).toHaveLength(1);
    const exam = data.exams[0]!;
    expect(exam).toMatchObject({ seed: 2024, score: 1, passed: true, questionIds: ids, points: 100, maxPoints: 100, pending: 0, paper: 'mock' });
    expect(Object.values(exam.byModule).reduce((sum, m) => sum + m.total, 0)).toBe(100);
    expect(data.attempts[ids[0]!]).toEqual([expect.objectContaining({ source: 'exam', correct: true })]);
    expect(data.examSession).toBeUndefined();
    await expect(page.getByRole('link', { name: '再考一次同一套试卷' })).toHaveAttribute('href', /\/exam\/\?seed=2024$/);
    await expect(page.getByRole('link', { name: '换一套新试卷' })).toHaveAttribute('href', /\/exam\/$/);
    await expect(page.getByRole('link', { name: '打印自学证书' })).toHaveAttribute('href', new RegExp(`/certificate/\\?exam=${exam.id}$`));
  });

  test('fails when the answers are wrong, offers no certificate and fills the notebook', async ({ page }) => {
    await startExam(page, 99, { paper: 'quick' });
    await answerAll(page, false);
    await submitAndAssess(page, false);
    await expect(page.locator('.verdict')).toContainText('未通过');
    await expect(page.locator('.verdict')).toContainText('总分 0 / 15 分，0%');
    await expect(page.getByRole('link', { name: '打印自学证书' })).toBeHidden();
    await expect(page.locator('.questions .q-verdict.is-wrong').first()).toBeVisible();
    const data = (await saved(page))!;
    expect(data.exams[0]).toMatchObject({ seed: 99, score: 0, passed: false });
    expect(Object.keys(data.notebook)).toEqual(expect.arrayContaining(await idsOf(page)));
  });

  test("shows the candidate's own answer as text, and filters the review: 只看错题, 只看未答, 已标记", async ({ page }) => {
    const total = await startExam(page, 77, { paper: 'quick' });
    const all = questions(page);
    await answer(all.nth(0), true);
    await answer(all.nth(1), false);
    await answer(all.nth(2), false);
    await all.nth(3).getByRole('button', { name: '标记' }).click();
    await submit(page);
    await expect(all.nth(1).locator('.exam-your-answer')).toContainText('你的答案：');
    await expect(all.nth(1).locator('.exam-your-answer')).not.toHaveText('你的答案：');
    await expect(all.nth(4).locator('.exam-your-answer')).toHaveText('你的答案：未作答');

    await page.getByRole('radio', { name: '只看错题' }).check();
    await expect(all.filter({ visible: true })).toHaveCount(2);
    await expect(page.locator('.filter-count')).toHaveText(`显示 2 / ${total} 题。`);
    for (const question of await all.filter({ visible: true }).all()) await expect(question.locator('.exam-your-answer.is-wrong')).toBeVisible();
    await page.getByRole('radio', { name: '只看未答' }).check();
    await expect(all.filter({ visible: true })).toHaveCount(total - 3);
    await page.getByRole('radio', { name: '已标记' }).check();
    await expect(all.filter({ visible: true })).toHaveCount(1);
    await expect(all.nth(3)).toBeVisible();
    await page.getByRole('radio', { name: '全部' }).check();
    await expect(all.filter({ visible: true })).toHaveCount(total);
  });

  test('counts unanswered questions before submission and lets the learner go back to answer', async ({ page }) => {
    const total = await startExam(page, 7, { paper: 'quick' });
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

  test('has an answer sheet that shows answered and flagged questions and moves focus to a question', async ({ page }) => {
    const total = await startExam(page, 21, { paper: 'quick' });
    const sheet = page.getByRole('navigation', { name: '答题卡' });
    await expect(sheet.getByRole('link')).toHaveCount(total);
    await answer(questions(page).nth(0), true);
    await questions(page).nth(5).getByRole('button', { name: '标记' }).click();
    await expect(questions(page).nth(5).getByRole('button', { name: '标记' })).toHaveAttribute('aria-pressed', 'true');
    await expect(sheet.getByRole('link', { name: '1 已答', exact: true })).toBeVisible();
    await expect(sheet.getByRole('link', { name: '2 未答', exact: true })).toBeVisible();
    await expect(sheet.getByRole('link', { name: '6 未答，已标记', exact: true })).toBeVisible();
    await expect(page.locator('.sheet-count')).toHaveText(`已答 1 / ${total}`);
    await press(page, sheet.getByRole('link', { name: /^12 / }));
    await expect(questions(page).nth(11)).toBeFocused();
    await expect(questions(page).nth(11)).toBeInViewport();
  });

  test("keeps a long paper's answer sheet in a panel opened from the bar on a laptop, so the bar stays small", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    const total = await startExam(page, 23, { paper: 'theory' });
    const toggle = page.getByRole('button', { name: /^答题卡/ });
    const sheet = page.getByRole('navigation', { name: '答题卡' });
    await expect(sheet).toBeHidden();
    expect((await page.locator('.paper .bar').boundingBox())!.height).toBeLessThan(120);
    await toggle.click();
    await expect(sheet.getByRole('link')).toHaveCount(total);
    await sheet.getByRole('link', { name: /^60 / }).click();
    await expect(questions(page).nth(59)).toBeFocused();
    await expect(sheet).toBeHidden();
  });

  test('opens the answer sheet from the bar on a phone, and closes it on a jump', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await startExam(page, 22, { paper: 'quick' });
    const toggle = page.getByRole('button', { name: /^答题卡/ });
    const sheet = page.getByRole('navigation', { name: '答题卡' });
    await expect(sheet).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await sheet.getByRole('link', { name: /^9 / }).click();
    await expect(questions(page).nth(8)).toBeFocused();
    await expect(sheet).toBeHidden();
  });

  test('keeps answers, flags and time through a reload, and continues the exam', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 31, { pauseClock: true, paper: 'quick' });
    await answer(questions(page).nth(0), true);
    await answer(questions(page).nth(2), false);
    await questions(page).nth(4).getByRole('button', { name: '标记' }).click();
    const ids = await idsOf(page);
    // 10 minutes of the 15 pass before the tab is reloaded: 5 are left, and stay left.
    await page.clock.fastForward('10:00');
    await expect(page.getByRole('timer')).toHaveText('05:00');
    await expect.poll(async () => (await saved(page))?.examSession?.left).toBeLessThanOrEqual(5 * 60_000);
    await page.goto('exam/');
    const resume = page.getByRole('region', { name: '有一场考试还没有交卷' });
    await expect(resume).toContainText(`试卷编号 31：已答 2 / ${countOf('quick')} 题，标记 1 题，剩余时间 05:00。`);
    await resume.getByRole('button', { name: '继续考试' }).click();
    await expect(questions(page)).toHaveCount(countOf('quick'));
    expect(await idsOf(page)).toEqual(ids);
    await expect(page.getByRole('timer')).toHaveText(/^(05:00|04:[45]\d)$/);
    await expect(questions(page).nth(0).locator('input:checked')).not.toHaveCount(0);
    await expect(questions(page).nth(2).locator('input:checked')).not.toHaveCount(0);
    await expect(questions(page).nth(1).locator('input:checked')).toHaveCount(0);
    await expect(questions(page).nth(4).getByRole('button', { name: '标记' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.announcer')).toHaveText(`已恢复考试：已答 2 / ${countOf('quick')} 题。`);
    await submit(page);
    expect((await saved(page))!.examSession).toBeUndefined();
    await page.goto('exam/');
    await expect(page.getByRole('region', { name: '有一场考试还没有交卷' })).toBeHidden();
  });

  test('discards a saved exam when asked', async ({ page }) => {
    await startExam(page, 32);
    await answer(questions(page).nth(0), true);
    await expect.poll(async () => Object.keys((await saved(page))?.examSession?.answers ?? {}).length).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: '放弃这场考试' }).click();
    // Not at one tap: the dialog says what goes first.
    const dialog = page.getByRole('dialog', { name: '还有一场考试没有交卷' });
    await expect(dialog).toContainText('这场考试的作答、标记和剩余时间都会删除，不能恢复');
    expect((await saved(page))!.examSession).toBeDefined();
    await dialog.getByRole('button', { name: '放弃这场考试' }).click();
    await expect(page.getByText('已放弃上一场考试，可以重新开始。')).toBeVisible();
    await expect(page.getByRole('button', { name: '开始考试' })).toBeFocused();
    expect((await saved(page))!.examSession).toBeUndefined();
    expect((await saved(page))!.attempts).toEqual({});
  });

  test('extends the timer by 10 minutes and switches it off', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 5, { pauseClock: true, paper: 'quick' });
    const timer = page.getByRole('timer', { name: '剩余时间' });
    await expect(timer).toHaveText('15:00');
    await page.clock.fastForward('10:00');
    await expect(timer).toHaveText('05:00');
    await page.getByRole('button', { name: '延长 10 分钟' }).click();
    await expect(timer).toHaveText('15:00');
    await expect(page.locator('.timer-status')).toHaveText('已延长 10 分钟，剩余时间 15:00。');
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
    await startExam(page, 6, { pauseClock: true, paper: 'quick' });
    const status = page.locator('.timer-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(page.getByRole('timer')).not.toHaveAttribute('aria-live', /polite|assertive/);
    await page.clock.fastForward('10:00');
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
    // The warning that offered more time now says what happened.
    await expect(page.locator('.time-up')).toHaveText('时间到，已自动交卷。');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('keeps the exam going when the learner extends after time is up', async ({ page }) => {
    await page.clock.install({ time: Date.now() });
    await startExam(page, 6, { pauseClock: true, paper: 'quick' });
    await page.clock.fastForward(15 * 60_000 + 10_000);
    await expect(page.getByRole('alert')).toContainText('时间到');
    await page.getByRole('button', { name: '延长 10 分钟' }).click();
    await expect(page.locator('.time-up')).toBeEmpty();
    await expect(page.getByRole('timer')).toHaveText('10:00');
    await page.clock.fastForward('00:30');
    await expect(submitButton(page)).toBeVisible();
  });

  test('shows the papers and a note instead of the start button with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('exam/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('模拟考试');
    await expect(page.getByText('模拟考试需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText('二、案例分析（一）');
    await expect(page.getByText(/限时 \d+ 分钟；得分达到满分的 \d+% 即为通过/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '开始考试' })).toBeHidden();
    await context.close();
  });

  test('fits a 360 px phone screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('exam/');
    let overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the structure tables fit').toBeLessThanOrEqual(0);
    // The papers' descriptions fill several screens: a link at the top leads to the choice and the start button.
    await page.getByRole('link', { name: /跳到选卷和开始考试/ }).click();
    await expect(page.getByRole('heading', { name: '开始考试' })).toBeInViewport();
    await startExam(page, 3);
    overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('exam/?seed=31');
      await expectNoAxeViolations(page, `exam before start, ${colorScheme}`);
      await page.getByRole('button', { name: '开始考试' }).click();
      await expect(questions(page).first()).toBeVisible();
      await expect(page.locator('.questions h2').first()).toBeFocused();
      await answer(questions(page).nth(0), false);
      await questions(page).nth(1).getByRole('button', { name: '标记' }).click();
      await expectNoAxeViolations(page, `exam in progress, ${colorScheme}`);
      await page.reload();
      await expect(page.getByRole('region', { name: '有一场考试还没有交卷' })).toBeVisible();
      await expectNoAxeViolations(page, `exam offered for resuming, ${colorScheme}`);
      await page.getByRole('button', { name: '继续考试' }).click();
      await expect(questions(page).first()).toBeVisible();
      await answerAll(page, false);
      await submitButton(page).click();
      await expectNoAxeViolations(page, `exam confirmation dialog, ${colorScheme}`);
      await page.getByRole('button', { name: '确认交卷' }).click();
      await expectNoAxeViolations(page, `exam objective score and self-assessment, ${colorScheme}`);
      await page.getByRole('button', { name: '完成自评并查看成绩' }).click();
      await expect(page.getByRole('heading', { name: '考试成绩' })).toBeFocused();
      await page.getByRole('radio', { name: '只看错题' }).check();
      await expectNoAxeViolations(page, `exam results, ${colorScheme}`);
    });
  }
});

test.describe("a candidate's attempt at 360 × 740", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('is never lost: a reload at every step lands on the saved attempt, and 开始考试 asks before starting anew', async ({ page }) => {
    const total = await startExam(page, 2024);
    const cases = questions(page);
    await cases.nth(0).locator('textarea').fill('鼓励客户发泄，道歉并感谢。');
    await expect.poll(async () => Object.keys((await saved(page))?.examSession?.answers ?? {}).length).toBe(1);
    await page.reload();
    const resume = page.getByRole('region', { name: '有一场考试还没有交卷' });
    await expect(resume).toBeInViewport();
    await expect(page.getByRole('heading', { name: '有一场考试还没有交卷' })).toBeFocused();
    await expect(resume).toContainText(`已答 1 / ${total} 题，标记 0 题`);

    await resume.getByRole('button', { name: '继续考试' }).click();
    await expect(questions(page)).toHaveCount(total);
    await expect(questions(page).nth(0).locator('textarea')).toHaveValue('鼓励客户发泄，道歉并感谢。');
    await questions(page).nth(1).getByRole('button', { name: '标记' }).click();
    await questions(page).nth(2).locator('textarea').fill('先倾听，再道歉。');
    await expect.poll(async () => (await saved(page))?.examSession?.flags.length).toBe(1);
    await page.reload();
    await expect(resume).toBeInViewport();
    await expect(resume).toContainText(`已答 2 / ${total} 题，标记 1 题`);

    // 开始考试 with the attempt unsubmitted: 继续 keeps it.
    await page.getByRole('button', { name: '开始考试' }).click();
    const dialog = page.getByRole('dialog', { name: '还有一场考试没有交卷' });
    await expect(dialog).toContainText('这场考试的作答、标记和剩余时间都会删除，不能恢复');
    await dialog.getByRole('button', { name: '继续考试' }).click();
    await expect(questions(page)).toHaveCount(total);
    await expect(questions(page).nth(2).locator('textarea')).toHaveValue('先倾听，再道歉。');
    await expect(questions(page).nth(1).getByRole('button', { name: '标记' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(resume).toBeInViewport();

    // Cancelled, nothing changes; reloaded, it is still there.
    await page.getByRole('button', { name: '开始考试' }).click();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    expect(Object.keys((await saved(page))!.examSession!.answers)).toHaveLength(2);
    await page.reload();
    await expect(resume).toContainText(`已答 2 / ${total} 题`);

    // Only after the confirmation does a new attempt replace it.
    await page.getByRole('button', { name: '开始考试' }).click();
    await dialog.getByRole('button', { name: '放弃它，开始新考试' }).click();
    await expect(questions(page)).toHaveCount(total);
    await expect(questions(page).nth(0).locator('textarea')).toHaveValue('');
    await expect.poll(async () => Object.keys((await saved(page))?.examSession?.answers ?? { x: 1 }).length).toBe(0);
    await page.reload();
    await expect(resume).toContainText(`已答 0 / ${total} 题`);
  });

  test('marks every question truthfully after submission and always shows the answer points', async ({ page }) => {
    await startExam(page, 2024);
    await questions(page).nth(0).locator('textarea').fill('鼓励客户发泄，道歉并感谢。');
    await submit(page);
    const blankCase = questions(page).nth(1);
    await expect(blankCase.locator('.q-status')).toHaveText('未作答：得 0 / 5 分。');
    await expect(blankCase.locator('.q-keypoints')).toBeVisible();
    await expect(blankCase.locator('.q-keypoints li').first()).toBeVisible();
    await expect(page.locator('.questions')).not.toContainText('回答不正确');
    // The answered one waits for its ticks; half of them make it 部分正确.
    const boxes = questions(page).nth(0).locator('.q-keypoints input');
    const count = await boxes.count();
    for (let i = 0; i < Math.ceil(count / 2) && i < count - 1; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: '完成自评并查看成绩' }).click();
    await expect(questions(page).nth(0).locator('.q-status')).toHaveText(/^部分正确：得 [\d.]+ \/ 5 分。$/);

    // On an objective paper: 正确, 错误, 部分正确 and 未作答 each as they are.
    await startExam(page, 4321, { paper: 'quick' });
    const all = questions(page);
    await answer(all.nth(0), true);
    await answer(all.nth(1), false);
    await submit(page);
    await expect(all.nth(0).locator('.q-status')).toHaveText('正确：得 1 / 1 分。');
    await expect(all.nth(1).locator('.q-status')).toHaveText(/^(错误：得 0 \/ 1 分。|部分正确：得 0\.\d \/ 1 分。)$/);
    await expect(all.nth(2).locator('.q-status')).toHaveText('未作答：得 0 / 1 分。');
    await expect(page.locator('.sheet-link').nth(2)).toHaveAttribute('aria-label', '3 未答');
    await expect(page.locator('.sheet-link').nth(0)).toHaveAttribute('aria-label', '1 正确');
  });

  test('lists the unanswered and flagged questions as links in the submit dialog', async ({ page }) => {
    const total = await startExam(page, 9, { paper: 'quick' });
    await answer(questions(page).nth(0), true);
    await questions(page).nth(0).getByRole('button', { name: '标记' }).click();
    await questions(page).nth(6).getByRole('button', { name: '标记' }).click();
    await submitButton(page).click();
    const dialog = page.getByRole('dialog', { name: '确认交卷' });
    await expect(dialog.getByRole('list', { name: '未作答的题' }).getByRole('link')).toHaveCount(total - 1);
    const flagged = dialog.getByRole('list', { name: '已标记的题' }).getByRole('link');
    await expect(flagged).toHaveText(['1', '7']);
    await flagged.nth(1).click();
    await expect(dialog).toBeHidden();
    await expect(questions(page).nth(6)).toBeFocused();
    await expect(questions(page).nth(6)).toBeInViewport();
  });

  test('shows one question per screen on request, with 上一题 / 下一题 and a swipe', async ({ page }) => {
    await startExam(page, 9, { paper: 'quick' });
    await page.getByRole('button', { name: '一题一屏' }).click();
    await expect(questions(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('.oat-position')).toHaveText(`第 1 / ${countOf('quick')} 题`);
    await page.getByRole('button', { name: '下一题' }).click();
    await expect(questions(page).nth(1)).toBeVisible();
    await expect(questions(page).nth(0)).toBeHidden();
    await page.getByRole('button', { name: '上一题' }).click();
    await expect(questions(page).nth(0)).toBeVisible();
    // A swipe to the left moves on.
    await page.locator('.questions').dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await page.locator('.questions').dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 410 }] });
    await expect(questions(page).nth(1)).toBeVisible();
    // Not one starting in an answer's field: the finger is answering there.
    const field = questions(page).nth(1).locator('input, textarea, select').first();
    await field.dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await field.dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 410 }] });
    await expect(questions(page).nth(1)).toBeVisible();
    // The answer sheet still jumps anywhere.
    await page.getByRole('button', { name: /^答题卡/ }).click();
    await page.getByRole('navigation', { name: '答题卡' }).getByRole('link', { name: /^9 / }).click();
    await expect(questions(page).nth(8)).toBeVisible();
    await expect(questions(page).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: '一题一屏' })).toHaveAttribute('aria-pressed', 'true');
    // Handed in from question 9, the marked paper is read from its first question.
    await submit(page);
    await expect(page.locator('.oat-position')).toHaveText(`第 1 / ${countOf('quick')} 题`);
    await expect(questions(page).nth(0)).toBeVisible();
    // Off again, the whole paper shows.
    await page.getByRole('button', { name: '一题一屏' }).click();
    await expect(questions(page).filter({ visible: true })).toHaveCount(countOf('quick'));
  });

  test('keeps a history per paper with its own pass line, reopens any attempt read-only, and adds module rows up to the total', async ({ page }) => {
    await startExam(page, 5, { paper: 'quick' });
    await answerAll(page, true);
    await answer(questions(page).nth(0), false);
    await submit(page);
    await expect(page.getByRole('link', { name: '打印自学证书' })).toBeHidden();
    const quickAnswer = await questions(page).nth(0).locator('.exam-your-answer').textContent();
    // The wrong answer went into the notebook, one tap away.
    await page.getByRole('link', { name: '打开错题本与今日复习' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('错题本与复习');
    await expect(page.getByText('错题本共 1 题。')).toBeVisible();

    await startExam(page, 2024);
    await questions(page).nth(0).locator('textarea').fill('鼓励客户发泄，道歉并感谢。');
    await submitAndAssess(page, true);
    const total = await page.locator('.verdict-score').textContent();
    const rows = await page.getByRole('table', { name: '各模块得分' }).locator('tbody td:first-of-type').allTextContents();
    const sum = rows.reduce((s, r) => s + Number(r.split(' / ')[0]), 0);
    expect(total).toContain(`总分 ${Math.round(sum * 10) / 10} / 100 分`);

    await page.goto('exam/');
    const history = page.getByRole('region', { name: '考试记录' });
    await expect(history.getByRole('table')).toHaveCount(2);
    await expect(history.getByRole('table').nth(0).locator('caption')).toHaveText('客服管理师三级模拟卷（技能）（通过线 60%），最近的在前');
    await expect(history.getByRole('table').nth(1).locator('caption')).toHaveText('快速自测（通过线 80%），最近的在前');
    await expect(history.getByRole('table').nth(1).getByRole('link', { name: '证书' })).toHaveCount(0);

    await history.getByRole('table').nth(1).getByRole('link', { name: /^查看/ }).click();
    await expect(page).toHaveURL(/\/exam\/\?attempt=/);
    await expect(questions(page)).toHaveCount(countOf('quick'));
    await expect(page.locator('.reopened')).toContainText('只能查看');
    await expect(questions(page).nth(0).locator('.exam-your-answer')).toHaveText(quickAnswer!);
    await expect(questions(page).nth(1).locator('.q-status')).toHaveText('正确：得 1 / 1 分。');
    await expect(questions(page).nth(1).locator('.q-main input').first()).toBeDisabled();
    await expect(submitButton(page)).toBeHidden();
    await expect(page.locator('.verdict-paper')).toHaveText('快速自测');
    const before = (await saved(page))!;
    expect(before.exams).toHaveLength(2);
    await page.reload();
    expect((await saved(page))!.attempts).toEqual(before.attempts);
  });

  test('handed in and left before the self-assessment, waits for it: reopened from the history, its cases are ticked and then marked', async ({ page }) => {
    await startExam(page, 2024);
    await questions(page).nth(0).locator('textarea').fill('鼓励客户发泄，道歉并感谢。');
    await submit(page);
    await expect(page.getByRole('button', { name: '完成自评并查看成绩' })).toBeVisible();
    // The page is left (a call, a reload) before 完成自评.
    await page.goto('exam/');
    const history = page.getByRole('region', { name: '考试记录' });
    await expect(history.getByRole('row').nth(1)).toContainText('待自评');
    // Back on the exam page, the waiting self-assessment is offered at the top, as an unsubmitted exam is.
    const awaiting = page.getByRole('region', { name: '有一场考试等你自评' });
    await expect(awaiting).toContainText('还有 1 道简答与案例分析题没有自评');
    await awaiting.getByRole('link', { name: '接着自评' }).click();
    await expect(page).toHaveURL(/\/exam\/\?attempt=/);
    await expect(page.locator('.reopened')).toContainText('还没有自评完');
    await expect(page.locator('.verdict')).toBeHidden();
    const answered = questions(page).nth(0);
    await expect(answered.locator('textarea')).toHaveValue('鼓励客户发泄，道歉并感谢。');
    await expect(answered.locator('.q-status')).toHaveText('待自评：得 0 / 5 分。');
    for (const box of await answered.locator('.q-keypoints input').all()) await box.check();
    await page.getByRole('button', { name: '完成自评并查看成绩' }).click();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(answered.locator('.q-status')).toHaveText('正确：得 5 / 5 分。');
    await expect(page.locator('.reopened')).toContainText('只能查看');
    await expect(page.locator('.reopened')).not.toContainText('还没有自评完');
    // The same attempt, now marked: one record, nothing waiting.
    const exams = (await saved(page))!.exams;
    expect(exams).toHaveLength(1);
    expect(exams[0]).toMatchObject({ pending: 0, points: 5 });
    await page.goto('exam/');
    await expect(history.getByRole('row').nth(1)).not.toContainText('待自评');
    await expect(awaiting).toBeHidden();
  });

  test('reopens an attempt saved before answers were kept, saying so', async ({ page }) => {
    await page.goto('exam/');
    await page.evaluate((value) => localStorage.setItem('course-progress', value), progressWith({ id: '4242-1' }));
    await page.goto('exam/?attempt=4242-1');
    await expect(page.locator('.reopened')).toContainText('那时还不保存作答');
    await page.goto('exam/?attempt=no-such');
    await expect(page.getByText('在这个浏览器里找不到这次考试的记录')).toBeVisible();
  });
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
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('heading', { level: 1 }),
      page.getByLabel('你的姓名'),
      page.getByRole('button', { name: '打印证书' }),
      page.getByRole('navigation', { name: '当前位置' }),
    ])
      await expect(hidden).toBeHidden();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'pages in the printed PDF').toHaveLength(1);
    const [, , , width, height] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf)!.map(Number);
    expect(Math.round(width!)).toBe(842);
    expect(Math.round(height!)).toBe(595);
    await context.close();
  });

  test('names the paper and the score, and is refused for a passed 快速自测', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-1', score: 0.9, paper: 'mock', points: 90, maxPoints: 100 });
    const certificate = page.getByRole('article', { name: '自学证书' });
    await expect(certificate.locator('.paper')).toHaveText('客服管理师三级模拟卷（技能）');
    await expect(certificate.locator('.score')).toHaveText('90 / 100 分（90%）');
    await context.close();
    const quick = await certificatePage(browser, { id: '4242-2', score: 1, paper: 'quick' });
    await expect(quick.page.getByText('“快速自测”是自测卷，不发自学证书。')).toBeVisible();
    await expect(quick.page.getByRole('article', { name: '自学证书' })).toBeHidden();
    await quick.context.close();
  });

  test('explains a missing exam and links to the exam', async ({ browser }) => {
    const { context, page } = await certificatePage(browser, { id: '4242-4' }, '?exam=no-such-exam');
    await expect(page.getByText('找不到这次考试的记录')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '参加模拟考试' })).toHaveAttribute('href', /\/exam\/$/);
    await expect(page.getByRole('article')).toBeHidden();
    await expect(page.getByLabel('你的姓名')).toBeHidden();
    await context.close();
  });

  test('opened from the menu, shows the certificate earned, or says none is yet', async ({ browser }) => {
    const failed = await certificatePage(browser, { id: '4242-8', score: 0.5, passed: false }, '');
    await expect(failed.page.getByText('你还没有通过完整试卷的模拟考试。通过后就可以在这里打印自学证书。')).toBeVisible();
    await expect(failed.page.getByRole('article')).toBeHidden();
    await failed.context.close();
    const passed = await certificatePage(browser, { id: '4242-9' }, '');
    await expect(passed.page.getByRole('article', { name: '自学证书' })).toBeVisible();
    await passed.context.close();
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
