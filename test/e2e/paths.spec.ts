import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { press, tabTo, tick, typeInto } from './keyboard.ts';
import { shortCode } from '../../src/lib/paths.ts';
import { holdScript } from './hold-script.ts';

/** Stores progress in which `lessonIds` are completed, then opens `path`. */
async function completeLessons(page: Page, lessonIds: string[], path: string) {
  await page.goto('paths/');
  const now = Date.now();
  const lessons = Object.fromEntries(lessonIds.map((id) => [id, { firstVisit: now, lastVisit: now, completedAt: now, seconds: 600 }]));
  const data = { version: 1, learnerName: '', lessons, attempts: {}, exams: [], notebook: {}, practice: {}, updatedAt: now };
  await page.evaluate((text) => localStorage.setItem('course-progress', text), JSON.stringify(data));
  await page.goto(path);
}

/** Adds the practice step on `moduleId` of `pathId` to the stored progress as done, and reloads. */
async function completePracticeStep(page: Page, pathId: string, moduleId: string) {
  await page.evaluate((key) => {
    const data = JSON.parse(localStorage.getItem('course-progress')!) as { pathSteps?: Record<string, number> };
    localStorage.setItem('course-progress', JSON.stringify({ favourites: {}, ...data, version: 3, pathSteps: { ...data.pathSteps, [key]: Date.now() } }));
  }, `${pathId}/${moduleId}`);
  await page.reload();
}

const steps = (page: Page) => page.getByRole('list', { name: '路线步骤' }).getByRole('listitem');
/** The ✓ mark of the step at `index`: in the page always, visible once the lesson is completed. */
const done = (page: Page, index: number) => steps(page).nth(index).getByText('✓ 已完成');

test.describe('learning paths', () => {
  test('lists every path with its time and a link to the custom path builder', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('banner').getByRole('link', { name: '学习路线' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习路线');
    const cards = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(cards).toHaveCount(3);
    // The new-hire path comes first: it is the one a newcomer looks for.
    await expect(cards.first()).toContainText('新员工入职：第一周上电话线');
    // new-hire: 11 lessons of 181 minutes in all, and 3 practice steps of 10 minutes.
    await expect(cards.filter({ hasText: '新员工入职' })).toContainText('11 课 · 3 组练习 · 约 3 小时 31 分钟');
    await expect(page.getByRole('link', { name: '挑选课程，生成路线链接' })).toHaveAttribute('href', /\/paths\/custom\/$/);
    await page.getByRole('link', { name: '新员工入职：第一周上电话线' }).click();
    await expect(page).toHaveURL(/\/paths\/new-hire\/$/);
  });

  test('shows progress along a path and links the next step', async ({ page }) => {
    await completeLessons(page, ['service-awareness/service-mindset', 'complaints/six-steps'], 'paths/new-hire/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新员工入职：第一周上电话线');
    await expect(steps(page)).toHaveCount(14);
    await expect(page.getByRole('progressbar', { name: '已完成 2 / 14 步' })).toBeVisible();
    const next = page.getByText('下一步：').getByRole('link');
    await expect(next).toHaveText('电话礼仪：接打电话的规定与四项要求');
    // Opened from the path, the lesson knows it: ?path=new-hire.
    await expect(next).toHaveAttribute('href', /\/lessons\/telephone-etiquette\/phone-etiquette-rules\/\?path=new-hire$/);
    await expect(done(page, 0)).toBeVisible();
    await expect(done(page, 1)).toBeHidden();
    await expect(steps(page).nth(1).getByRole('link')).toHaveAttribute('aria-current', 'step');
    await expect(done(page, 12)).toBeVisible();
    await expect(steps(page).nth(3).getByRole('link', { name: '练习：电话服务礼仪' })).toHaveAttribute('href', /\/paths\/new-hire\/practice\/telephone-etiquette\/$/);
    await next.click();
    await expect(page).toHaveURL(/\/lessons\/telephone-etiquette\/phone-etiquette-rules\/\?path=new-hire$/);
  });

  test('says so when every lesson of a path is completed', async ({ page }) => {
    const lessons = ['complaint-numbers', 'six-steps', 'ms-meng-postage', 'cake-shop'].map((l) => `complaints/${l}`);
    await completeLessons(
      page,
      [...lessons, 'receiving-customers/listening', 'receiving-customers/restating', 'receiving-customers/helping-customers', 'telephone-etiquette/dont-say-say-instead'],
      'paths/complaint-refresher/',
    );
    await expect(page.getByRole('progressbar', { name: '已完成 8 / 9 步' })).toBeVisible();
    await expect(page.getByText('下一步：').getByRole('link')).toHaveText('练习：投诉处理');
    await completePracticeStep(page, 'complaint-refresher', 'complaints');
    await expect(page.getByRole('progressbar', { name: '已完成 9 / 9 步' })).toBeVisible();
    await expect(page.getByText('这条路线已经全部学完')).toBeVisible();
    await expect(page.getByText('下一步：')).toBeHidden();
  });

  test('builds a custom path link that opens the chosen lessons in order', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('paths/custom/');
    await expect(page.getByText('这个页面需要启用 JavaScript')).toBeHidden();
    await page.getByRole('button', { name: '生成链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '请至少勾选一课' })).toBeVisible();

    const chosen = ['客户服务意识：尽力而为还是全力以赴', '投诉处理六步法', '蛋糕店投诉案例：导购员、领班和店长'];
    for (const title of chosen) await page.getByRole('checkbox', { name: title }).check();
    await expect(page.getByRole('group', { name: '模块 7 · 投诉处理' }).getByRole('checkbox', { checked: true })).toHaveCount(2);
    await page.getByLabel('路线名称（可选）').fill('新人第一周 & 投诉');
    await page.getByRole('button', { name: '生成链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已生成，共 3 步。' })).toBeVisible();
    const field = page.getByLabel('路线链接');
    await expect(field).toBeFocused();
    const link = await field.inputValue();
    // Short codes of service-mindset, six-steps and cake-shop (test/unit/paths.test.ts lists every code).
    expect(link).toBe(`${new URL(baseURL!).origin}${new URL(baseURL!).pathname}paths/custom/?p=k3ut.ruza.fz8j&t=${encodeURIComponent('新人第一周 & 投诉')}`);

    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.getByRole('link', { name: '预览这条路线' }).click();
    await expect(page).toHaveURL(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新人第一周 & 投诉');
    await expect(page).toHaveTitle(/^新人第一周 & 投诉 \|/);
    await expect(steps(page).getByRole('link')).toHaveText(chosen);
    await expect(page.getByText('3 课 · 约 56 分钟')).toBeVisible();
    await expect(page.getByRole('progressbar', { name: '已完成 0 / 3 课' })).toBeVisible();
    await expect(page.getByText('下一步：').getByRole('link')).toHaveText(chosen[0]!);
  });

  test('a lesson opened from a custom path shows its place and leads on along the path', async ({ page }) => {
    // service-mindset, six-steps, then the complaints practice set: the path a trainer sent.
    await page.goto(`paths/custom/?p=k3ut.ruza._${shortCode('complaints')}&t=${encodeURIComponent('新人第一周')}`);
    await steps(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户服务意识：尽力而为还是全力以赴');
    const place = page.getByRole('navigation', { name: '学习路线：新人第一周' }).first();
    await expect(place).toContainText('新人第一周 · 第 1 / 3 步');
    // The path's next step replaces the course's next lesson, and carries the path on.
    const next = page.locator('.lesson-path-bottom').getByRole('link');
    await expect(next).toContainText('投诉处理六步法');
    await expect(page.getByRole('navigation', { name: '上一课和下一课' }).getByRole('link', { name: /下一课/ })).toBeHidden();
    await next.click();
    await expect(page).toHaveURL(/\/lessons\/complaints\/six-steps\/\?p=/);
    await expect(page.getByRole('navigation', { name: '学习路线：新人第一周' }).first()).toContainText('第 2 / 3 步');
    await expect(page.locator('.lesson-path-bottom').getByRole('link')).toHaveAttribute('href', /\/practice\/complaints\/\?p=/);
    await page.getByRole('link', { name: '返回路线' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新人第一周');
    await expect(steps(page)).toHaveCount(3);
  });

  test('a learner who opened a custom path finds it again without its link, and can leave it', async ({ page }) => {
    // service-mindset, six-steps, then the complaints practice set: the path a trainer sent.
    const link = `?p=k3ut.ruza._${shortCode('complaints')}&t=${encodeURIComponent('新人第一周')}`;
    await page.goto(`lessons/service-awareness/service-mindset/${link}`);
    await expect(page.getByRole('navigation', { name: '学习路线：新人第一周' }).first()).toContainText('第 1 / 3 步');
    // The next day: the home page typed in, not the link.
    await page.goto('');
    await expect(page.getByText('我的学习路线：新人第一周 · 已完成 0 / 2 课')).toBeVisible();
    await expect(page.getByRole('link', { name: '新人第一周' })).toHaveAttribute('href', /\/paths\/custom\/\?p=/);
    const next = page.getByRole('link', { name: /继续学习/ });
    await expect(next).toContainText('客户服务意识：尽力而为还是全力以赴');
    await next.click();
    await expect(page).toHaveURL(/\/lessons\/service-awareness\/service-mindset\/\?p=/);
    // A lesson of the path opened from the course menu still shows its place in it.
    await page.goto('lessons/complaints/six-steps/');
    const place = page.getByRole('navigation', { name: '学习路线：新人第一周' }).first();
    await expect(place).toContainText('第 2 / 3 步');
    await expect(page.locator('.lesson-path-bottom').getByRole('link')).toHaveAttribute('href', /\/practice\/complaints\/\?p=/);
    await place.getByRole('button', { name: '不按这条路线学了' }).click();
    await expect(place).toBeHidden();
    await expect(page.locator('.lesson-path-bottom').getByRole('link')).toBeHidden();
    await expect(page.getByRole('navigation', { name: '上一课和下一课' }).getByRole('link', { name: /下一课/ })).toBeVisible();
    await page.goto('');
    await expect(page.getByText('我的学习路线')).toBeHidden();
  });

  test('marks on the list of paths the one the learner follows, a trainer’s custom path too', async ({ page }) => {
    const following = page.getByText('你正在按这条路线学习').filter({ visible: true });
    await page.goto('paths/');
    await expect(following).toHaveCount(0);
    await page.goto('lessons/telephone-etiquette/phone-etiquette-rules/?path=new-hire');
    await page.goto('paths/');
    await expect(following).toHaveCount(1);
    await expect(page.locator('.path-card').filter({ hasText: '新员工入职' }).getByText('你正在按这条路线学习')).toBeVisible();
    await expect(page.locator('.followed-custom')).toBeHidden();
    // A trainer's link has no card: it is named above the list, and leads back to the path.
    await page.goto(`paths/custom/?p=k3ut.ruza&t=${encodeURIComponent('新人第一周')}`);
    await page.goto('paths/');
    await expect(following).toHaveCount(0);
    const mine = page.locator('.followed-custom');
    await expect(mine).toContainText('我的学习路线：新人第一周');
    await mine.getByRole('link', { name: '新人第一周' }).click();
    await expect(page).toHaveURL(/\/paths\/custom\/\?p=k3ut\.ruza/);
    await expect(steps(page)).toHaveCount(2);
  });

  test('a learner who only opened the trainer’s link finds the path on the home page', async ({ page }) => {
    await page.goto(`paths/custom/?p=k3ut.ruza&t=${encodeURIComponent('新人第一周')}`);
    await expect(steps(page)).toHaveCount(2);
    await page.goto('');
    await expect(page.getByText('我的学习路线：新人第一周 · 已完成 0 / 2 课')).toBeVisible();
    await expect(page.getByRole('link', { name: /继续学习/ })).toContainText('客户服务意识：尽力而为还是全力以赴');
  });

  test('builds and opens a custom path with the keyboard alone', async ({ page }) => {
    await page.goto('paths/custom/');
    await tick(page, page.getByRole('checkbox', { name: '沟通模型：一句话是怎样传到客户那里的' }));
    await tick(page, page.getByRole('checkbox', { name: '投诉处理六步法' }));
    await typeInto(page, page.getByLabel('路线名称（可选）'), '键盘路线');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('路线链接')).toBeFocused();
    await press(page, page.getByRole('link', { name: '预览这条路线' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('键盘路线');
    await expect(steps(page).getByRole('link')).toHaveText(['沟通模型：一句话是怎样传到客户那里的', '投诉处理六步法']);
  });

  test('selects the link for copying by hand when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto('paths/custom/');
    await page.getByRole('checkbox', { name: '投诉处理六步法' }).check();
    await page.getByRole('button', { name: '生成链接' }).click();
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '请按 Ctrl+C 复制' })).toBeVisible();
    const field = page.getByLabel('路线链接');
    await expect(field).toBeFocused();
    const selected = await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart!, input.selectionEnd!));
    expect(selected).toBe(await field.inputValue());
  });

  test('orders lessons and practice with the keyboard, adds a note, and keeps the link short', async ({ page }) => {
    // Tabbing through the builder's 38 boxes and buttons, as a keyboard user does, takes a while.
    test.slow();
    await page.goto('paths/custom/');
    const chosen = page.getByRole('list', { name: '学习顺序' }).getByRole('listitem');
    await tick(page, page.getByRole('checkbox', { name: '投诉处理六步法' }));
    await tick(page, page.getByRole('checkbox', { name: '练习：投诉处理' }));
    await tick(page, page.getByRole('checkbox', { name: '沟通模型：一句话是怎样传到客户那里的' }));
    await expect(chosen.locator('.step-title')).toHaveText(['投诉处理六步法', '练习：投诉处理', '沟通模型：一句话是怎样传到客户那里的']);

    // Move the communication lesson to the top with the keyboard alone: focus stays on the moved step.
    const up = page.getByRole('button', { name: '上移：沟通模型：一句话是怎样传到客户那里的' });
    await tabTo(page, up);
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chosen.locator('.step-title')).toHaveText(['沟通模型：一句话是怎样传到客户那里的', '投诉处理六步法', '练习：投诉处理']);
    await expect(up).toBeDisabled();
    await expect(page.getByRole('button', { name: '下移：沟通模型：一句话是怎样传到客户那里的' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '“沟通模型：一句话是怎样传到客户那里的”现在是第 1 步，共 3 步。' })).toBeVisible();
    await page.getByRole('button', { name: '下移：投诉处理六步法' }).press('Enter');
    await expect(chosen.locator('.step-title')).toHaveText(['沟通模型：一句话是怎样传到客户那里的', '练习：投诉处理', '投诉处理六步法']);
    await page.getByRole('button', { name: '移除：练习：投诉处理' }).press('Enter');
    await expect(chosen).toHaveCount(2);
    await expect(page.getByRole('checkbox', { name: '练习：投诉处理' })).not.toBeChecked();
    await tick(page, page.getByRole('checkbox', { name: '练习：投诉处理' }));

    await typeInto(page, page.getByLabel('路线名称（可选）'), '入职第一周');
    await typeInto(page, page.getByLabel('给学员的话（可选）'), '请在周五前学完。<b>加油</b>');
    await page.getByRole('button', { name: '生成链接' }).press('Enter');
    const link = await page.getByLabel('路线链接').inputValue();
    // The preview server runs on 127.0.0.1 and the build has no COURSE_SITE: the link only works here.
    await expect(page.getByText('注意：这个链接指向“这台电脑”（127.0.0.1')).toBeVisible();
    await expect(page.getByText(`链接共 ${link.length} 个字符`)).toBeVisible();

    await page.getByRole('link', { name: '预览这条路线' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('入职第一周');
    await expect(steps(page).getByRole('link')).toHaveText(['沟通模型：一句话是怎样传到客户那里的', '投诉处理六步法', '练习：投诉处理']);
    await expect(page.getByRole('region', { name: '培训师的话' })).toHaveText(/请在周五前学完。<b>加油<\/b>/);
    await expect(page.getByText('2 课 · 1 组练习')).toBeVisible();
    await expectNoAxeViolations(page);
    // A learner reads a lesson of it and comes back: the trainer's note is still there.
    await steps(page).getByRole('link', { name: '投诉处理六步法' }).click();
    await page.getByRole('link', { name: '返回路线' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('入职第一周');
    await expect(page.getByRole('region', { name: '培训师的话' })).toHaveText(/请在周五前学完。<b>加油<\/b>/);
    // Its practice step is a step of the path too: it says where it stands, and leads back.
    await steps(page).getByRole('link', { name: '练习：投诉处理' }).click();
    await expect(page.getByRole('navigation', { name: /入职第一周/ }).first()).toContainText('第 3 / 3 步');
    await page.getByRole('link', { name: '返回路线' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('入职第一周');
  });

  test('puts ten lessons into a link of at most about 150 characters', async ({ page, baseURL }) => {
    await page.goto('paths/custom/');
    const boxes = page.locator('input[name=lessons]');
    for (let i = 0; i < 10; i++) await boxes.nth(i * 3).check();
    await page.getByRole('button', { name: '生成链接' }).click();
    const link = await page.getByLabel('路线链接').inputValue();
    expect(link).toMatch(/\?p=(?:[0-9a-z]{4}\.){9}[0-9a-z]{4}$/);
    // Measured on the public address a trainer sends; this test server's address is about as long.
    const sent = link.replace(new URL(baseURL!).origin, 'https://training.example.cn');
    expect(sent.length).toBeLessThanOrEqual(150);
    await expectNoAxeViolations(page);
  });

  test('still opens links sent before short codes', async ({ page }) => {
    await page.goto('paths/custom/?lessons=complaints/six-steps,complaints/cake-shop&title=%E6%97%A7%E9%93%BE%E6%8E%A5');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('旧链接');
    await expect(steps(page).getByRole('link')).toHaveText(['投诉处理六步法', '蛋糕店投诉案例：导购员、领班和店长']);
  });

  test('lists the unknown lessons of a custom link and shows the known ones', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await completeLessons(page, ['service-quality/five-gaps'], 'paths/custom/?lessons=complaints/six-steps,nope/one,service-quality/five-gaps,%3Cimg%20src%3Dx%3E');
    await expect(page.getByText('链接中有 2 个课程不存在，已略过：nope/one、<img src=x>')).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('自定义学习路线');
    await expect(steps(page).getByRole('link')).toHaveText(['投诉处理六步法', '服务质量的五个差距及改进措施']);
    await expect(done(page, 0)).toBeHidden();
    await expect(done(page, 1)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: '已完成 1 / 2 课' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);

    await page.goto('paths/custom/?lessons=nope/one&title=%3Cb%3Ehi%3C%2Fb%3E');
    await expect(page.getByText('链接中有 1 个课程不存在，已略过：nope/one')).toBeVisible();
    await expect(page.getByText('这个链接里没有可以打开的课程。')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b>hi</b>');
    await expect(page.getByRole('list', { name: '路线步骤' })).toBeHidden();
    await page.getByRole('link', { name: '自己挑选课程，生成新的路线' }).click();
    await expect(page.getByRole('checkbox', { name: '投诉处理六步法' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('explains the link format to trainers with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('paths/custom/');
    await expect(page.getByText('这个页面需要启用 JavaScript')).toBeVisible();
    await expect(page.getByText(/\/paths\/custom\/\?lessons=[a-z-]+\/[a-z-]+,[a-z-]+\/[a-z-]+&title=/)).toBeVisible();
    await expect(page.getByText('complaints/six-steps', { exact: true })).toBeVisible();
    await page.goto('paths/new-hire/');
    await expect(steps(page)).toHaveCount(14);
    await expect(page.getByText('显示学习进度需要启用 JavaScript。')).toBeVisible();
    await context.close();
  });
});

test.describe('deep links to a question', () => {
  test('scrolls the question into view and focuses it', async ({ page }) => {
    await page.goto('lessons/communication/communication-model/#q-communication-model-08');
    const question = page.locator('#q-communication-model-08');
    await expect(question).toBeFocused();
    await expect(question).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    // The question's own 收藏 button comes first, then its answer fields.
    await page.keyboard.press('Tab');
    await expect(question.getByRole('button', { name: '收藏' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(question.getByRole('textbox').first()).toBeFocused();
  });

  test('leaves focus where the learner took it when the quiz script loads late', async ({ page }) => {
    // A lesson's quiz loads once the page is idle: here, as on a slow connection, only after the learner tabbed on.
    const release = await holdScript(page, 'define-question');
    await page.goto('lessons/communication/communication-model/#q-communication-model-08');
    const question = page.locator('#q-communication-model-08');
    const check = question.getByRole('button', { name: '检查答案' });
    await expect(question).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const blank = question.getByRole('textbox').first();
    await expect(blank).toBeFocused();
    await page.keyboard.type('协');
    expect(await page.evaluate(() => customElements.get('course-question') === undefined)).toBe(true);
    release();
    // The quiz is ready, and the learner is still in the blank they were filling in.
    await page.waitForFunction(() => customElements.get('course-question') !== undefined);
    await expect(check).toBeVisible();
    await expect(blank).toBeFocused();
    await page.keyboard.type('调');
    await expect(blank).toHaveValue('协调');
    await page.keyboard.press('Enter');
    await expect(question.getByRole('status')).toHaveText('回答正确！');
  });
});

test.describe('paths accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reports no axe violations on the paths pages in the ${scheme} scheme`, async ({ page, context }) => {
      // Four pages, the builder before and after use among them.
      test.slow();
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.emulateMedia({ colorScheme: scheme });
      await completeLessons(page, ['service-awareness/service-mindset'], 'paths/');
      await expectNoAxeViolations(page, `paths/ (${scheme})`);
      await page.goto('paths/new-hire/');
      await expect(page.getByText('下一步：')).toBeVisible();
      await expectNoAxeViolations(page, `paths/new-hire/ (${scheme})`);
      await page.goto('paths/custom/');
      await expectNoAxeViolations(page, `paths/custom/ builder (${scheme})`);
      await page.getByRole('checkbox', { name: '投诉处理六步法' }).check();
      await page.getByRole('button', { name: '生成链接' }).click();
      await page.getByRole('button', { name: '复制链接' }).click();
      await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
      await expectNoAxeViolations(page, `paths/custom/ with a link (${scheme})`);
      await page.goto('paths/custom/?lessons=service-awareness/service-mindset,nope/nope');
      await expect(page.getByText('链接中有 1 个课程不存在')).toBeVisible();
      await expectNoAxeViolations(page, `paths/custom/ viewer (${scheme})`);
    });
  }
});
