import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ExamBlueprintSchema } from '../../src/schemas/exam.ts';
import { formatIssue } from '../../src/lib/yaml-list.ts';

const valid = { title: '模拟考试', sections: [{ module: 'complaints', types: ['single', 'truefalse'], count: 4, label: '投诉处理' }] };
const messagesOf = (input: unknown) => {
  const result = ExamBlueprintSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(formatIssue);
};
const withSection = (section: object) => ({ ...valid, sections: [{ ...valid.sections[0], ...section }] });

describe('ExamBlueprintSchema', () => {
  it('fills in 90 minutes and a pass mark of 0.8 by default', () => {
    const blueprint = ExamBlueprintSchema.parse(valid);
    expect(blueprint.minutes).toBe(90);
    expect(blueprint.passMark).toBe(0.8);
  });

  it('accepts a section without a module (any module) or label', () => {
    expect(messagesOf({ ...valid, sections: [{ types: ['case'], count: 3 }] })).toEqual([]);
  });

  it.each([
    { name: 'an unknown question type', input: withSection({ types: ['single', 'essay'] }), field: 'sections[0].types[1]', says: '没有“essay”这种题型，请写 single、multiple' },
    { name: 'no question type', input: withSection({ types: [] }), field: 'sections[0].types', says: '至少写一种题型' },
    { name: 'a count of 0', input: withSection({ count: 0 }), field: 'sections[0].count', says: '应该是正整数' },
    { name: 'a fractional count', input: withSection({ count: 2.5 }), field: 'sections[0].count', says: '应该是正整数' },
    { name: 'a module name in Chinese', input: withSection({ module: '投诉处理' }), field: 'sections[0].module', says: '写模块编号' },
    { name: 'a pass mark written as a percentage', input: { ...valid, passMark: 80 }, field: 'passMark', says: '0.8 表示 80%' },
    { name: 'a pass mark of 0', input: { ...valid, passMark: 0 }, field: 'passMark', says: '大于 0' },
    { name: 'negative minutes', input: { ...valid, minutes: -10 }, field: 'minutes', says: '大于 0' },
    { name: 'no sections', input: { ...valid, sections: [] }, field: 'sections', says: '至少要有一个部分' },
    { name: 'a misspelt key', input: withSection({ cuont: 3 }), field: 'sections[0]', says: 'cuont' },
  ])('names the field for $name', ({ input, field, says }) => {
    const messages = messagesOf(input);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`字段 ${field}`);
    expect(messages[0]).toContain(says);
  });

  it('reports problems in several sections at once', () => {
    const messages = messagesOf({ title: '', sections: [{ types: ['essay'], count: 1 }, { types: ['single'], count: 0 }] });
    expect(messages.map((m) => m.split('：')[0])).toEqual(['字段 title（标题）', '字段 sections[0].types[0]（题型）', '字段 sections[1].count（题数）']);
  });

  it('validates content/exam.yaml', () => {
    const blueprint = ExamBlueprintSchema.parse(parse(readFileSync(new URL('../../content/exam.yaml', import.meta.url), 'utf8')));
    expect(blueprint.passMark).toBe(0.8);
  });
});
