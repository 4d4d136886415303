import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/template.ts';
import { localDate, localDateTime } from '../../src/lib/dates.ts';

describe('fill', () => {
  it('replaces each placeholder with its value', () => {
    expect(fill('第 {n} 题 / 共 {total} 题', { n: 3, total: 10 })).toBe('第 3 题 / 共 10 题');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fill('共 {count} 题', {})).toBe('共 {count} 题');
  });
});

describe('localDate and localDateTime', () => {
  const time = new Date(2025, 2, 9, 8, 5).getTime();

  it('writes the local date as YYYY-MM-DD', () => {
    expect(localDate(time)).toBe('2025-03-09');
  });

  it('writes the local date and time with zero-padded hours and minutes', () => {
    expect(localDateTime(time)).toBe('2025-03-09 08:05');
  });
});
