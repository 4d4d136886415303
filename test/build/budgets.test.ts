import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, kb } from '../../scripts/lib/budgets.ts';
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

describe('a lesson page without a quiz', () => {
  it('loads no quiz script', () => {
    expect(pageWeight(fixtureDist, 'lessons/basics/second/index.html').scripts.join(' ')).not.toMatch(/Question/);
  });
});

describe('the budgets themselves', () => {
  const budget = (name: string) => BUDGETS.find((b) => b.name === name)!;

  it('keep a lesson with a quiz within 14 KB of JavaScript and the progress page within 20 KB', () => {
    expect(budget('lesson with quiz').js).toBe(14 * 1024);
    expect(budget('progress').js).toBe(20 * 1024);
  });
});
