import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questionYaml, updateQuestionFile } from '../../src/lib/question-yaml.ts';
import type { RawQuestion } from '../../src/question-types/definitions.ts';

const FILE = `# 第六课的题目
- id: a-01
  type: truefalse
  stem: 旧的题干。
  answer: true
  explanation: 说明。
  source: "002"

- id: a-02
  type: single
  stem: 哪个？
  options:
    - { text: 甲, correct: true, feedback: 对。 }
    - { text: 乙 }
  explanation: 说明。
`;

describe('questionYaml', () => {
  it('writes a question as the bank does: block lists of options, short word lists inline, source quoted', () => {
    const text = questionYaml({ id: 'x-01', type: 'fill', tags: ['简答'], stem: '___', blanks: [['供方', '提供方']], explanation: '说明。', source: '004' });
    expect(text).toBe('- id: x-01\n  type: fill\n  tags: [简答]\n  stem: ___\n  blanks:\n    - [供方, 提供方]\n  explanation: 说明。\n  source: "004"');
  });

  it('never folds long Chinese lines', () => {
    const stem = '很长的题干'.repeat(40);
    expect(questionYaml({ id: 'x-01', type: 'truefalse', stem, answer: true, explanation: '是。' })).toContain(`  stem: ${stem}\n`);
  });
});

describe('updateQuestionFile', () => {
  it('replaces a changed question in place and leaves the others, comments included, byte for byte', () => {
    const out = updateQuestionFile(FILE, [{ id: 'a-01', type: 'truefalse', stem: '新的题干。', answer: false, explanation: '说明。', source: '002' }]);
    expect(out).toBe(FILE.replace('旧的题干。', '新的题干。').replace('answer: true', 'answer: false'));
  });

  it('leaves a file untouched when the questions equal what it holds', () => {
    const same = parse(FILE) as RawQuestion[];
    expect(updateQuestionFile(FILE, same)).toBe(FILE);
  });

  it('adds new questions at the end after a blank line, and creates a new file', () => {
    const q = { id: 'a-03', type: 'truefalse' as const, stem: '新题。', answer: true, explanation: '是。' };
    expect(updateQuestionFile(FILE, [q])).toBe(`${FILE}\n- id: a-03\n  type: truefalse\n  stem: 新题。\n  answer: true\n  explanation: 是。\n`);
    expect(updateQuestionFile(null, [q])).toBe('- id: a-03\n  type: truefalse\n  stem: 新题。\n  answer: true\n  explanation: 是。\n');
  });

  it('takes out questions moved to another lesson', () => {
    const out = updateQuestionFile(FILE, [], ['a-01']);
    expect((parse(out) as { id: string }[]).map((q) => q.id)).toEqual(['a-02']);
    expect(out.startsWith('# 第六课的题目\n- id: a-02')).toBe(true);
  });
});
