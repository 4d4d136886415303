import { describe, expect, it } from 'vitest';
import { ModuleSchema } from '../../src/schemas/module.ts';

const valid = { title: '客户服务意识', summary: '为什么服务决定竞争成败。', order: 1 };

const pathsOf = (data: unknown) => {
  const result = ModuleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('ModuleSchema', () => {
  it('accepts a module file of the authoring guide', () => {
    expect(ModuleSchema.parse(valid)).toEqual(valid);
  });

  it('makes ASCII commas in a Chinese summary full-width', () => {
    expect(ModuleSchema.parse({ ...valid, summary: '为什么服务决定竞争成败,什么是服务,服务分哪些阶段和层级。' }).summary).toBe(
      '为什么服务决定竞争成败，什么是服务，服务分哪些阶段和层级。',
    );
  });

  it('makes ASCII punctuation in a Chinese title full-width', () => {
    expect(ModuleSchema.parse({ ...valid, title: '投诉处理(上)' }).title).toBe('投诉处理（上）');
  });

  it.each([
    ['a missing title', { summary: valid.summary, order: 1 }, ['title']],
    ['a missing summary', { title: valid.title, order: 1 }, ['summary']],
    ['order as text', { ...valid, order: '1' }, ['order']],
    ['order 0', { ...valid, order: 0 }, ['order']],
    ['an unknown field', { ...valid, lessons: [] }, ['']],
  ])('rejects %s', (_name, data, paths) => {
    expect(pathsOf(data)).toEqual(paths);
  });
});
