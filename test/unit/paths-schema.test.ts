import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LearningPathSchema } from '../../src/schemas/path.ts';
import { describeIssue, formatIssueText } from '../../src/lib/content-messages.ts';

const valid = {
  title: '投诉处理复习',
  description: '重温投诉处理六步法。',
  audience: '已经上岗的客服代表。',
  steps: [{ lesson: 'complaints/six-steps' }, { practice: 'complaints', label: '练习:投诉处理' }],
};
const messagesOf = (input: unknown) => {
  const result = LearningPathSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => formatIssueText(describeIssue(issue)));
};
const withStep = (step: object) => ({ ...valid, steps: [valid.steps[0], step] });

describe('LearningPathSchema', () => {
  it('reads lesson and practice steps, with Chinese punctuation made full-width', () => {
    expect(LearningPathSchema.parse(valid).steps).toEqual([{ lesson: 'complaints/six-steps' }, { practice: 'complaints', label: '练习：投诉处理' }]);
  });

  it('leaves out the label of a practice step that has none', () => {
    expect(LearningPathSchema.parse(withStep({ practice: 'complaints' })).steps[1]).toEqual({ practice: 'complaints' });
  });

  it.each([
    { name: 'a step with neither lesson nor practice', input: withStep({ label: '练习' }), field: 'steps[1]', says: '每一步要写“lesson: 模块/课程”或“practice: 模块”' },
    { name: 'a step with both lesson and practice', input: withStep({ lesson: 'complaints/cake-shop', practice: 'complaints' }), field: 'steps[1]', says: '只能是课程或练习之一' },
    { name: 'a label on a lesson step', input: withStep({ lesson: 'complaints/cake-shop', label: '蛋糕店' }), field: 'steps[1]', says: '只用于练习步骤' },
    { name: 'a lesson without its module', input: withStep({ lesson: 'six-steps' }), field: 'steps[1].lesson', says: '写课程编号“模块/课程文件名”' },
    { name: 'a lesson given by its URL', input: withStep({ lesson: '/lessons/complaints/six-steps/' }), field: 'steps[1].lesson', says: '写课程编号' },
    { name: 'a practice step naming a lesson', input: withStep({ practice: 'complaints/six-steps' }), field: 'steps[1].practice', says: '写模块编号' },
    { name: 'a misspelt key', input: withStep({ lessons: 'complaints/cake-shop' }), field: 'steps[1]', says: 'lessons' },
    { name: 'an empty audience', input: { ...valid, audience: ' ' }, field: 'audience', says: '' },
    { name: 'no steps', input: { ...valid, steps: [] }, field: 'steps', says: '至少要有一步' },
  ])('names the field for $name', ({ input, field, says }) => {
    const messages = messagesOf(input);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.startsWith(`字段 ${field}`) && m.includes(says))).toBe(true);
  });

  it.each(readdirSync(new URL('../../content/paths/', import.meta.url)).filter((file) => file.endsWith('.yaml')))('validates content/paths/%s', (file) => {
    const source = readFileSync(new URL(`../../content/paths/${file}`, import.meta.url), 'utf8');
    expect(messagesOf(parse(source))).toEqual([]);
  });
});
