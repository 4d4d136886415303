import { expect, test } from '@playwright/test';

// Runs against the course built with COURSE_BASE=/training/customer-service/ (npm run build:subpath).
test.describe('the course hosted under a sub-path', () => {
  test('keeps every link, asset and the lesson flow under the sub-path', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname === '127.0.0.1' && !url.pathname.startsWith('/training/customer-service/')) outside.push(url.pathname);
    });
    await page.goto('./');
    await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /^\/training\/customer-service\//);
    await page.getByRole('link', { name: /从第一课开始/ }).click();
    await expect(page).toHaveURL(/\/training\/customer-service\/lessons\//);
    await page
      .getByRole('navigation', { name: '上一课和下一课' })
      .getByRole('link', { name: /下一课/ })
      .click();
    await expect(page).toHaveURL(/\/training\/customer-service\/lessons\//);
    expect(outside).toEqual([]);
  });

  test('searches from the header box and links results under the sub-path', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('banner').getByRole('searchbox').fill('光环效应');
    await page.getByRole('banner').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/training\/customer-service\/search\/\?q=/);
    const first = page.locator('#search-results > li h2 a').first();
    await expect(first).toHaveAttribute('href', /^\/training\/customer-service\/lessons\/communication\/communication-barriers\//);
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('checks a quiz answer under the sub-path', async ({ page }) => {
    await page.goto('question-types/');
    const question = page.locator('[data-question-type="truefalse"]');
    const key = JSON.parse((await question.getAttribute('data-key'))!) as { answer: boolean };
    await question.locator(`input[value="${key.answer}"]`).check();
    await question.getByRole('button', { name: '检查答案' }).click();
    await expect(question.locator('.q-status')).toHaveText('回答正确！');
  });
});

// The sub-path build is also given COURSE_SITE=https://training.example.cn (package.json, build:subpath).
test.describe('links a trainer sends, with COURSE_SITE set', () => {
  test('builds the custom path, exam and question links from the public address, without the this-computer notice', async ({ page }) => {
    await page.goto('paths/custom/');
    await page.getByRole('checkbox', { name: '投诉处理六步法' }).check();
    await page.getByRole('button', { name: '生成链接' }).click();
    await expect(page.getByLabel('路线链接')).toHaveValue('https://training.example.cn/training/customer-service/paths/custom/?p=ruza');
    await expect(page.getByText('这个链接指向“这台电脑”')).toBeHidden();
    await page.getByRole('link', { name: '预览这条路线' }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/training\/customer-service\/paths\/custom\/\?p=ruza$/);
    await expect(page.getByRole('list', { name: '路线步骤' }).getByRole('link')).toHaveText(['投诉处理六步法']);

    await page.goto('exam/?seed=42');
    await expect(page.locator('.share-link')).toHaveText('https://training.example.cn/training/customer-service/exam/?seed=42');
    await expect(page.locator('.share-local')).toBeHidden();

    await page.goto('questions/complaints/six-steps/#q-six-steps-01');
    await expect(page.getByRole('link', { name: 'https://training.example.cn/training/customer-service/questions/complaints/six-steps/#q-six-steps-01' })).toBeVisible();
    // An address of the first versions, under the sub-path, leads to the question.
    await page.goto('questions/six-steps-01/');
    await expect(page).toHaveURL(/\/training\/customer-service\/questions\/complaints\/six-steps\/#q-six-steps-01$/);
  });
});
