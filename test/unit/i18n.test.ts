import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../src/lib/i18n.ts';

describe('t', () => {
  it('returns the string for a key', () => {
    expect(t('quiz.check')).toBe('检查答案');
  });

  it.each([
    ['search.empty', { query: '退款' }, '没有找到与“退款”相关的内容。换个说法试试，或看看下面这些术语。'],
    ['quiz.selfScored', { percent: 67, ticked: 2, total: 3 }, '自评得分 67%（覆盖 2/3 个要点）。'],
    ['home.module', { order: 3 }, '模块 3'],
  ])('fills the placeholders of %s', (key, values, expected) => {
    expect(t(key as UiKey, values)).toBe(expected);
  });

  it.each([
    [1, '找到 1 个结果'],
    [5, '找到 5 个结果'],
    [0, '找到 0 个结果'],
  ])('writes a count of %i the same way, with no plural forms', (count, expected) => {
    expect(t('search.results', { count })).toBe(expected);
  });

  it('leaves a placeholder with no value as written', () => {
    expect(t('quiz.blank', { x: 1 })).toBe('第 {n} 空');
  });

  it('throws naming the missing key and the strings file', () => {
    // A key the type does not allow, as a string from outside TypeScript could be.
    expect(() => t('quiz.nope' as UiKey)).toThrow('Missing UI string "quiz.nope" in src/i18n/zh-CN.json');
  });
});
