import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { answer } from './answer.ts';
import { chooseOption, press } from './keyboard.ts';
import { readProgress, seedProgress } from './progress.ts';

const POSITION = /^第 (\d+) 题 \/ 共 (\d+) 题$/;

/** The drill's "第 n 题 / 共 M 题" heading. */
const drillHeading = (page: Page) => page.locator('course-drill .drill-position');
/** The question the drill shows now. */
const drillQuestion = (page: Page) => page.locator('course-drill course-question');

test.describe('practice hub', () => {
  test('lists the eight modules with question counts and links each to its practice page', async ({ page }) => {
    await page.goto('practice/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('练习');
    const modules = page.getByRole('region', { name: '章节练习' }).getByRole('listitem');
    await expect(modules).toHaveCount(8);
    await expect(modules.first()).toContainText(/\d+ 题/);
    await modules.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/practice\/service-awareness\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('章节练习');
    await page.goBack();
    await expect(page.getByRole('link', { name: '打开错题本与今日复习' })).toHaveAttribute('href', /\/review\/$/);
  });

  test('starts a random set of the module chosen with the keyboard', async ({ page }) => {
    await page.goto('practice/');
    await chooseOption(page, page.getByRole('combobox', { name: '练习范围' }), 'communication');
    await press(page, page.getByRole('button', { name: '开始随机练习' }));
    await expect(page).toHaveURL(/\/practice\/random\/\?module=communication/);
    await expect(drillHeading(page)).toHaveText('第 1 题 / 共 10 题');
    await expect(page.locator('course-drill .drill-from a')).toHaveAttribute('href', /\/lessons\/communication\//);
    // The set is under way: the first question is in view, and the form above only changes the scope.
    await expect(drillHeading(page)).toBeInViewport();
    await expect(page.getByRole('button', { name: '按所选范围重新抽题' })).toBeVisible();
    await expect(page.getByRole('button', { name: '开始随机练习' })).toHaveCount(0);
  });
});

test.describe('practice hub figures and special sets', () => {
  test('shows per module how many questions were answered and the accuracy of the answers, as a fraction and a percentage', async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, {
      attempts: {
        'communication-model-01': [
          { at: now - 3000, correct: false, score: 0, source: 'practice' },
          { at: now - 2000, correct: true, score: 1, source: 'practice' },
        ],
        'communication-model-02': [{ at: now - 1000, correct: true, score: 1, source: 'practice' }],
      },
    });
    await page.goto('practice/');
    const modules = page.getByRole('region', { name: '章节练习' }).getByRole('listitem');
    const communication = modules.filter({ hasText: '沟通原理' });
    // Two counts that read apart: questions answered, and answers given and how many were right.
    await expect(communication).toContainText(/已答 2 \/ \d+ 题 · 作答 3 次，答对 2 次（67%）/);
    await expect(modules.filter({ hasText: '投诉处理' })).toContainText('还没有作答');
    await expectNoAxeViolations(page, 'practice hub with figures');
  });

  test('draws only 简答 and 案例分析 questions when asked to', async ({ page }) => {
    await page.goto('practice/');
    await page.getByRole('link', { name: /只练简答与案例分析（\d+ 题）/ }).click();
    await expect(page).toHaveURL(/\/practice\/random\/\?set=written/);
    await expect(page.getByRole('combobox', { name: '题目范围' })).toHaveValue('written');
    for (let i = 0; i < 4; i++) {
      await expect(drillQuestion(page)).toHaveAttribute('data-question-type', /^(short|case)$/);
      await page.getByRole('button', { name: '下一题' }).click();
    }
  });

  test('says how to star questions when the starred set is empty', async ({ page }) => {
    await page.goto('practice/random/?set=favourites');
    await expect(page.getByText('还没有收藏的题')).toBeVisible();
    await expect(drillQuestion(page)).toHaveCount(0);
    await expectNoAxeViolations(page, 'empty starred set');
  });
});

test.describe('module practice', () => {
  test('answers a question, records a practice attempt and offers to jump back to it', async ({ page }) => {
    await page.goto('practice/communication/');
    const questions = page.locator('course-module-practice course-question');
    const index = await questions.evaluateAll((els) => els.findIndex((el) => el.getAttribute('data-question-type') === 'single'));
    const question = questions.nth(index);
    const id = (await question.getAttribute('data-question-id'))!;
    await expect(page.getByRole('link', { name: /跳到上次做到的地方/ })).toBeHidden();
    await answer(page, question, true);
    await expect(question.locator('.q-status')).toHaveText('回答正确！');
    const stored = await readProgress(page);
    expect(stored.attempts[id]).toEqual([expect.objectContaining({ correct: true, source: 'practice' })]);
    expect(stored.practice.communication).toBe(index);

    await page.reload();
    const jump = page.getByRole('link', { name: `跳到上次做到的地方（第 ${index + 1} 题）` });
    await press(page, jump);
    await expect(question).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`#q-${id}$`));

    await page.goto('practice/');
    await expect(page.getByRole('region', { name: '章节练习' }).getByRole('listitem').filter({ hasText: '沟通原理' })).toContainText(`上次做到第 ${index + 1} 题`);
  });

  test('keeps a written answer being typed through a reload, until it is recorded', async ({ page }) => {
    await page.goto('practice/complaints/');
    const written = page.locator('course-module-practice course-question:has(textarea.q-written)').first();
    const id = (await written.getAttribute('data-question-id'))!;
    const field = page.locator(`[data-question-id="${id}"] textarea.q-written`);
    await field.fill('先鼓励客户发泄，再真诚道歉');
    await page.reload();
    await expect(field).toHaveValue('先鼓励客户发泄，再真诚道歉');
    // Compared and marked, the answer is recorded: the draft is done with.
    await written.getByRole('button', { name: '对照答题要点' }).click();
    await written.locator('.q-keypoints input').first().check();
    await written.getByRole('button', { name: '记录自评' }).click();
    expect((await readProgress(page)).attempts[id]).toHaveLength(1);
    await page.reload();
    await expect(field).toHaveValue('');
  });

  test('groups questions under their lessons with links to the lessons', async ({ page }) => {
    await page.goto('practice/communication/');
    const lessons = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(lessons).toHaveCount(3);
    await expect(page.getByRole('link', { name: /^阅读本课：/ }).first()).toHaveAttribute('href', /\/lessons\/communication\/communication-model\/$/);
  });

  test('shows every answer behind a details element with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('practice/communication/');
    const details = page.locator('details.q-answer');
    expect(await details.count()).toBe(await page.locator('course-question').count());
    await details.first().locator('summary').click();
    await expect(details.first()).toContainText('解析');
    await context.close();
  });
});

test.describe('sequential practice', () => {
  test('moves through the course with the keyboard and resumes at the saved position after a reload', async ({ page }) => {
    await page.goto('practice/sequential/');
    await expect(drillHeading(page)).toHaveText(/^第 1 题 \/ 共 \d+ 题$/);
    const total = Number(POSITION.exec((await drillHeading(page).textContent())!)![2]);
    expect(total).toBeGreaterThan(200);
    await expect(page.getByRole('button', { name: '上一题' })).toBeDisabled();
    const first = await drillQuestion(page).getAttribute('data-question-id');

    await press(page, page.getByRole('button', { name: '下一题' }));
    await expect(drillHeading(page)).toHaveText(`第 2 题 / 共 ${total} 题`);
    await expect(drillHeading(page)).toBeFocused();
    await press(page, page.getByRole('button', { name: '下一题' }));
    await expect(drillHeading(page)).toHaveText(`第 3 题 / 共 ${total} 题`);
    const third = await drillQuestion(page).getAttribute('data-question-id');
    expect(third).not.toBe(first);
    expect((await readProgress(page)).practice.sequential).toBe(2);

    await page.reload();
    await expect(drillHeading(page)).toHaveText(`第 3 题 / 共 ${total} 题`);
    await expect(drillQuestion(page)).toHaveAttribute('data-question-id', third!);
    await press(page, page.getByRole('button', { name: '上一题' }));
    await expect(drillHeading(page)).toHaveText(`第 2 题 / 共 ${total} 题`);

    await page.goto('practice/');
    await expect(page.getByRole('link', { name: `继续：第 2 题 / 共 ${total} 题` })).toHaveAttribute('href', /\/practice\/sequential\/$/);
  });

  test('records answers in sequential practice as practice', async ({ page }) => {
    await page.goto('practice/sequential/');
    const question = drillQuestion(page);
    const id = (await question.getAttribute('data-question-id'))!;
    await answer(page, question, false);
    await expect(question.locator('.q-status')).not.toBeEmpty();
    expect((await readProgress(page)).attempts[id]).toEqual([expect.objectContaining({ correct: false, source: 'practice' })]);
  });

  test('says that it needs JavaScript when it is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('practice/sequential/');
    await expect(page.getByText('需要启用 JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '章节练习' })).toBeVisible();
    await context.close();
  });
});

test.describe('random practice', () => {
  async function collectSet(page: Page): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await expect(drillHeading(page)).toHaveText(`第 ${n} 题 / 共 10 题`);
      ids.push((await drillQuestion(page).getAttribute('data-question-id'))!);
      if (n < 10) await press(page, page.getByRole('button', { name: '下一题' }));
    }
    return ids;
  }

  test('gives ten different questions, then another set on 再来一组', async ({ page }) => {
    await page.goto('practice/random/');
    const first = await collectSet(page);
    expect(new Set(first).size).toBe(10);
    await expect(page.getByRole('button', { name: '下一题' })).toBeDisabled();

    await press(page, page.getByRole('button', { name: '再来一组' }));
    await expect(drillHeading(page)).toBeFocused();
    const second = await collectSet(page);
    expect(new Set(second).size).toBe(10);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  test('keeps the same set on reload, from the seed in the address', async ({ page }) => {
    await page.goto('practice/random/');
    await expect(page).toHaveURL(/seed=\d+/);
    const id = await drillQuestion(page).getAttribute('data-question-id');
    await page.reload();
    await expect(drillQuestion(page)).toHaveAttribute('data-question-id', id!);
  });
});

test.describe('practice security', () => {
  test('reports no Content-Security-Policy violation while questions are fetched and shown', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(`${page.url()}: ${message.text().slice(0, 160)}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ['practice/', 'practice/communication/', 'practice/sequential/', 'practice/random/', 'review/']) {
      await page.goto(path);
      if (path.endsWith('sequential/') || path.endsWith('random/')) {
        await expect(drillQuestion(page)).toBeVisible();
        await press(page, page.getByRole('button', { name: '下一题' }));
        await expect(drillHeading(page)).toHaveText(/^第 2 题/);
      }
    }
    expect(violations).toEqual([]);
  });
});

test.describe('practice accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reports no axe violations on the practice pages in the ${scheme} scheme`, async ({ page }) => {
      // Six axe runs, two of them over a module's whole question bank.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['practice/', 'practice/communication/', 'practice/sequential/', 'practice/random/?set=written', 'practice/random/']) {
        await page.goto(path);
        if (path !== 'practice/' && path !== 'practice/communication/') await expect(drillQuestion(page)).toBeVisible();
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      }
      const question = page.locator('course-drill course-question');
      await answer(page, question, false);
      await expectNoAxeViolations(page, `practice/random/ answered (${scheme})`);
      await page.goto('practice/communication/');
      await answer(page, page.locator('course-question[data-question-type="single"]').first(), true);
      await page.reload();
      await expect(page.getByRole('link', { name: /跳到上次做到的地方/ })).toBeVisible();
      await expectNoAxeViolations(page, `practice/communication/ with a saved position (${scheme})`);
    });
  }
});

test.describe('practice at 360 × 740: 背题模式, jump to a number, one question per screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** The options of the question shown, marked "→ 应选这一项" in place in 背题模式. */
  const marked = (scope: ReturnType<Page['locator']>) => scope.locator('.q-option .q-verdict.is-answer');

  test('sequential practice: 背题模式 marks the right option in place on every question, and jumps to a number', async ({ page }) => {
    await page.goto('practice/sequential/');
    await expect(drillHeading(page)).toHaveText(POSITION);
    const total = Number(POSITION.exec((await drillHeading(page).textContent())!)![2]);
    await page.getByLabel('跳到第几题').fill(String(total + 1));
    await page.getByRole('button', { name: '跳转' }).click();
    await expect(page.getByText(`请填写 1 到 ${total} 之间的题号。`)).toBeVisible();
    await page.getByLabel('跳到第几题').fill('120');
    await page.getByRole('button', { name: '跳转' }).click();
    await expect(drillHeading(page)).toHaveText(`第 120 题 / 共 ${total} 题`);
    await expect(drillHeading(page)).toBeFocused();

    // Find a choice question, then study it: the right option is marked where it stands.
    let n = 1;
    await page.getByLabel('跳到第几题').fill(String(n));
    await page.getByRole('button', { name: '跳转' }).click();
    while (!(await drillQuestion(page).locator('.q-option').count())) {
      await page.getByRole('button', { name: '下一题' }).click();
      await expect(drillHeading(page)).toHaveText(`第 ${++n} 题 / 共 ${total} 题`);
    }
    await page.getByRole('button', { name: '背题模式' }).click();
    await expect(page.getByRole('button', { name: '背题模式' })).toHaveAttribute('aria-pressed', 'true');
    await expect(marked(drillQuestion(page)).first()).toHaveText('→ 应选这一项');
    await expect(drillQuestion(page).locator('.q-main input').first()).toBeDisabled();
    // It stays on for the next choice question.
    do {
      await page.getByRole('button', { name: '下一题' }).click();
      await expect(drillHeading(page)).toHaveText(`第 ${++n} 题 / 共 ${total} 题`);
    } while (!(await drillQuestion(page).locator('.q-option').count()));
    await expect(marked(drillQuestion(page)).first()).toBeVisible();
    // A swipe starting on an answer's field does not move: the finger is answering there.
    const field = drillQuestion(page).locator('.q-main input').first();
    await field.dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await field.dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 405 }] });
    await expect(drillHeading(page)).toHaveText(`第 ${n} 题 / 共 ${total} 题`);
    // A swipe to the left moves on.
    await page.locator('.drill-question').dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await page.locator('.drill-question').dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 405 }] });
    await expect(drillHeading(page)).toHaveText(`第 ${n + 1} 题 / 共 ${total} 题`);
  });

  test('random practice offers 背题模式 too', async ({ page }) => {
    await page.goto('practice/random/?seed=7');
    await expect(drillQuestion(page)).toBeVisible();
    await page.getByRole('button', { name: '背题模式' }).click();
    await expect(drillQuestion(page).locator('.q-answer')).toBeVisible();
  });

  test('module practice: 背题模式 marks the right option, a number jumps, and one question per screen pages with 上一题 / 下一题', async ({ page }) => {
    await page.goto('practice/complaints/');
    const all = page.locator('course-question');
    await page.getByRole('button', { name: '背题模式' }).click();
    const withOptions = all.filter({ has: page.locator('.q-option') }).first();
    await expect(marked(withOptions).first()).toHaveText('→ 应选这一项');
    await page.getByRole('button', { name: '背题模式' }).click();
    await expect(marked(withOptions).filter({ visible: true })).toHaveCount(0);

    await page.getByRole('button', { name: '一题一屏' }).click();
    await expect(all.filter({ visible: true })).toHaveCount(1);
    await page.getByRole('button', { name: '下一题' }).click();
    await expect(all.nth(1)).toBeVisible();
    await expect(all.nth(0)).toBeHidden();
    // On a phone the page scrolls to the question: 上一题 / 下一题 stay in view, and do not cover its start.
    await expect(page.getByRole('button', { name: '下一题' })).toBeInViewport();
    const bar = (await page.locator('.one-at-a-time').boundingBox())!;
    expect((await all.nth(1).boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    await page.getByLabel('跳到第几题').fill('5');
    await page.getByRole('button', { name: '跳转' }).click();
    await expect(all.nth(4)).toBeVisible();
    await expect(all.nth(4)).toBeFocused();
    await expect(all.filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('.oat-position')).toHaveText(new RegExp(`^第 5 / ${await all.count()} 题$`));
    await page.getByRole('button', { name: '一题一屏' }).click();
    await expect(all.filter({ visible: true })).toHaveCount(await all.count());
  });

  test('one question per screen: a swipe turns the page, but not one starting in a select', async ({ page }) => {
    await page.goto('practice/service-quality/');
    const all = page.locator('course-question');
    await page.getByRole('button', { name: '一题一屏' }).click();
    // The first 归类题, whose items are sorted with a select each.
    const index = await all.evaluateAll((qs) => qs.findIndex((q) => q.querySelector('select')));
    await page.getByLabel('跳到第几题').fill(String(index + 1));
    await page.getByRole('button', { name: '跳转' }).click();
    const shown = all.nth(index);
    await expect(shown.locator('select').first()).toBeVisible();
    const select = shown.locator('select').first();
    await select.dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await select.dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 405 }] });
    await expect(shown).toBeVisible();
    await expect(page.locator('.oat-position')).toHaveText(new RegExp(`^第 ${index + 1} / `));
    // The same swipe on the question's text moves on.
    await shown.locator('.q-stem').dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await shown.locator('.q-stem').dispatchEvent('touchend', { changedTouches: [{ identifier: 1, clientX: 100, clientY: 405 }] });
    await expect(page.locator('.oat-position')).toHaveText(new RegExp(`^第 ${index + 2} / `));
    await expect(all.nth(index + 1)).toBeVisible();
  });
});
