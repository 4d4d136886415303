import { describe, expect, it } from 'vitest';
import { examRecordId, moduleRows } from '../../src/lib/exam-report.ts';
import { apportion, formatPoints, fraction, percentOf, roundHalfUp } from '../../src/lib/rounding.ts';

describe('percentOf', () => {
  it.each([
    [1, 100],
    [0, 0],
    [0.8, 80],
    [0.1 + 0.7, 80],
    [24 / 30, 80],
    [0.7999, 80],
    [0.794, 79],
    [0.795, 80],
    [2 / 3, 67],
    [1 / 3, 33],
    [0.285, 29],
  ])('shows %d as %i%% (halves rounded up, one rule everywhere)', (score, percent) => {
    expect(percentOf(score)).toBe(percent);
  });
});

describe('formatPoints', () => {
  it.each([
    [30, '30'],
    [0, '0'],
    [26.5, '26.5'],
    [26 + 1 / 3, '26.3'],
    [26.99, '27'],
    [26.25, '26.3'],
    [26.24, '26.2'],
    [0.6 + 0.7 + 0.9 + 1, '3.2'],
  ])('shows %d points as %s', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});

describe('fraction', () => {
  it('gives the part, the whole and the percentage by the same rule', () => {
    expect(fraction(20, 30)).toEqual({ part: '20', total: '30', percent: 67 });
    expect(fraction(2, 3)).toEqual({ part: '2', total: '3', percent: 67 });
    expect(fraction(26.5, 100)).toEqual({ part: '26.5', total: '100', percent: 27 });
  });

  it('shows 0% of nothing rather than dividing by zero', () => {
    expect(fraction(0, 0)).toEqual({ part: '0', total: '0', percent: 0 });
  });
});

describe('roundHalfUp', () => {
  it.each([
    [2.5, 0, 3],
    [2.4999, 0, 2],
    [1.005, 2, 1.01],
    [0.1 + 0.2, 1, 0.3],
  ])('rounds %d to %i places as %d', (value, places, rounded) => {
    expect(roundHalfUp(value, places)).toBe(rounded);
  });
});

describe('apportion', () => {
  it('rounds to one decimal so the parts add up to their total rounded the same way', () => {
    const parts = [26 / 3, 26 / 3, 26 / 3];
    expect(parts.map((p) => roundHalfUp(p, 1))).toEqual([8.7, 8.7, 8.7]); // 26.1, while the total is 26
    const shown = apportion(parts);
    expect(shown).toEqual([8.7, 8.7, 8.6]);
    expect(formatPoints(shown.reduce((a, b) => a + b, 0))).toBe('26');
  });

  it('gives the missing units to the parts that lost most, the earlier one on a tie', () => {
    expect(apportion([1 / 3, 1 / 3, 1 / 3], 0)).toEqual([1, 0, 0]);
    expect(apportion([2 / 3, 2 / 3, 2 / 3], 0)).toEqual([1, 1, 0]);
    expect(apportion([10, 5, 0])).toEqual([10, 5, 0]);
  });
});

describe('moduleRows', () => {
  const modules = [
    { id: 'service-awareness', title: '客户服务意识' },
    { id: 'communication', title: '沟通原理' },
    { id: 'complaints', title: '投诉处理' },
  ];

  it('lists the modules of the exam in course order with points and percentages', () => {
    const rows = moduleRows({ complaints: { score: 2.5, total: 3 }, 'service-awareness': { score: 4, total: 4 } }, modules);
    expect(rows).toEqual([
      { id: 'service-awareness', title: '客户服务意识', points: '4', total: 4, percent: 100 },
      { id: 'complaints', title: '投诉处理', points: '2.5', total: 3, percent: 83 },
    ]);
  });

  it('puts a module the course no longer has last, under its id', () => {
    const rows = moduleRows({ 'old-module': { score: 0, total: 2 }, communication: { score: 1, total: 1 } }, modules);
    expect(rows.map((r) => [r.title, r.percent])).toEqual([
      ['沟通原理', 100],
      ['old-module', 0],
    ]);
  });

  it('shows module points that add up exactly to the total shown, with percentages of the points shown', () => {
    const rows = moduleRows({ 'service-awareness': { score: 13 / 3, total: 5 }, communication: { score: 13 / 3, total: 5 }, complaints: { score: 10 / 3, total: 5 } }, modules);
    const sum = rows.reduce((total, r) => total + Number(r.points), 0);
    expect(formatPoints(sum)).toBe('12');
    for (const row of rows) expect(row.percent).toBe(percentOf(Number(row.points) / row.total));
  });

  it('gives 0% for a module with no questions rather than dividing by zero', () => {
    expect(moduleRows({ communication: { score: 0, total: 0 } }, modules)[0]!.percent).toBe(0);
  });
});

describe('examRecordId', () => {
  it('joins the seed and the start time, so two sittings of one paper differ', () => {
    expect(examRecordId(42, 1700000000000)).toBe('42-1700000000000');
    expect(examRecordId(42, 1700000000001)).not.toBe(examRecordId(42, 1700000000000));
  });
});
