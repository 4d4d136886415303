import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCourse } from '../../src/utils/course-check.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';
import { parseQuestionFile } from '../../src/lib/question-bank.ts';

// The YAML mistakes a trainer makes, each in a small broken question file (test/fixtures/yaml-mistakes/)
// put in place of the mini course's question file, with the exact message the trainer reads.

const FIXTURES = join(import.meta.dirname, '../fixtures');
let dir = '';

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** The problems of the mini course with `fixture` as its question file, as the trainer reads them. */
async function problemsWith(fixture: string): Promise<string[]> {
  dir = mkdtempSync(join(tmpdir(), 'course-yaml-'));
  cpSync(join(FIXTURES, 'mini-course'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'yaml-mistakes', fixture), join(dir, 'questions/basics/first.yaml'));
  // Another lesson embeds questions of that file, as real lessons do.
  appendFileSync(join(dir, 'lessons/basics/second.mdx'), '\n<Question id="t-single" />\n\n<Quiz ids={["t-multiple", "t-case"]} />\n');
  const { problems } = await checkCourse(dir);
  return problems.map(formatProblem).map((p) => p.replaceAll(`${dir}/`, ''));
}

describe('a question file with a YAML mistake', () => {
  it('gives one problem for a mis-indented line, in Chinese, at that line, and nothing about the questions other files embed', async () => {
    expect(await problemsWith('mis-indented.yaml')).toMatchInlineSnapshot(`
      [
        "questions/basics/first.yaml 第 52 行：YAML 写法有误。缩进不对：这一行要和同一层的其他行对齐（用空格，不要用 Tab）",
      ]
    `);
  });

  it('names both lines of an id used twice in one file', async () => {
    expect(await problemsWith('duplicate-id.yaml')).toMatchInlineSnapshot(`
      [
        "编号 t-multiple 用了 2 次：questions/basics/first.yaml 第 8 行、questions/basics/first.yaml 第 32 行。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）",
      ]
    `);
  });

  it('reads 对/错 and the other words of the workbook as a true/false answer, and names a word that is neither', () => {
    const file = 'content/questions/basics/first.yaml';
    const { items, errors } = parseQuestionFile(file, readFileSync(join(FIXTURES, 'yaml-mistakes/answer-words.yaml'), 'utf8'), 'basics/first');
    expect(items.map((q) => [q.id, q.type === 'truefalse' && q.answer])).toEqual([
      ['tf-dui', true],
      ['tf-cuo', false],
      ['tf-zhengque', true],
      ['tf-cha', false],
    ]);
    expect(errors.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/basics/first.yaml 第 24 行：题目 tf-maybe，字段 answer（答案）：判断题的答案写“对”或“错”（也可以写 true 或 false），现在写的是 “也许”",
      ]
    `);
  });
});
