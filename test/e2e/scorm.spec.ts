import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { schemaLocations } from '../../scripts/lib/scorm-package.ts';
import { expect, test, type Browser, type FrameLocator, type Page } from '@playwright/test';
import type { ProgressData } from '../../src/lib/progress/types.ts';
import { startLmsServer, type LmsServer } from './lms/lms-server.ts';

// Runs against the packages of `npm run package:scorm`, in scorm-again's SCORM runtime (the LMS side).
const packages = { '1.2': 'dist-scorm/course-scorm12.zip', '2004': 'dist-scorm/course-scorm2004.zip' } as const;
/** A CMI score as the runtime gives it: numbers as text. */
interface CmiScore {
  raw: string;
  min: string;
  max: string;
  scaled?: string;
}
/** The CMI fields these tests read; a SCORM 1.2 package fills `core`, a 2004 package the fields at the top. */
interface Cmi {
  core: { lesson_status: string; lesson_location: string; score: CmiScore; exit: string; session_time: string };
  completion_status: string;
  success_status: string;
  location: string;
  score: CmiScore;
  exit: string;
  session_time: string;
  suspend_data: string;
  interactions: Record<string, { id: string; type: string; result: string }>;
}

interface Lms {
  initialized: number;
  commits: number;
  finished: number;
  errors: string[];
  final?: Cmi;
}
const lmsState = (page: Page) => page.evaluate(() => (window as unknown as { lms: Lms }).lms);
const cmi = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as { lms: { cmi(): Cmi } }).lms.cmi());
/** The course's frame inside the launch page inside the LMS page. */
const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('iframe');

async function launch(browser: Browser, server: LmsServer, restore?: Record<string, unknown>) {
  // A new context is a new device: nothing in its browser storage.
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith(server.packagePath) && path !== '/lms.html' && !path.startsWith('/runtime/')) outside.push(path);
  });
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  if (restore) await page.addInitScript((data) => Object.assign(window, { __restore: data }), restore);
  await page.goto(`${server.url}/lms.html`);
  return { page, context, outside, violations };
}

/** Answers the exam's single-choice and true/false questions rightly, leaves the rest. */
async function answerSome(frame: FrameLocator): Promise<number> {
  let answered = 0;
  for (const question of await frame.locator('.questions course-question').all()) {
    const key = JSON.parse((await question.getAttribute('data-key'))!) as { type: string; correct?: number; answer?: boolean };
    if (key.type === 'single') await question.locator(`input[value="${key.correct}"]`).check();
    else if (key.type === 'truefalse') await question.locator(`input[value="${key.answer}"]`).check();
    else continue;
    answered++;
  }
  return answered;
}

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} package in scorm-again`, () => {
    test.skip(!existsSync(packages[version]), 'run `npm run package:scorm` first');
    let server: LmsServer;
    test.beforeAll(async () => {
      server = await startLmsServer(packages[version], version);
    });
    test.afterAll(async () => server?.close());

    test('holds every control file its manifest names in xsi:schemaLocation, and no file name with ".."', () => {
      const zip = unzipSync(readFileSync(packages[version]));
      const named = schemaLocations(strFromU8(zip['imsmanifest.xml']!));
      expect(named.length).toBeGreaterThanOrEqual(3);
      expect(named.filter((name) => !zip[name])).toEqual([]);
      expect(Object.keys(zip).filter((name) => name.includes('..'))).toEqual([]);
    });

    test('reports completion, the exam, interactions and suspend data, and restores them on another device', async ({ browser }) => {
      test.setTimeout(120_000);
      const v12 = version === '1.2';
      const first = await launch(browser, server);
      const { page } = first;
      const frame = course(page);
      // The course opens at its home page, under the package's path.
      await expect(frame.getByRole('link', { name: /从第一课开始/ })).toBeVisible();
      expect((await lmsState(page)).initialized).toBe(1);
      expect(v12 ? (await cmi(page)).core.lesson_status : (await cmi(page)).completion_status).toBe('incomplete');

      // A lesson: opened and marked as studied.
      await frame.getByRole('link', { name: /从第一课开始/ }).click();
      await frame.getByRole('button', { name: '标记为已学完' }).click();
      const lessonUrl = page
        .frames()
        .find((f) => f.url().includes('/lessons/'))!
        .url();
      const lessonId = lessonUrl.split('/lessons/')[1]!.replace(/\/$/, '');
      await expect.poll(async () => (v12 ? (await cmi(page)).core.lesson_location : (await cmi(page)).location)).toBe(lessonId);
      const commitsBefore = (await lmsState(page)).commits;
      expect(commitsBefore).toBeGreaterThan(0);

      // The mock exam, from the course's own navigation.
      await frame.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '模拟考试' }).click();
      // The objective paper: answered from its keys here, scored at once (the skills paper is self-assessed).
      await frame.getByRole('radio', { name: /理论知识/ }).check();
      await frame.getByRole('button', { name: '开始考试' }).click();
      await expect(frame.locator('.questions course-question').first()).toBeVisible();
      const answered = await answerSome(frame);
      expect(answered).toBeGreaterThan(0);
      await frame.getByRole('button', { name: '交卷', exact: true }).click();
      await frame.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click();
      // Case questions are self-assessed before the score is shown.
      const assess = frame.getByRole('button', { name: '完成自评并查看成绩' });
      await expect(assess.or(frame.getByRole('heading', { name: '考试成绩' }))).toBeVisible();
      if (await assess.isVisible()) await assess.click();
      await expect(frame.getByRole('heading', { name: '考试成绩' })).toBeVisible();
      const stored = await course(page)
        .locator('body')
        .evaluate(() => JSON.parse(localStorage.getItem('course-progress')!) as ProgressData);
      const exam = stored.exams[0]!;
      const raw = String(Math.round(exam.score * 100));
      await expect.poll(async () => (v12 ? (await cmi(page)).core.score.raw : (await cmi(page)).score.raw)).toBe(raw);
      expect((await lmsState(page)).commits).toBeGreaterThan(commitsBefore);

      const values = await cmi(page);
      if (v12) {
        expect(values.core.score).toMatchObject({ raw, min: '0', max: '100' });
        // One lesson of many: still incomplete, whatever the exam said.
        expect(values.core.lesson_status).toBe('incomplete');
        expect(values.core.exit).toBe('suspend');
      } else {
        expect(values.score).toMatchObject({ raw, min: '0', max: '100', scaled: String(Math.round(exam.score * 1000) / 1000) });
        expect(values.success_status).toBe(exam.passed ? 'passed' : 'failed');
        expect(values.completion_status).toBe('incomplete');
        expect(values.exit).toBe('suspend');
      }
      // Each answer of the exam is an interaction with its question's id, type and result.
      const interactions = Object.values(values.interactions);
      const exams = Object.entries(stored.attempts).filter(([, list]) => list.some((a) => a.source === 'exam'));
      expect(interactions.length).toBe(exams.length);
      for (const [id, list] of exams) {
        const found = interactions.find((i) => i.id === id);
        expect(found, id).toBeTruthy();
        expect(found!.type).toMatch(/^(choice|true-false|sequencing|matching|fill-in|long-fill-in|performance)$/);
        expect(found!.result).toBe(list.at(-1)!.correct ? 'correct' : v12 ? 'wrong' : 'incorrect');
      }
      expect(values.suspend_data.length).toBeGreaterThan(0);
      expect(values.suspend_data.length).toBeLessThanOrEqual(4096);

      // Leaving: the launch page goes away, the session is committed and finished once.
      await page.evaluate(() => document.getElementById('sco')!.remove());
      await expect.poll(async () => (await lmsState(page)).finished).toBe(1);
      const final = (await lmsState(page)).final!;
      expect(v12 ? final.core.session_time : final.session_time).not.toMatch(/^(00:00:00|PT0H0M0S)$/);
      expect((await lmsState(page)).errors).toEqual([]);
      expect(first.outside).toEqual([]);
      expect(first.violations).toEqual([]);
      await first.context.close();

      // Another device: the LMS hands back location and suspend data; the learner finds the progress again.
      const restore = v12
        ? { core: { lesson_location: final.core.lesson_location, lesson_status: final.core.lesson_status, entry: 'resume' }, suspend_data: final.suspend_data }
        : { location: final.location, suspend_data: final.suspend_data, completion_status: final.completion_status, entry: 'resume' };
      const second = await launch(browser, server, restore);
      const again = course(second.page);
      await expect(again.getByRole('heading', { level: 1 })).toBeVisible();
      expect(second.page.frames().some((f) => f.url().endsWith(`/lessons/${lessonId}/`))).toBe(true);
      await expect(again.locator('.done-status')).toBeVisible();
      const restored = await again.locator('body').evaluate(() => JSON.parse(localStorage.getItem('course-progress')!) as ProgressData);
      expect(restored.lessons[lessonId]!.completedAt).toBe(stored.lessons[lessonId]!.completedAt);
      // Suspend data keeps scores to three decimals.
      const examKeys = (list: { id: string; score: number }[]) => list.map((e) => [e.id, Math.round(e.score * 1000)]);
      expect(examKeys(restored.exams)).toEqual(examKeys(stored.exams));
      // Nothing is sent twice as an interaction; nothing was lost.
      await expect.poll(async () => (v12 ? (await cmi(second.page)).core.score.raw : (await cmi(second.page)).score.raw)).toBe(raw);
      await second.context.close();
    });
  });
}

test('outside an LMS the launch page opens the course as the website', async ({ page }) => {
  test.skip(!existsSync(packages['1.2']), 'run `npm run package:scorm` first');
  const server = await startLmsServer(packages['1.2'], '1.2');
  try {
    await page.goto(`${server.url}${server.packagePath}scorm/index.html`);
    await expect(page).toHaveURL(`${server.url}${server.packagePath}`);
    await page.getByRole('link', { name: /从第一课开始/ }).click();
    await expect(page).toHaveURL(new RegExp(`${server.packagePath}lessons/`));
    // Search under the unknown path: the index and the result links are found relative to the page.
    await page.goto(`${server.url}${server.packagePath}search/?q=光环效应`);
    const first = page.locator('#search-results > li h2 a').first();
    await expect(first).toHaveAttribute('href', new RegExp(`^${server.packagePath}lessons/`));
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A question page loads its question relative to the package too.
    await page.goto(`${server.url}${server.packagePath}practice/random/`);
    await expect(page.locator('course-question').first()).toBeVisible();
  } finally {
    await server.close();
  }
});
