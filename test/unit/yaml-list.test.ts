import { describe, expect, it } from 'vitest';
import { findDuplicateIds, formatIssue, formatPath, itemLabel, parseYamlList } from '../../src/lib/yaml-list.ts';

describe('findDuplicateIds', () => {
  it('returns nothing when every id is used once', () => {
    expect(findDuplicateIds([{ file: 'a.yaml', id: 'q1' }, { file: 'b.yaml', id: 'q2' }])).toEqual([]);
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
        "duplicate id "service-mindset-01" in content/questions/service-awareness/service-mindset.yaml and content/questions/communication/listening.yaml",
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
        "duplicate id "service-mindset-01" in content/questions/service-awareness/service-mindset.yaml and content/questions/service-awareness/service-mindset.yaml",
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
    ).toEqual(['duplicate id "x" in a.yaml and b.yaml and c.yaml', 'duplicate id "y" in a.yaml and c.yaml']);
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
    expect(formatIssue({ path: ['options', 0, 'text'], message: 'Too small' })).toBe('field "options[0].text": Too small');
  });

  it('returns the bare message for an issue of the whole item', () => {
    expect(formatIssue({ path: [], message: 'Unrecognized key: "hint"', code: 'unrecognized_keys', keys: ['hint'] })).toBe('Unrecognized key: "hint"');
  });

  it('adds the quoting hint only when an unknown key is Chinese text', () => {
    const chinese = formatIssue({ path: ['options', 0], message: 'Unrecognized key: "我马上查"', code: 'unrecognized_keys', keys: ['我马上查'] });
    expect(chinese).toContain('put the whole text in quotes, or use a Chinese comma "，"');
    const english = formatIssue({ path: ['options', 0], message: 'Unrecognized key: "corect"', code: 'unrecognized_keys', keys: ['corect'] });
    expect(english).toBe('field "options[0]": Unrecognized key: "corect"');
  });
});

describe('parseYamlList', () => {
  it('returns the list of a YAML sequence', () => {
    expect(parseYamlList('f.yaml', '- a\n- b\n', 'terms')).toEqual({ list: ['a', 'b'] });
  });

  it.each([
    ['an empty file', ''],
    ['a file with only comments', '# nothing yet\n'],
  ])('returns an empty list for %s', (_name, source) => {
    expect(parseYamlList('f.yaml', source, 'terms')).toEqual({ list: [] });
  });

  it('rejects a mapping, saying what the list holds', () => {
    expect(parseYamlList('content/glossary/communication.yaml', 'id: x\nterm: 光环效应\n', 'terms').error).toMatchInlineSnapshot(`"content/glossary/communication.yaml: expected a list of terms (each starting with "- id: ...")"`);
  });

  it('rejects invalid YAML, naming the file and the line', () => {
    expect(parseYamlList('content/glossary/communication.yaml', '- { id: x, term: 光环效应\n', 'terms').error).toMatchInlineSnapshot(`"content/glossary/communication.yaml: not valid YAML: Flow map in block collection must be sufficiently indented and end with a } at line 2, column 1:"`);
  });
});

describe('itemLabel', () => {
  it.each<[unknown, string]>([
    [{ id: 'q1' }, 'question "q1"'],
    [{ id: 7 }, 'question #3'],
    [{}, 'question #3'],
    [null, 'question #3'],
    ['text', 'question #3'],
  ])('returns a label for %j', (raw, expected) => {
    expect(itemLabel(raw, 2, 'question')).toBe(expected);
  });
});
