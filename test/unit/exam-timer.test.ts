import { describe, expect, it } from 'vitest';
import { EXTENSION_MS, GRACE_MS, extendDeadline, formatClock, graceOver, graceSecondsLeft, timerAlert } from '../../src/lib/exam-timer.ts';

const MIN = 60_000;

describe('formatClock', () => {
  it.each([
    [60 * MIN, '60:00'],
    [70 * MIN, '70:00'],
    [59 * MIN + 7_000, '59:07'],
    [5 * MIN, '05:00'],
    [61_000, '01:01'],
    [9_000, '00:09'],
    [0, '00:00'],
    [-5_000, '00:00'],
    [120 * MIN, '120:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('rounds part of a second up, so 00:00 means time is really up', () => {
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(59_001)).toBe('01:00');
  });
});

describe('timerAlert', () => {
  it.each([
    { name: 'says nothing far from any moment', before: 30 * MIN, after: 30 * MIN - 1000, alert: null },
    { name: 'warns on reaching 5 minutes', before: 5 * MIN + 500, after: 5 * MIN - 500, alert: 'five' },
    { name: 'warns exactly at 5 minutes', before: 5 * MIN + 1000, after: 5 * MIN, alert: 'five' },
    { name: 'does not warn again just after 5 minutes', before: 5 * MIN, after: 5 * MIN - 1000, alert: null },
    { name: 'warns on reaching 1 minute', before: MIN + 1, after: MIN - 999, alert: 'one' },
    { name: 'says time is up on reaching zero', before: 400, after: -600, alert: 'up' },
    { name: 'says nothing in the grace period', before: -1000, after: -2000, alert: null },
    { name: 'gives the most urgent moment after a jump (a laptop waking up)', before: 30 * MIN, after: 30_000, alert: 'one' },
    { name: 'says time is up after a jump past zero', before: 30 * MIN, after: -3000, alert: 'up' },
    { name: 'does not warn at the start of a 5-minute exam', before: 5 * MIN, after: 5 * MIN - 1000, alert: null },
  ])('$name', ({ before, after, alert }) => {
    expect(timerAlert(before, after)).toBe(alert);
  });
});

describe('extendDeadline', () => {
  it('adds 10 minutes to the time left', () => {
    expect(extendDeadline(1_000_000, 400_000)).toBe(1_000_000 + EXTENSION_MS);
  });

  it('gives 10 minutes from now once time is up', () => {
    expect(extendDeadline(1_000_000, 1_015_000)).toBe(1_015_000 + EXTENSION_MS);
  });
});

describe('graceOver', () => {
  it.each([
    [0, false],
    [GRACE_MS - 1, false],
    [GRACE_MS, true],
    [GRACE_MS + 60_000, true],
  ])('is %s ms past the deadline: %s', (late, over) => {
    expect(graceOver(1_000_000, 1_000_000 + late)).toBe(over);
  });

  it('gives at least 20 seconds, as WCAG 2.2.1 asks', () => {
    expect(GRACE_MS).toBeGreaterThanOrEqual(20_000);
  });
});

describe('graceSecondsLeft', () => {
  it.each([
    [0, 20],
    [500, 20],
    [1000, 19],
    [19_001, 1],
    [25_000, 0],
  ])('counts down whole seconds %i ms after the deadline: %i', (late, seconds) => {
    expect(graceSecondsLeft(1_000_000, 1_000_000 + late)).toBe(seconds);
  });
});
