import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, ROOT } from './build-site.ts';

const LESSON = 'lessons/basics/first.mdx';
const SECOND = 'lessons/basics/second.mdx';
const QUESTIONS = 'questions/basics/first.yaml';

/** Replaces `from` by `to` in a file of the fixture copy; fails if `from` is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture ${file} has no ${from}`);
  writeFileSync(path, changed);
}

/** `npm run check:content -- <dir>`: exit code and output. */
function checkContent(dir: string) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/check-content.ts', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The problems a report lists: its "- …" lines after the "✗ 内容有 N 个问题" heading. */
function problemsIn(output: string): string[] {
  const start = output.indexOf('✗ 内容有');
  if (start < 0) return [];
  return output
    .slice(start)
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}

interface Case {
  name: string;
  breakIt: (dir: string) => void;
  /** What the message must name: the file, then the field, question or problem. */
  expected: (string | RegExp)[];
  /** How many problems the trainer reads (one per problem: no follow-on messages). */
  count?: number;
}

const cases: Case[] = [
  {
    name: 'an MDX syntax error',
    breakIt: (d) => appendFileSync(join(d, LESSON), '\n<Callout kind="tip">没有结束标签\n'),
    expected: ['first.mdx', /第 \d+ 行/, '</Callout>'],
    count: 1,
  },
  {
    name: 'an unknown component in MDX',
    breakIt: (d) => appendFileSync(join(d, LESSON), '\n<NoSuchWidget />\n'),
    expected: ['NoSuchWidget', /basics\/first\.mdx 第 \d+ 行/],
    count: 1,
  },
  {
    name: 'a misspelt component',
    breakIt: (d) => appendFileSync(join(d, SECOND), '\n<Sayinstead dont="不知道。" say="我帮您查一下。" />\n'),
    expected: ['second.mdx', '<Sayinstead>', '你是不是想写 `SayInstead`？'],
    count: 1,
  },
  { name: 'frontmatter of the wrong type', breakIt: (d) => edit(d, LESSON, 'minutes: 5', 'minutes: 五分钟'), expected: ['first.mdx 第 7 行', '字段 minutes', '五分钟'], count: 1 },
  {
    name: 'frontmatter that is not valid YAML',
    breakIt: (d) => edit(d, SECOND, 'objectives: [能找到第二节。]', 'objectives: [能找到第二节。'),
    expected: ['second.mdx 第 7 行', 'frontmatter', '没有配对'],
    count: 1,
  },
  { name: 'a missing title', breakIt: (d) => edit(d, SECOND, 'title: 第二课\n', ''), expected: ['second.mdx', '字段 title', '缺少'], count: 1 },
  {
    name: 'a lesson in a module that does not exist',
    breakIt: (d) => edit(d, SECOND, 'module: basics', 'module: no-such-module'),
    expected: ['second.mdx 第 4 行', '字段 module', 'no-such-module'],
    count: 1,
  },
  { name: 'two lessons in the same place', breakIt: (d) => edit(d, SECOND, 'order: 2', 'order: 1'), expected: ['first.mdx', 'second.mdx', '字段 order'], count: 1 },
  {
    name: 'an image without alt text',
    breakIt: (d) => appendFileSync(join(d, SECOND), '\n![](/favicon.svg)\n'),
    expected: ['second.mdx', '/favicon.svg', '没有替代文字'],
    count: 1,
  },
  {
    name: 'a link to a heading that does not exist',
    breakIt: (d) => edit(d, LESSON, 'basics/second#第二节', 'basics/second#没有这一节'),
    expected: ['first.mdx 第 12 行', 'basics/second#没有这一节', '没有锚点'],
    count: 1,
  },
  {
    name: 'a question file that is not valid YAML',
    breakIt: (d) => appendFileSync(join(d, QUESTIONS), '\n- id: broken\n  stem: [未闭合\n'),
    expected: ['questions/basics/first.yaml', 'YAML 写法有误'],
    count: 1,
  },
  {
    name: 'a mis-indented line in a question file that lessons embed questions of',
    breakIt: (d) => {
      cpSync(join(ROOT, 'test/fixtures/yaml-mistakes/mis-indented.yaml'), join(d, QUESTIONS));
      appendFileSync(join(d, SECOND), '\n<Question id="t-single" />\n');
    },
    expected: ['questions/basics/first.yaml 第 52 行', '缩进不对'],
    count: 1,
  },
  {
    name: 'a single-choice question with two right options',
    breakIt: (d) => edit(d, QUESTIONS, '{ text: 错误选项,', '{ text: 错误选项, correct: true,'),
    expected: ['questions/basics/first.yaml 第 5 行', '题目 t-single', '恰好有一个选项'],
    count: 1,
  },
  { name: 'a question of an unknown type', breakIt: (d) => edit(d, QUESTIONS, 'type: truefalse', 'type: essay'), expected: ['题目 t-truefalse', '没有“essay”这种题型'], count: 1 },
  {
    name: 'a duplicate question id',
    breakIt: (d) => edit(d, QUESTIONS, 'id: t-multiple', 'id: t-single'),
    expected: ['编号 t-single 用了 2 次', 'questions/basics/first.yaml'],
    count: 1,
  },
  {
    name: 'a lesson embedding a question that does not exist',
    breakIt: (d) => appendFileSync(join(d, SECOND), '\n<Question id="no-such-question" />\n'),
    expected: ['second.mdx', 'no-such-question'],
    count: 1,
  },
  {
    name: 'a broken lesson that a question file, a glossary term and another lesson refer to',
    breakIt: (d) => edit(d, LESSON, 'title: 第一课\n', ''),
    expected: ['first.mdx', '字段 title'],
    count: 1,
  },
];

describe.each(cases)('a course with $name', ({ breakIt, expected, count }) => {
  it('fails the content check and the build with the same messages, each once, naming the file and the problem, and produces no site', () => {
    const dir = copyFixture();
    breakIt(dir);
    const check = checkContent(dir);
    const outDir = join(dir, 'dist');
    const build = buildSite({ contentDir: dir, outDir });

    expect(check.code, check.output).toBe(1);
    expect(build.code, build.output).not.toBe(0);
    const problems = problemsIn(check.output);
    // The check and the build agree, problem for problem.
    expect(problemsIn(build.output)).toEqual(problems);
    if (count !== undefined) expect(problems, check.output).toHaveLength(count);
    expect(new Set(problems).size).toBe(problems.length);
    for (const part of expected) expect(problems.join('\n')).toMatch(part);
    // Plain words first: the report comes before any error, with no stack trace and no English error dump.
    // (The check runs while Astro reads the content, so Astro's progress lines may come first, and Astro may
    // say it is waiting for the check when the machine is busy; nothing else comes first.)
    const before = build.output
      .slice(0, build.output.indexOf('✗ 内容有'))
      .split('\n')
      .filter(
        (line) =>
          line.trim() &&
          !/Waiting for integration "course:content-check"/.test(line) &&
          !/^\d\d:\d\d:\d\d \[(content|types|vite)\] (Syncing content|Synced content|Generated \d|Re-optimizing dependencies)/.test(line),
      );
    expect(before, build.output).toEqual([]);
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('the unbroken fixture course', () => {
  it('passes the content check and builds, so each failure above comes from its one broken input', () => {
    const dir = copyFixture();
    const check = checkContent(dir);
    expect(check.code, check.output).toBe(0);
    const { code, output } = buildSite({ contentDir: dir, outDir: join(dir, 'dist') });
    expect(code, output).toBe(0);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    // A clean build is a quiet one.
    expect(output).not.toMatch(/\[WARN\]|warning/i);
  });
});
