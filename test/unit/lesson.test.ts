import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../src/schemas/lesson.ts';
import { without } from './without.ts';

const valid = {
  title: '客户服务意识:尽力而为还是全力以赴',
  description: '一句话说明这课讲什么。',
  module: 'service-awareness',
  order: 2,
  objectives: ['能准确说出“客户服务意识”的定义。'],
  minutes: 15,
};

const issuesOf = (data: unknown) => {
  const result = LessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('LessonSchema', () => {
  it('accepts the frontmatter of the authoring guide and fills in defaults', () => {
    expect(LessonSchema.parse(valid)).toMatchObject({ module: 'service-awareness', order: 2, minutes: 15, keywords: [], related: [] });
  });

  it('makes ASCII commas and colons in a Chinese title full-width', () => {
    expect(LessonSchema.parse({ ...valid, title: '服务意识:尽力而为,还是全力以赴?' }).title).toBe('服务意识：尽力而为，还是全力以赴？');
  });

  it('makes ASCII punctuation full-width in the description and objectives too', () => {
    const lesson = LessonSchema.parse({ ...valid, description: '为什么服务决定成败,什么是服务。', objectives: ['能说出定义:热情、周到、主动。'] });
    expect(lesson.description).toBe('为什么服务决定成败，什么是服务。');
    expect(lesson.objectives).toEqual(['能说出定义：热情、周到、主动。']);
  });

  it('trims spaces around the title', () => {
    expect(LessonSchema.parse({ ...valid, title: '  电话礼仪  ' }).title).toBe('电话礼仪');
  });

  it('rejects frontmatter without a title, naming the field "title"', () => {
    const rest = without(valid, 'title');
    expect(issuesOf(rest)).toMatchInlineSnapshot(`
      [
        {
          "message": "Invalid input: expected string, received undefined",
          "path": "title",
        },
      ]
    `);
  });

  it('rejects a blank title', () => {
    expect(issuesOf({ ...valid, title: '   ' }).map((i) => i.path)).toEqual(['title']);
  });

  it.each([
    ['text', '15 分钟'],
    ['a fraction', 12.5],
    ['zero', 0],
    ['more than four hours', 300],
  ])('rejects %s as minutes', (_name, minutes) => {
    expect(issuesOf({ ...valid, minutes }).map((i) => i.path)).toEqual(['minutes']);
  });

  it('rejects text as minutes with a message naming the expected type', () => {
    expect(issuesOf({ ...valid, minutes: '15' })).toMatchInlineSnapshot(`
      [
        {
          "message": "Invalid input: expected number, received string",
          "path": "minutes",
        },
      ]
    `);
  });

  it('rejects an empty list of objectives', () => {
    expect(issuesOf({ ...valid, objectives: [] }).map((i) => i.path)).toEqual(['objectives']);
  });

  it('rejects an unknown field', () => {
    expect(issuesOf({ ...valid, summary: '多余的字段' })).toMatchInlineSnapshot(`
      [
        {
          "message": "Unrecognized key: "summary"",
          "path": "",
        },
      ]
    `);
  });
});
