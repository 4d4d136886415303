import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/template.ts';

describe('fill', () => {
  it('replaces each placeholder with its value', () => {
    expect(fill('{done} / {total} 课已学完', { done: 3, total: 4 })).toBe('3 / 4 课已学完');
  });

  it('replaces a placeholder used twice', () => {
    expect(fill('{a}{a}', { a: 'x' })).toBe('xx');
  });

  it('keeps placeholders without a value', () => {
    expect(fill('已导入 {count} 条，{rest}', { count: 0 })).toBe('已导入 0 条，{rest}');
  });

  it('inserts values as they are, without reading placeholders in them', () => {
    expect(fill('{name}', { name: '{total} <b>', total: 9 })).toBe('{total} <b>');
  });
});
