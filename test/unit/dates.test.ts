import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate, localDateTime } from '../../src/lib/dates.ts';

// Shanghai time: most learners' clocks, and 8 hours from UTC, so a UTC date would be visibly wrong.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('localDate', () => {
  it('gives the local calendar date, zero-padded', () => {
    expect(localDate(Date.UTC(2025, 2, 7, 3))).toBe('2025-03-07');
  });

  it('uses the local date when it differs from the UTC date', () => {
    expect(localDate(Date.UTC(2025, 11, 31, 17))).toBe('2026-01-01');
  });
});

describe('localDateTime', () => {
  it('adds the local hours and minutes', () => {
    expect(localDateTime(Date.UTC(2025, 2, 7, 1, 5))).toBe('2025-03-07 09:05');
  });
});
