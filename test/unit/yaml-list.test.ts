import { describe, expect, it } from 'vitest';
import { findDuplicateIds as findDuplicates, formatPath, itemRef, parseYamlList as parseList } from '../../src/lib/yaml-list.ts';
import { describeIssue, formatIssueText, formatProblem, type Issue } from '../../src/lib/content-messages.ts';

/** The problems as the trainer reads them. */
const findDuplicateIds = (...args: Parameters<typeof findDuplicates>) => findDuplicates(...args).map(formatProblem);
const formatIssue = (issue: Issue) => formatIssueText(describeIssue(issue));
const parseYamlList = (...args: Parameters<typeof parseList>) => {
  const result = parseList(...args);
  return { ...result, error: result.error && formatProblem(result.error) };
};

describe('findDuplicateIds', () => {
  it('returns nothing when every id is used once', () => {
    expect(
      findDuplicateIds([
        { file: 'a.yaml', id: 'q1' },
        { file: 'b.yaml', id: 'q2' },
      ]),
    ).toEqual([]);
  });

  it('reports an id used in two files, naming both files', () => {
    expect(
      findDuplicateIds([
        { file: 'content/questions/service-awareness/service-mindset.yaml', id: 'service-mindset-01' },
        { file: 'content/questions/service-awareness/why-service-matters.yaml', id: 'why-01' },
        { file: 'content/questions/communication/listening.yaml', id: 'service-mindset-01' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "编号 service-mindset-01 用了 2 次：content/questions/service-awareness/service-mindset.yaml、content/questions/communication/listening.yaml。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）",
      ]
    `);
  });

  it('reports an id used twice in the same file', () => {
    expect(
      findDuplicateIds([
        { file: 'content/questions/service-awareness/service-mindset.yaml', id: 'service-mindset-01' },
        { file: 'content/questions/service-awareness/service-mindset.yaml', id: 'service-mindset-01' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "编号 service-mindset-01 用了 2 次：content/questions/service-awareness/service-mindset.yaml、content/questions/service-awareness/service-mindset.yaml。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）",
      ]
    `);
  });

  it('reports each duplicated id once, with every file that uses it', () => {
    expect(
      findDuplicateIds([
        { file: 'a.yaml', id: 'x' },
        { file: 'b.yaml', id: 'x' },
        { file: 'c.yaml', id: 'x' },
        { file: 'a.yaml', id: 'y' },
        { file: 'c.yaml', id: 'y' },
      ]),
    ).toEqual([
      '编号 x 用了 3 次：a.yaml、b.yaml、c.yaml。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）',
      '编号 y 用了 2 次：a.yaml、c.yaml。编号在整个课程里不能重复，请改掉其中一个（已经发布的不要改）',
    ]);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['stem'], 'stem'],
    [['options', 1], 'options[1]'],
    [['options', 1, 'correct'], 'options[1].correct'],
    [['turns', 0, 'replies', 2, 'feedback'], 'turns[0].replies[2].feedback'],
    [['blanks', 0, 1], 'blanks[0][1]'],
  ])('returns the path %j as %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatIssue', () => {
  it('returns the message after the field it concerns', () => {
    expect(formatIssue({ path: ['options', 0, 'text'], message: 'Too small', code: 'too_small', origin: 'string', minimum: 1 })).toBe(
      '字段 options[0].text（文字）：不能为空，请写上内容',
    );
  });

  it('returns the bare message for an issue of the whole item', () => {
    expect(formatIssue({ path: [], message: 'Unrecognized key: "hint"', code: 'unrecognized_keys', keys: ['hint'] })).toBe('不认识的字段 hint。请检查拼写，或删掉这一行');
  });

  it('adds the quoting hint only when an unknown key is Chinese text', () => {
    const chinese = formatIssue({ path: ['options', 0], message: 'Unrecognized key: "我马上查"', code: 'unrecognized_keys', keys: ['我马上查'] });
    expect(chinese).toContain('请把整段文字放进引号，或改用中文逗号“，”');
    const english = formatIssue({ path: ['options', 0], message: 'Unrecognized key: "corect"', code: 'unrecognized_keys', keys: ['corect'] });
    expect(english).toBe('字段 options[0]（选项）：不认识的字段 corect。请检查拼写，或删掉这一行');
  });
});

describe('parseYamlList', () => {
  it('returns the list of a YAML sequence', () => {
    expect(parseYamlList('f.yaml', '- a\n- b\n', 'term')).toMatchObject({ list: ['a', 'b'] });
  });

  it.each([
    ['an empty file', ''],
    ['a file with only comments', '# nothing yet\n'],
  ])('returns an empty list for %s', (_name, source) => {
    expect(parseYamlList('f.yaml', source, 'term')).toMatchObject({ list: [] });
    expect(parseYamlList('f.yaml', source, 'term').error).toBeUndefined();
  });

  it('rejects a mapping, saying what the list holds', () => {
    expect(parseYamlList('content/glossary/communication.yaml', 'id: x\nterm: 光环效应\n', 'term').error).toMatchInlineSnapshot(
      `"content/glossary/communication.yaml 第 1 行：这个文件应该是术语的列表：每一项以“- id: …”开头"`,
    );
  });

  it('rejects invalid YAML, naming the file and the line', () => {
    expect(parseYamlList('content/glossary/communication.yaml', '- { id: x, term: 光环效应\n', 'term').error).toMatchInlineSnapshot(
      `"content/glossary/communication.yaml 第 2 行：YAML 写法有误。括号 { } 或 [ ] 没有配对：检查是否少写了“}”或“]”"`,
    );
  });
});

describe('itemRef', () => {
  it.each<[unknown, string]>([
    [{ id: 'q1' }, '题目 q1'],
    [{ id: 7 }, '第 3 个题目'],
    [{}, '第 3 个题目'],
    [null, '第 3 个题目'],
    ['text', '第 3 个题目'],
  ])('returns a label for %j', (raw, expected) => {
    expect(formatProblem({ file: 'f.yaml', item: itemRef(raw, 2, 'question'), code: 'schema.empty' })).toBe(`f.yaml：${expected}：不能为空，请写上内容`);
  });
});
