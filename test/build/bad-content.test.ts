import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from './build-site.ts';

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

interface Case {
  name: string;
  breakIt(dir: string): void;
  /** What the message must name: the file, then the field, question or problem. */
  expected: (string | RegExp)[];
}

const cases: Case[] = [
  { name: 'an MDX syntax error', breakIt: (d) => appendFileSync(join(d, LESSON), '\n<Callout kind="tip">没有结束标签\n'), expected: ['first.mdx', /Callout|closing tag|end tag/i] },
  { name: 'an unknown component in MDX', breakIt: (d) => appendFileSync(join(d, LESSON), '\n<NoSuchWidget />\n'), expected: ['NoSuchWidget', /basics\/first/] },
  { name: 'frontmatter of the wrong type', breakIt: (d) => edit(d, LESSON, 'minutes: 5', 'minutes: 五分钟'), expected: ['first.mdx', 'minutes'] },
  { name: 'a missing title', breakIt: (d) => edit(d, SECOND, 'title: 第二课\n', ''), expected: ['second.mdx', 'title'] },
  { name: 'a lesson in a module that does not exist', breakIt: (d) => edit(d, SECOND, 'module: basics', 'module: no-such-module'), expected: ['second.mdx', 'field "module"', 'no-such-module'] },
  { name: 'two lessons in the same place', breakIt: (d) => edit(d, SECOND, 'order: 2', 'order: 1'), expected: ['first.mdx', 'second.mdx', 'field "order"'] },
  { name: 'an image without alt text', breakIt: (d) => appendFileSync(join(d, SECOND), '\n![](/favicon.svg)\n'), expected: ['second.mdx', '/favicon.svg', 'no alt text'] },
  { name: 'a link to a heading that does not exist', breakIt: (d) => edit(d, LESSON, 'basics/second#第二节', 'basics/second#没有这一节'), expected: ['first.mdx', 'basics/second#没有这一节', 'no heading'] },
  { name: 'a question file that is not valid YAML', breakIt: (d) => appendFileSync(join(d, QUESTIONS), '\n- id: broken\n  stem: [未闭合\n'), expected: ['questions/basics/first.yaml', 'not valid YAML'] },
  { name: 'a single-choice question with two right options', breakIt: (d) => edit(d, QUESTIONS, '{ text: 错误选项,', '{ text: 错误选项, correct: true,'), expected: ['questions/basics/first.yaml', 'question "t-single"', 'exactly one option'] },
  { name: 'a question of an unknown type', breakIt: (d) => edit(d, QUESTIONS, 'type: truefalse', 'type: essay'), expected: ['question "t-truefalse"', 'unknown type "essay"'] },
  { name: 'a duplicate question id', breakIt: (d) => edit(d, QUESTIONS, 'id: t-multiple', 'id: t-single'), expected: ['duplicate id "t-single"', 'questions/basics/first.yaml'] },
  { name: 'a lesson embedding a question that does not exist', breakIt: (d) => appendFileSync(join(d, SECOND), '\n<Question id="no-such-question" />\n'), expected: ['second.mdx', 'no-such-question'] },
];

describe.each(cases)('a course with $name', ({ breakIt, expected }) => {
  it('fails to build with a message naming the file and the problem, and produces no site', () => {
    const dir = copyFixture();
    breakIt(dir);
    const outDir = join(dir, 'dist');
    const { code, output } = buildSite({ contentDir: dir, outDir });
    expect(code, output).not.toBe(0);
    for (const part of expected) expect(output).toMatch(part);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('the unbroken fixture course', () => {
  it('builds, so each failure above comes from its one broken input', () => {
    const dir = copyFixture();
    const { code, output } = buildSite({ contentDir: dir, outDir: join(dir, 'dist') });
    expect(code, output).toBe(0);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
  });
});
