import { expect, test, type Page } from '@playwright/test';
import { answer } from './answer.ts';
import { expectNoAxeViolations } from './axe.ts';
import { DAY, readProgress, seedProgress } from './progress.ts';
import { holdScript } from './hold-script.ts';

// A learner on a 360 px phone: what they did is counted and shown.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const LESSON = 'service-awareness/why-service-matters';
const TITLE = '竞争环境下服务的重要性';
/** The innermost list item holding the link to a lesson. */
const lessonItem = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .last();

test.describe('a lesson counts what the learner did', () => {
  test('answering every question completes the lesson everywhere, without the button', async ({ page }) => {
    // Six questions answered with the keyboard alone: slow on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.goto(`lessons/${LESSON}/`);
    const questions = page.locator('article course-question');
    const count = await questions.count();
    expect(count).toBeGreaterThan(1);
    const status = page.locator('course-lesson-status .quiz-status');
    await expect(status).toHaveText(`已答 0 / ${count} 题，还差第 ${Array.from({ length: count }, (_, i) => i + 1).join('、')} 题`);
    for (let i = 0; i < count - 1; i++) await answer(page, questions.nth(i), i % 2 === 0);
    await expect(status).toHaveText(`已答 ${count - 1} / ${count} 题，还差第 ${count} 题`);
    await expect(page.getByText('✓ 本课已完成')).toBeHidden();
    // The last one is a written question (简答 or 案例分析): written and compared, its self-assessment is what is left.
    const last = questions.nth(count - 1);
    await expect(last).toHaveAttribute('data-question-type', /^(short|case)$/);
    await expect(last.getByText('第 1 步：写下你的回答')).toBeVisible();
    await last.locator('textarea').fill('先道歉，再了解情况。');
    await last.getByRole('button', { name: '对照答题要点' }).click();
    // The self-assessment opens with the key points, focused, and says it is the step that completes the question.
    await expect(last.locator('.q-keypoints input').first()).toBeFocused();
    await expect(last.getByText('第 2 步：勾选你的回答已经覆盖的要点')).toBeVisible();
    await expect(status).toHaveText(`已答 ${count - 1} / ${count} 题，还差第 ${count} 题的自评`);
    await last.getByRole('button', { name: '记录自评' }).click();
    await expect(status).toHaveText(`已答 ${count} / ${count} 题，全部答完`);
    await expect(page.getByText('✓ 本课已完成')).toBeVisible();
    await expect(page.getByRole('button', { name: '标记为已学完' })).toBeHidden();
    expect((await readProgress(page)).lessons[LESSON]!.completedAt).toBeGreaterThan(0);

    await page.goto('./');
    await expect(lessonItem(page, TITLE)).toContainText('✓ 已学完');
    await expect(page.getByText('已学完 1 / 4 课')).toBeVisible();
    await page.goto('modules/service-awareness/');
    await expect(lessonItem(page, TITLE)).toContainText('✓ 已学完');
    await expect(lessonItem(page, '服务的定义与特征')).toContainText('○ 未开始');
    await expect(page.getByRole('progressbar', { name: '已学完 1 / 4 课' })).toHaveAttribute('value', '1');
    await page.goto('progress/');
    await expect(page.locator('.totals div').filter({ hasText: '已学完的课程' }).locator('dd')).toHaveText('1 / 30 课');
    // The course menu of every lesson page marks it too.
    await page.goto('lessons/complaints/six-steps/');
    await page.getByText('课程目录').click();
    await expect(page.locator('course-menu li').filter({ hasText: TITLE })).toContainText('✓ 已学完');
    await expect(page.locator('course-menu li').filter({ hasText: '服务的定义与特征' })).toContainText('○ 未开始');
  });

  test('puts 继续学习 first on the home page and marks started lessons', async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, {
      lessons: {
        [LESSON]: { firstVisit: now - DAY, lastVisit: now - DAY, completedAt: now - DAY, seconds: 60 },
        'service-awareness/service-definition': { firstVisit: now, lastVisit: now, seconds: 30 },
      },
    });
    await page.goto('./');
    const actions = page.locator('.hero a.primary');
    await expect(actions.first()).toHaveText('继续学习：服务的定义与特征');
    const continueBox = await page.getByRole('link', { name: '继续学习：服务的定义与特征' }).boundingBox();
    const startBox = await page.getByRole('link', { name: /^从第一课开始/ }).boundingBox();
    expect(continueBox!.y).toBeLessThan(startBox!.y);
    await expect(lessonItem(page, '服务的定义与特征')).toContainText('◐ 学习中');
    await expect(lessonItem(page, TITLE)).toContainText('✓ 已学完');
  });

  test('brings a learner back to where they stopped reading: from 继续学习, and at the top of the lesson itself', async ({ page }) => {
    const lesson = 'communication/communication-barriers';
    const section = '十种沟通障碍';
    const toSection = () => page.getByRole('heading', { name: section, level: 2 }).evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 100));
    const resume = page.getByRole('link', { name: /^继续学习：沟通障碍/ });
    await page.goto(`lessons/${lesson}/`);
    await expect(page.locator('.reading-place')).toBeHidden();
    // Read down to the second section, then scroll back up to the header to go home, as a learner does.
    await toSection();
    await page.waitForTimeout(400);
    await page.evaluate(() => scrollTo(0, 0));
    await page.getByRole('link', { name: '课程首页' }).click();
    await expect(resume).toHaveAttribute('href', new RegExp(`/lessons/${lesson}/#${encodeURIComponent(section)}$`));
    await resume.click();
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeInViewport();

    // Opened from the menu (no section in the address): offered, not forced; a quick look keeps the place.
    const offer = page.locator('.reading-place');
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(`lessons/${lesson}/`);
      await expect(offer).toHaveText(`上次读到“${section}”。从那里接着读`);
    }
    await offer.getByRole('link', { name: '从那里接着读' }).click();
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeInViewport();

    // Once the lesson is completed, there is no place to come back to.
    await page.getByRole('button', { name: '标记为已学完' }).click();
    await page.goto(`lessons/${lesson}/`);
    await expect(page.getByText('✓ 本课已完成')).toBeVisible();
    await expect(offer).toBeHidden();
    expect(await page.evaluate(() => localStorage.getItem('course-reading-places'))).toBe('{}');
  });

  test('takes a learner following a path back to their place too, with the path kept in the address', async ({ page }) => {
    const section = '猎狗与兔子的故事';
    await page.goto('lessons/service-awareness/service-mindset/?path=new-hire');
    await page.getByRole('heading', { name: section, level: 2 }).evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 100));
    await page.waitForTimeout(400);
    await page.goto('./');
    const resume = page.getByRole('link', { name: /^继续学习：客户服务意识/ });
    await expect(resume).toHaveAttribute('href', new RegExp(`/lessons/service-awareness/service-mindset/\\?path=new-hire#${encodeURIComponent(section)}$`));
    await resume.click();
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeInViewport();
  });

  test('ignores a damaged reading place instead of breaking the lesson or the home page', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => localStorage.setItem('course-reading-places', '{"communication/communication-barriers": {"heading": "不存在的小节", "at": 1}, "x": 5'));
    await page.goto('lessons/communication/communication-barriers/');
    await expect(page.locator('.reading-place')).toBeHidden();
    await page.evaluate(() => localStorage.setItem('course-reading-places', JSON.stringify({ 'communication/communication-barriers': { heading: '不存在的小节', at: 1 } })));
    await page.reload();
    await expect(page.locator('.reading-place')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('offers 从第一课开始 alone to a newcomer, with no marks', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: /^从第一课开始/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^继续学习/ })).toBeHidden();
    await expect(page.locator('.lesson-state:visible, .module-progress:visible')).toHaveCount(0);
  });

  test('reminds a learner to export after two weeks without a copy, and not before', async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, { lessons: { [LESSON]: { firstVisit: now - 15 * DAY, lastVisit: now - DAY, seconds: 60 } } });
    await page.goto('./');
    await expect(page.getByText(/已经两周多没有备份了/)).toBeVisible();
    await page.getByRole('link', { name: '去导出学习记录' }).click();
    await expect(page.getByRole('heading', { name: '备份与转移' })).toBeInViewport();
    await seedProgress(page, { lessons: { [LESSON]: { firstVisit: now - 15 * DAY, lastVisit: now - DAY, seconds: 60 } }, exportedAt: now - 3 * DAY } as never);
    await page.goto('./');
    await expect(page.getByText(/已经两周多没有备份了/)).toBeHidden();
  });
});

test.describe('answers come back', () => {
  test('reopening a lesson shows each last answer with its marks; 重做 per question and for the whole quiz', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`lessons/${LESSON}/`);
    const questions = page.locator('article course-question');
    const first = questions.nth(0);
    await answer(page, first, false);
    const second = questions.nth(1);
    await answer(page, second, true);
    const firstStatus = await first.locator('.q-status').textContent();
    await page.reload();
    await expect(first.locator('.q-restored')).toContainText('这里显示的是你上次（');
    // Said once for the lesson, not over every question shown again.
    await expect(second.locator('.q-restored')).toBeHidden();
    await expect(first.locator('.q-status')).toHaveText(firstStatus!);
    await expect(first.locator('.q-verdict.is-wrong')).toHaveCount(1);
    await expect(first.locator('input:checked')).toHaveCount(1);
    await expect(first.locator('.q-explanation')).toBeVisible();
    await expect(second.locator('.q-status')).toHaveText('回答正确！');
    await expect(questions.nth(2).locator('.q-restored')).toBeHidden();
    // Reopening records nothing.
    expect((await readProgress(page)).attempts[(await first.getAttribute('data-question-id'))!]).toHaveLength(1);

    await first.getByRole('button', { name: '重做' }).click();
    await expect(first.locator('input:checked')).toHaveCount(0);
    await expect(first.locator('.q-verdict:visible')).toHaveCount(0);
    await expect(first.getByRole('button', { name: '检查答案' })).toBeVisible();
    await expect(second.locator('.q-status')).toHaveText('回答正确！');
    // The cleared question is open again in the lesson's status.
    await expect(page.locator('course-lesson-status .quiz-status')).toHaveText(/^已答 1 \/ \d+ 题，还差第 1、3、/);

    await page.getByRole('button', { name: '全部重做' }).click();
    await expect(second.locator('.q-status')).toHaveText('');
    await expect(second.locator('.q-main')).not.toHaveAttribute('disabled');
    await expect(page.locator('course-lesson-status .quiz-status')).toHaveText(/^已答 0 \/ \d+ 题/);
  });

  test("the same on a question's own page", async ({ page }) => {
    await page.goto('questions/service-awareness/why-service-matters/#q-why-service-matters-05');
    const question = page.locator('course-question:target');
    await expect(question).toHaveAttribute('data-question-id', 'why-service-matters-05');
    await answer(page, question, true);
    await page.reload();
    await expect(question.locator('.q-status')).toHaveText('回答正确！');
    await expect(question.locator('.q-restored')).toBeVisible();
    await expect(question.getByRole('button', { name: '重做' })).toBeVisible();
  });
});

test.describe("a question's own address", () => {
  const LESSON_QUESTIONS = 'questions/service-awareness/why-service-matters/';

  test('shows that question alone, also without JavaScript, with a link to all the questions of its lesson', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${LESSON_QUESTIONS}#q-why-service-matters-05`);
      const shown = page.locator('course-question:visible');
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveAttribute('data-question-id', 'why-service-matters-05');
      // It opens at the top: the page's title says which lesson the question is from, above the question.
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
      await expect(shown).toBeInViewport();
      await expect(page.getByText('这里只显示链接里的那一道题。')).toBeVisible();
      // The link a trainer sends is this very address.
      await expect(page.getByRole('link', { name: /questions\/service-awareness\/why-service-matters\/#q-why-service-matters-05$/ })).toBeVisible();
      await page.getByRole('link', { name: /^看本课全部 \d+ 道题$/ }).click();
      await expect(page).toHaveURL(new RegExp(`${LESSON_QUESTIONS}$`));
      expect(await page.locator('course-question:visible').count()).toBeGreaterThan(1);
      await expect(page.getByText('这里只显示链接里的那一道题。')).toBeHidden();
      await context.close();
    }
  });

  test('is where an address of the first versions (a page per question) leads', async ({ page }) => {
    await page.goto('questions/why-service-matters-05/');
    await expect(page).toHaveURL(new RegExp(`${LESSON_QUESTIONS}#q-why-service-matters-05$`));
    // The question alone (the page's :target applies once the browser has found the anchor).
    await expect(page.locator('course-question:visible')).toHaveCount(1);
    await expect(page.locator('course-question:visible')).toHaveAttribute('data-question-id', 'why-service-matters-05');
    // An address that never was a question stays on the 404 page.
    await page.goto('questions/no-such-question/');
    await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveURL(/questions\/no-such-question\/$/);
  });

  test('without JavaScript, an address of the first versions lands on the 404 page, which points to the questions', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('questions/why-service-matters-05/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expect(page.getByText('要找一道练习题？练习页按模块列出了全部题目。')).toBeVisible();
    await page.getByRole('link', { name: '去练习页' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('练习');
    await context.close();
  });
});

test.describe('multiple-choice feedback', () => {
  test('tells ticked and right, ticked but wrong, and missed apart in words and icon', async ({ page }) => {
    await page.goto('question-types/');
    const question = page.locator('[data-question-type="multiple"]');
    const key = JSON.parse((await question.getAttribute('data-key'))!) as { correct: number[] };
    expect(key.correct.length).toBeGreaterThan(1);
    const all = await question.locator('input[type=checkbox]').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
    const wrong = all.find((v) => !key.correct.includes(v))!;
    await question.locator(`input[value="${key.correct[0]}"]`).check();
    await question.locator(`input[value="${wrong}"]`).check();
    await question.getByRole('button', { name: '检查答案' }).click();
    const verdictOf = (value: number) =>
      question
        .locator('.q-option')
        .filter({ has: page.locator(`input[value="${value}"]`) })
        .locator('.q-verdict');
    await expect(verdictOf(key.correct[0]!)).toHaveText('✓ 正确');
    await expect(verdictOf(wrong)).toHaveText('✗ 错误');
    for (const missed of key.correct.slice(1)) await expect(verdictOf(missed)).toHaveText('! 漏选：这一项也是正确答案');
    await expect(question.locator('.q-verdict', { hasText: '✓' })).toHaveCount(1);
  });

  test('never marks an unticked single-choice answer "✓ 正确"', async ({ page }) => {
    await page.goto('question-types/');
    const question = page.locator('[data-question-type="single"]');
    await answer(page, question, false);
    await expect(question.locator('.q-verdict.is-wrong')).toHaveText('✗ 错误');
    await expect(question.locator('.q-verdict.is-answer')).toHaveText('→ 应选这一项');
    await expect(question.locator('.q-verdict', { hasText: '✓' })).toHaveCount(0);
  });
});

test.describe('the lesson page on a phone', () => {
  test('keeps the header within 120 px with the whole search placeholder readable', async ({ page }) => {
    await page.goto(`lessons/${LESSON}/`);
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    const search = page.getByRole('banner').getByRole('searchbox');
    const fits = await search.evaluate((input: HTMLInputElement) => {
      const probe = document.createElement('span');
      probe.textContent = input.placeholder;
      probe.style.font = getComputedStyle(input).font;
      probe.style.whiteSpace = 'pre';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(input);
      return width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(fits).toBe(true);
    await page.getByText('菜单').click();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学习记录' })).toBeVisible();
  });

  test('opens the navigation menu and the course menu without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`lessons/${LESSON}/`);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await page.getByText('菜单', { exact: false }).first().click();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '练习' })).toBeVisible();
    await page.getByText('菜单', { exact: false }).first().click();
    await page.getByText('课程目录').click();
    const menu = page.getByRole('navigation', { name: '全部课程' });
    await expect(menu.getByRole('link', { name: TITLE })).toHaveAttribute('aria-current', 'page');
    await context.close();
  });

  test("lists the whole course in a drawer with the learner's marks; Escape closes it", async ({ page }) => {
    await page.goto(`lessons/${LESSON}/`);
    const menu = page.getByRole('navigation', { name: '全部课程' });
    await expect(menu).toBeHidden();
    await page.getByText('课程目录').click();
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('listitem').filter({ hasText: TITLE })).toContainText('◐ 学习中');
    await menu.getByText('模块 8').click();
    await expect(menu.getByRole('link', { name: /^服务质量差距/ }).or(menu.getByRole('link').last())).toBeVisible();
    // Escape is the menu's script's: on a busy machine the drawer can open (plain markup) before it has loaded.
    await expect(page.locator('course-menu:defined')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });

  test('keeps notes on the source material in one collapsed 资料说明', async ({ page }) => {
    await page.goto('lessons/communication/communication-model/');
    const notes = page.locator('details.callout-source');
    await expect(notes.first().locator('summary')).toHaveText('资料说明');
    for (const note of await notes.all()) expect(await note.getAttribute('open')).toBeNull();
    await notes.first().locator('summary').click();
    await expect(notes.first()).toHaveAttribute('open', '');
  });

  test('shows a glossary definition on tap without leaving the lesson, even before its script has loaded', async ({ page }) => {
    // A slow phone: the popover's script arrives after the tap, which must wait for it rather than leave.
    const release = await holdScript(page, 'course-term');
    await page.goto('lessons/service-awareness/service-definition/');
    const url = page.url();
    await page.locator('course-term a').first().tap();
    release();
    const popover = page.getByRole('dialog', { name: '服务' });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('服务');
    await expect(popover.getByRole('link', { name: '在术语表中查看' })).toHaveAttribute('href', /glossary\/#service$/);
    expect(page.url()).toBe(url);
    await popover.getByRole('button', { name: '关闭' }).tap();
    await expect(popover).toBeHidden();
    // The focus left on the term shows no tooltip over the text, and the page does not widen.
    await expect(page.locator('course-term a').first()).toBeFocused();
    await expect(page.locator('course-term .term-tip').first()).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('checks a quiz answer sent before the question script has loaded, without reloading the page', async ({ page }) => {
    // Until its script arrives a question already shows 检查答案, and Enter in a blank sends its form.
    const release = await holdScript(page, 'define-question');
    await page.goto('lessons/communication/communication-model/');
    const url = page.url();
    const question = page.locator('#q-communication-model-08');
    const blank = question.getByRole('textbox').first();
    await blank.fill('协调');
    await blank.press('Enter');
    release();
    await expect(question.getByRole('status')).toHaveText('回答正确！');
    await expect(blank).toHaveValue('协调');
    expect(page.url()).toBe(url);
  });

  test('shows a question as its script will leave it, so nothing moves when the script arrives late, and answers a tap made before', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const release = await holdScript(page, 'define-question');
    await page.goto('lessons/communication/communication-model/');
    const first = page.locator('course-question').first();
    const question = page.locator('#q-communication-model-08');
    await expect(question.getByRole('button', { name: '检查答案' })).toBeVisible();
    await expect(first.getByText('查看答案与解析')).toBeHidden();
    // Where the first question sits on the page and how tall it is, whatever the page's scroll.
    const place = () => first.evaluate((el) => ({ top: el.getBoundingClientRect().top + scrollY, height: el.getBoundingClientRect().height }));
    const before = await place();
    await question.getByRole('textbox').first().fill('协调');
    await question.getByRole('button', { name: '检查答案' }).click();
    release();
    await expect(question.getByRole('status')).toHaveText('回答正确！');
    expect(await place()).toEqual(before);
  });

  test('keeps an answer sent before any script of the page has arrived, and checks it once they have', async ({ page }) => {
    // On a slow connection the layout's own script (the one that holds early taps back) may still be on its
    // way: Enter in a blank then must not send the form as a page load, which loses what was typed.
    const release = await holdScript(page, 'BaseLayout.astro_astro_type_script_index_0_lang');
    await page.goto('lessons/communication/communication-model/', { waitUntil: 'commit' });
    const question = page.locator('#q-communication-model-08');
    const blank = question.getByRole('textbox').first();
    await blank.fill('协调');
    const url = page.url();
    await blank.press('Enter');
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(url);
    await expect(blank).toHaveValue('协调');
    release();
    // 检查答案 shows from the first paint; a tap counts once the page's scripts have come (before the layout's
    // script runs, a tap is not seen at all), so the learner's tap here waits for them, as the test name says.
    await expect(question.getByRole('button', { name: '检查答案' })).toBeVisible();
    await page.waitForFunction(() => customElements.get('course-question') !== undefined);
    await question.getByRole('button', { name: '检查答案' }).click();
    await expect(question.getByRole('status')).toHaveText('回答正确！');
  });

  test('marks the section being read in the table of contents', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`lessons/${LESSON}/`);
    const toc = page.getByRole('navigation', { name: '本课目录' });
    const second = toc.getByRole('link').nth(1);
    await second.click();
    await expect(second).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });
});

test.describe('a lesson opened from a learning path', () => {
  test("shows its step and leads to the path's next step", async ({ page }) => {
    await page.goto('paths/new-hire/');
    await page.getByRole('link', { name: '电话礼仪：接打电话的规定与四项要求' }).click();
    const place = page.getByRole('navigation', { name: /^学习路线/ }).first();
    await expect(place).toContainText('新员工入职：第一周上电话线 · 第 2 / 14 步');
    await expect(place.getByRole('link', { name: '返回路线' })).toHaveAttribute('href', /\/paths\/new-hire\/$/);
    await page.getByRole('link', { name: /下一步/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客服代表的角色认知与三类客户');
    await expect(page.getByText('第 3 / 14 步')).toBeVisible();
    // Opened from anywhere else, the lesson still follows the path the learner chose (issue 23)...
    await page.goto('lessons/telephone-etiquette/phone-etiquette-rules/');
    await expect(page.getByText('第 2 / 14 步')).toBeVisible();
    await expect(page.getByRole('link', { name: /下一课/ })).toBeHidden();
    // ...until they leave it: then the next link follows the course.
    await page.getByRole('button', { name: '不按这条路线学了' }).click();
    await expect(page.getByText(/第 \d+ \/ 14 步/)).toBeHidden();
    await expect(page.getByRole('link', { name: /下一课/ })).toBeVisible();
  });
});

test.describe('the progress page', () => {
  test('draws module, activity and exam charts with their numbers as text', async ({ page }) => {
    const now = Date.now();
    await seedProgress(page, {
      lessons: { [LESSON]: { firstVisit: now - 2 * DAY, lastVisit: now, completedAt: now, seconds: 600 } },
      attempts: {
        'why-service-matters-01': [
          { at: now - 2 * DAY, correct: false, score: 0, source: 'lesson' },
          { at: now, correct: true, score: 1, source: 'lesson' },
        ],
      },
      exams: [
        // One from before there were several papers (so on the first), one of each paper since: the chart keeps to the latest one's.
        { id: 'x1', seed: 5, startedAt: now - 3 * DAY, submittedAt: now - 3 * DAY, score: 0.5, passed: false, passMark: 0.6, questionIds: [], byModule: {} },
        { id: 'x2', seed: 6, startedAt: now - 2 * DAY, submittedAt: now - 2 * DAY, score: 0.9, passed: true, passMark: 0.8, questionIds: [], byModule: {}, paper: 'quick' },
        { id: 'x3', seed: 7, startedAt: now - DAY, submittedAt: now - DAY, score: 0.7, passed: true, passMark: 0.6, questionIds: [], byModule: {}, paper: 'mock' },
      ],
    });
    await page.goto('progress/');
    const modules = page.getByRole('table', { name: '各模块完成度与正确率' });
    const row = modules.getByRole('row').filter({ hasText: '客户服务意识' });
    await expect(row).toContainText('1 / 4 课');
    await expect(row).toContainText('50%');
    await expect(page.getByText('最近 28 天里有 2 天在学习，共作答 2 次，打开课程 2 次。')).toBeVisible();
    await page.getByText('按天查看').click();
    await expect(page.getByRole('table', { name: '最近 28 天的学习' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByText('“客服管理师三级模拟卷（技能）”最近 2 次的得分依次为 50%、70%，及格线 60%。', { exact: false })).toBeVisible();
    await expect(page.locator('.pass-label')).toHaveText('及格线 60%');
    await expect(page.getByText('学习记录只保存在这个浏览器里：换手机或换浏览器前')).toBeVisible();
    await expect(page.getByText('还没有导出过。')).toBeVisible();
    // Printed, the bars keep their size and the numbers stay beside them.
    await page.emulateMedia({ media: 'print' });
    await expect(row).toContainText('1 / 4 课');
    expect(await row.locator('[data-measure="completion"] .fill').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(0);
  });
});

test.describe('theme', () => {
  test('applies a 配色 chosen before its script has loaded', async ({ page }) => {
    const release = await holdScript(page, 'course-theme-switch');
    await page.goto('./');
    await page.getByText('菜单').click();
    await page.getByLabel('配色').selectOption('dark');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('course-theme'))).toBe('dark');
  });

  test('remembers 深色 and applies it before the page paints', async ({ page }) => {
    await page.goto('./');
    await page.getByText('菜单').click();
    await page.getByLabel('配色').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Read at the first paint-blocking moment: the head script has already run.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => ((window as unknown as { early: string }).early = getComputedStyle(document.body).backgroundColor), { once: true }),
    );
    await page.goto('progress/');
    expect(await page.evaluate(() => (window as unknown as { early: string }).early)).toBe('rgb(20, 23, 27)');
    await page.getByText('菜单').click();
    await expect(page.getByLabel('配色')).toHaveValue('dark');
    await page.getByLabel('配色').selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });
});

test.describe('axe on the pages this work changed', () => {
  for (const path of ['./', 'modules/service-awareness/', `lessons/${LESSON}/`, 'progress/', `lessons/telephone-etiquette/phone-etiquette-rules/?path=new-hire`]) {
    test(`no violations on ${path} in light and dark, with progress`, async ({ page }) => {
      test.setTimeout(120_000);
      const now = Date.now();
      await seedProgress(page, {
        lessons: {
          [LESSON]: { firstVisit: now - 2 * DAY, lastVisit: now, completedAt: now, seconds: 600 },
          'service-awareness/service-definition': { firstVisit: now, lastVisit: now, seconds: 5 },
        },
        attempts: { 'why-service-matters-01': [{ at: now, correct: true, score: 1, source: 'lesson' }] },
        exams: [{ id: 'x1', seed: 5, startedAt: now - DAY, submittedAt: now - DAY, score: 0.7, passed: true, passMark: 0.6, questionIds: [], byModule: {} }],
      });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
        if (path.startsWith('lessons/')) {
          await page.getByText('课程目录').click();
          await expectNoAxeViolations(page, `${path} with the course menu open (${scheme})`);
        }
      }
    });
  }
});
