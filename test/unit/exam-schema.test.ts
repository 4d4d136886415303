import { describe, expect, it } from 'vitest';
import { ExamBlueprintSchema } from '../../src/schemas/exam.ts';
import { describeIssue, formatIssueText } from '../../src/lib/content-messages.ts';

const paper = { id: 'mock', title: '模拟卷', sections: [{ module: 'complaints', types: ['single', 'truefalse'], count: 4, label: '投诉处理' }] };
const valid = { title: '模拟考试', papers: [paper] };
const messagesOf = (input: unknown) => {
  const result = ExamBlueprintSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => formatIssueText(describeIssue(issue)));
};
const withPaper = (fields: object) => ({ ...valid, papers: [{ ...paper, ...fields }] });
const withSection = (section: object) => withPaper({ sections: [{ ...paper.sections[0], ...section }] });

describe('ExamBlueprintSchema', () => {
  it('fills in 90 minutes, a pass mark of 0.6 and one point per question by default', () => {
    const blueprint = ExamBlueprintSchema.parse(valid);
    expect(blueprint.papers[0]!.minutes).toBe(90);
    expect(blueprint.papers[0]!.passMark).toBe(0.6);
    expect(blueprint.papers[0]!.sections[0]!.points).toBe(1);
  });

  it('accepts a section without a module (any module) or label, with tags and points per type', () => {
    expect(messagesOf(withPaper({ sections: [{ types: ['case'], count: 3, tags: ['案例分析'], points: 15 }] }))).toEqual([]);
    expect(messagesOf(withSection({ points: { single: 1, truefalse: 0.5 } }))).toEqual([]);
  });

  it.each([
    { name: 'an unknown question type', input: withSection({ types: ['single', 'essay'] }), field: 'papers[0].sections[0].types[1]', says: '没有“essay”这种题型' },
    { name: 'no question type', input: withSection({ types: [] }), field: 'papers[0].sections[0].types', says: '至少写一种题型' },
    { name: 'a count of 0', input: withSection({ count: 0 }), field: 'papers[0].sections[0].count', says: '应该是正整数' },
    { name: 'a fractional count', input: withSection({ count: 2.5 }), field: 'papers[0].sections[0].count', says: '应该是正整数' },
    { name: 'points of 0', input: withSection({ points: 0 }), field: 'papers[0].sections[0].points', says: '要大于 0' },
    { name: 'points of a third', input: withSection({ points: 0.3 }), field: 'papers[0].sections[0].points', says: '整数或半分' },
    { name: 'points for an unknown type', input: withSection({ points: { essay: 5 } }), field: 'papers[0].sections[0].points.essay', says: '没有“essay”这种题型' },
    { name: 'an empty tag list', input: withSection({ tags: [] }), field: 'papers[0].sections[0].tags', says: '至少写一个标签' },
    { name: 'a module name in Chinese', input: withSection({ module: '投诉处理' }), field: 'papers[0].sections[0].module', says: '写模块编号' },
    { name: 'a pass mark written as a percentage', input: withPaper({ passMark: 60 }), field: 'papers[0].passMark', says: '0.6 表示 60%' },
    { name: 'a pass mark of 0', input: withPaper({ passMark: 0 }), field: 'papers[0].passMark', says: '大于 0' },
    { name: 'negative minutes', input: withPaper({ minutes: -10 }), field: 'papers[0].minutes', says: '大于 0' },
    { name: 'no sections', input: withPaper({ sections: [] }), field: 'papers[0].sections', says: '至少要有一个部分' },
    { name: 'no papers', input: { ...valid, papers: [] }, field: 'papers', says: '至少要有一份试卷' },
    { name: 'a paper id with spaces', input: withPaper({ id: 'quick test' }), field: 'papers[0].id', says: '小写英文字母' },
    { name: 'two papers with one id', input: { ...valid, papers: [paper, paper] }, field: 'papers[1].id', says: 'id 都是“mock”' },
    { name: 'a misspelt key', input: withSection({ cuont: 3 }), field: 'papers[0].sections[0]', says: 'cuont' },
  ])('names the field for $name', ({ input, field, says }) => {
    const messages = messagesOf(input);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`字段 ${field}`);
    expect(messages[0]).toContain(says);
  });

  it('reports problems in several sections at once', () => {
    const messages = messagesOf({
      title: '',
      papers: [
        {
          ...paper,
          sections: [
            { types: ['essay'], count: 1 },
            { types: ['single'], count: 0 },
          ],
        },
      ],
    });
    expect(messages.map((m) => m.split('：')[0])).toEqual(['字段 title（标题）', '字段 papers[0].sections[0].types[0]（题型）', '字段 papers[0].sections[1].count（题数）']);
  });
});
