import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../src/schemas/lesson.ts';
import { closest, describeIssue as describe_, formatIssueText, formatProblem, say, sortProblems, type Issue } from '../../src/lib/content-messages.ts';
import { readYaml } from '../../src/lib/yaml-source.ts';
import { contentErrorPage } from '../../src/lib/content-error-page.ts';
import { without } from './without.ts';

/** An issue as the trainer reads it: the field with its Chinese name, and the message. */
const describeIssue = (issue: Issue, raw?: unknown) => {
  const described = describe_(issue, raw);
  const field = formatIssueText({ field: described.field, code: 'schema.message', values: { text: '' } }).replace(/^字段 |：$/g, '');
  return { field: described.field ? field : undefined, message: say(described.code, described.values) };
};
const lesson = { title: '第一课', description: '一句话。', module: 'basics', order: 1, objectives: ['能完成。'], minutes: 5 };
const issuesOf = (data: unknown) => {
  const result = LessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, data));
};

describe('describeIssue', () => {
  it('says a missing field is missing and how to add it, once', () => {
    const rest = without(lesson, 'title');
    expect(issuesOf(rest)).toEqual([{ field: 'title（标题）', message: '缺少这一项。请加上一行“title: …”' }]);
  });

  it('says what a field should be and what was written', () => {
    expect(issuesOf({ ...lesson, minutes: '五分钟' })).toEqual([{ field: 'minutes（学习分钟数）', message: '应该是一个数字，现在写的是 “五分钟”' }]);
  });

  it('names a misspelt field and says to check it', () => {
    expect(issuesOf({ ...lesson, titel: '第一课' })).toEqual([{ field: undefined, message: '不认识的字段 titel。请检查拼写，或删掉这一行' }]);
  });

  it('says a list needs more items', () => {
    expect(issuesOf({ ...lesson, objectives: [] })).toEqual([{ field: 'objectives（学习目标）', message: '至少要有 1 项' }]);
  });

  it('words a message the schema names by its code, with the values the issue carries', () => {
    expect(describeIssue({ path: ['id'], message: 'schema.term.id', code: 'invalid_format' }).message).toBe('编号只能用小写英文字母、数字和单个连字符“-”，例如 halo-effect');
    const coded = { path: ['sections', 0, 'count'], message: 'exam.schema.count', code: 'custom', params: { code: 'exam.schema.count', values: { count: 2.5 } } };
    expect(describeIssue(coded)).toEqual({ field: 'sections[0].count（题数）', message: 'count 是要抽的题数，应该是正整数（例如 4），现在是 2.5' });
  });

  it('speaks no English for any issue of the lesson schema', () => {
    const all = issuesOf({ title: '', description: 3, module: '', order: -1, objectives: 'x', minutes: 999, keywords: [''], extra: 1 });
    expect(all.length).toBeGreaterThan(5);
    for (const { message } of all) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('formatProblem', () => {
  it('names the file, the line, the item and the field, then the message', () => {
    expect(formatProblem({ file: 'content/questions/a/b.yaml', line: 12, item: { kind: 'question', id: 'q1' }, field: ['stem'], code: 'schema.empty' })).toBe(
      'content/questions/a/b.yaml 第 12 行：题目 q1，字段 stem（题干）：不能为空，请写上内容',
    );
  });

  it('leaves out what is not known', () => {
    expect(formatProblem({ file: 'content/exam.yaml', code: 'schema.message', values: { text: '有问题' } })).toBe('content/exam.yaml：有问题');
  });

  it('reports each problem once, grouped by file in line order, from the data and not from the text', () => {
    const p = (file: string, line?: number) => ({ file, line, code: 'schema.empty' as const });
    expect(sortProblems([p('b.yaml', 20), p('a.mdx', 12), p('b.yaml', 3), p('a.mdx', 12), p('a.mdx')]).map(formatProblem)).toEqual([
      'a.mdx：不能为空，请写上内容',
      'a.mdx 第 12 行：不能为空，请写上内容',
      'b.yaml 第 3 行：不能为空，请写上内容',
      'b.yaml 第 20 行：不能为空，请写上内容',
    ]);
  });
});

describe('closest', () => {
  it.each([
    ['Sayinstead', 'SayInstead'],
    ['SayInsted', 'SayInstead'],
    ['callout', 'Callout'],
    ['Qiuz', 'Quiz'],
    ['NoSuchWidget', undefined],
  ])('suggests for %s: %s', (name, expected) => {
    expect(closest(name, ['Callout', 'SayInstead', 'LessonLink', 'Term', 'Quiz', 'Question'])).toBe(expected);
  });
});

describe('readYaml', () => {
  it('finds the line of a nested value, of a key, and of the item a missing field belongs to', () => {
    const yaml = readYaml('- id: q1\n  type: single\n  options:\n    - { text: 甲 }\n    - { text: 乙 }\n', 1);
    expect(yaml.lineOf([0, 'options', 1])).toBe(5);
    expect(yaml.lineOf([0], 'type')).toBe(2);
    expect(yaml.lineOf([0, 'explanation'])).toBe(1);
  });

  it('counts from the line the text starts on', () => {
    expect(readYaml('\ntitle: x\nminutes: 5\n', 1).lineOf([], 'minutes')).toBe(3);
  });

  it('explains invalid YAML in Chinese with its line', () => {
    const { error } = readYaml('- id: q1\n  stem: [未闭合\n');
    expect(say(error!.code)).toMatch(/^YAML 写法有误。括号/);
    expect(error?.line).toBeGreaterThan(1);
  });
});

describe('contentErrorPage', () => {
  it('lists every problem as text, never as HTML', () => {
    const page = contentErrorPage(['a.mdx：<script>alert(1)</script>', 'b.yaml：缺少 title'], { url: '/__course/content-status', version: 3 });
    expect(page).toContain('课程内容有 2 个问题');
    expect(page).toContain('<li>a.mdx：&lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('const url = "/__course/content-status";');
    expect(page).toContain('now.version !== 3');
    expect(page).toContain('lang="zh-CN"');
  });
});
