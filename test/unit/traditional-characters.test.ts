import { describe, expect, it } from 'vitest';
import { traditionalTable } from '../../src/utils/chinese.ts';

describe('traditionalTable', () => {
  const all = traditionalTable();

  it('maps Traditional-only characters to their Simplified forms, never a Simplified one that a Taiwan conversion changes', () => {
    expect(all['環']).toBe('环');
    expect(all['應']).toBe('应');
    expect(all['說']).toBe('说');
    expect(all['傾']).toBe('倾');
    // "么" is the Simplified "麼": "怎么办" must not count as Traditional.
    expect(all['么']).toBeUndefined();
    expect(all['环']).toBeUndefined();
  });

  it('keeps, for the course, only the characters whose Simplified form its text uses', () => {
    const course = traditionalTable('光环效应');
    expect(course).toEqual({ 環: '环', 應: '应' });
  });
});
