import { join } from 'node:path';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BUDGETS, kb, LAZY_WORKBOOK_BUDGET } from '../../scripts/lib/budgets.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { buildSite, copyFixture, DIST, requireDist } from './build-site.ts';

let fixtureDist = '';

beforeAll(() => {
  // The real course has no lesson without a quiz; the fixture course has one.
  fixtureDist = join(mkdtempSync(join(tmpdir(), 'course-budget-')), 'dist');
  const { code, output } = buildSite({ contentDir: copyFixture(), outDir: fixtureDist });
  if (code !== 0) throw new Error(`the fixture course did not build:\n${output}`);
});

describe.each(BUDGETS)('the $name page', (budget) => {
  const weight = () => pageWeight(budget.fixture ? fixtureDist : requireDist(DIST), budget.page);

  it.each(['js', 'css', 'html'] as const)('stays within its %s budget', (kind) => {
    const bytes = weight()[kind];
    expect(bytes, `${budget.page}: ${kind} is ${kb(bytes)} gzipped, over its budget of ${kb(budget[kind])}`).toBeLessThanOrEqual(budget[kind]);
  });
});

describe.each(BUDGETS.filter((b) => b.scripts !== undefined))('the $name page', (budget) => {
  it('loads no more script files than its budget', () => {
    const { scripts } = pageWeight(budget.fixture ? fixtureDist : requireDist(DIST), budget.page);
    expect(scripts.length, `${budget.page} loads ${scripts.length} script files, over its budget of ${budget.scripts}:\n${scripts.join('\n')}`).toBeLessThanOrEqual(
      budget.scripts!,
    );
  });
});

describe('a lesson page without a quiz', () => {
  it('loads no quiz script', () => {
    expect(pageWeight(fixtureDist, 'lessons/basics/second/index.html').scripts.join(' ')).not.toMatch(/Question/);
  });
});

describe('the team report', () => {
  it('loads the workbook library only on export, and keeps it within its budget', () => {
    const dist = requireDist(DIST);
    const weight = pageWeight(dist, 'team/index.html');
    expect(weight.scripts.join(' ')).not.toMatch(/team-workbook/);
    const files = readdirSync(join(dist, '_astro'));
    const chunk = files.find((file) => /^team-workbook\..*\.js$/.test(file));
    const library = files.find((file) => /^exceljs\..*\.js$/.test(file));
    expect(chunk, 'the lazily loaded workbook chunk').toBeDefined();
    expect(library, 'the workbook library, copied as it is').toBeDefined();
    expect(readFileSync(join(dist, '_astro', chunk!), 'utf8'), 'the chunk loads the library by its address').toContain(library);
    const bytes = [chunk!, library!].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, '_astro', file)), { level: 9 }).length, 0);
    expect(bytes, `the workbook library is ${kb(bytes)} gzipped, over its budget of ${kb(LAZY_WORKBOOK_BUDGET)}`).toBeLessThanOrEqual(LAZY_WORKBOOK_BUDGET);
  });
});

describe('the budgets themselves', () => {
  const budget = (name: string) => BUDGETS.find((b) => b.name === name)!;

  it('keep a lesson with a quiz within 8 KB of JavaScript in at most 8 files, and the progress page within 20 KB', () => {
    expect(budget('lesson with quiz').js).toBe(8 * 1024);
    expect(budget('lesson with quiz').scripts).toBe(8);
    expect(budget('progress').js).toBe(20 * 1024);
  });
});
