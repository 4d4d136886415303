import { describe, expect, it } from 'vitest';
import { dailyActivity, examSeries, moduleStats } from '../../../src/lib/progress/charts.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import { localDate } from '../../../src/lib/dates.ts';
import { sampleProgress } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('moduleStats', () => {
  it('counts completed lessons and the share of right answers per module', () => {
    const stats = moduleStats(sampleProgress(), [
      { id: 'basics', lessonIds: ['basics/greeting', 'basics/listening'], questionIds: ['greeting-01', 'listening-02'] },
      { id: 'other', lessonIds: ['other/x'], questionIds: ['other-01'] },
    ]);
    expect(stats[0]).toEqual({ id: 'basics', done: 1, total: 2, accuracy: 1 / 3, attempts: 3 });
    expect(stats[1]).toEqual({ id: 'other', done: 0, total: 1, accuracy: null, attempts: 0 });
  });
});

describe('dailyActivity', () => {
  const now = new Date(2026, 10, 29, 9, 30).getTime();

  it('lists every day of the period, oldest first, ending today', () => {
    const days = dailyActivity(emptyProgress(0), now, 28);
    expect(days).toHaveLength(28);
    expect(days.at(-1)!.date).toBe('2026-11-29');
    expect(days[0]!.date).toBe('2026-11-02');
    expect(days.every((d) => d.answers === 0 && d.lessons === 0)).toBe(true);
  });

  it('counts answers and lesson visits on their local day, ignoring older ones', () => {
    const data = emptyProgress(0);
    data.attempts.q = [
      { at: now - 1000, correct: true, score: 1, source: 'lesson' },
      { at: now - 2000, correct: false, score: 0, source: 'practice' },
      { at: now - 2 * DAY, correct: true, score: 1, source: 'review' },
      { at: now - 40 * DAY, correct: true, score: 1, source: 'review' },
    ];
    data.lessons['m/a'] = { firstVisit: now - 2 * DAY, lastVisit: now, seconds: 60 };
    const days = dailyActivity(data, now, 28);
    expect(days.at(-1)).toEqual({ date: localDate(now), answers: 2, lessons: 1 });
    expect(days.at(-3)).toEqual({ date: localDate(now - 2 * DAY), answers: 1, lessons: 1 });
    expect(days.reduce((sum, d) => sum + d.answers, 0)).toBe(3);
  });
});

describe('examSeries', () => {
  it('gives the last exams oldest first, in whole percent', () => {
    const exam = (id: string, submittedAt: number, score: number) => ({
      id,
      seed: 1,
      startedAt: 0,
      submittedAt,
      score,
      passed: score >= 0.6,
      passMark: 0.6,
      questionIds: [],
      byModule: {},
    });
    const series = examSeries([exam('c', 300, 0.9), exam('a', 100, 0.456), exam('b', 200, 0.6)], 2);
    expect(series).toEqual([
      { id: 'b', at: 200, percent: 60, passMark: 60, passed: true, paper: '' },
      { id: 'c', at: 300, percent: 90, passMark: 60, passed: true, paper: '' },
    ]);
  });

  it('keeps to the paper of the latest exam, whose pass line the chart draws', () => {
    const on = (id: string, submittedAt: number, paper: string, passMark: number) => ({
      id,
      seed: 1,
      startedAt: 0,
      submittedAt,
      score: 0.7,
      passed: 0.7 >= passMark,
      passMark,
      questionIds: [],
      byModule: {},
      paper,
    });
    const exams = [on('s1', 100, 'skills', 0.6), on('q1', 200, 'quick', 0.8), on('s2', 300, 'skills', 0.6)];
    expect(examSeries(exams, 10).map((e) => [e.id, e.passMark, e.passed])).toEqual([
      ['s1', 60, true],
      ['s2', 60, true],
    ]);
    expect(examSeries([...exams, on('q2', 400, 'quick', 0.8)], 10).map((e) => [e.id, e.passMark, e.passed])).toEqual([
      ['q1', 80, false],
      ['q2', 80, false],
    ]);
    // An exam from before there were several papers counts as one on the first paper.
    const old = { ...on('s0', 50, '', 0.6), paper: undefined };
    expect(examSeries([old, ...exams], 10, [{ id: 'skills' }, { id: 'quick' }]).map((e) => e.id)).toEqual(['s0', 's1', 's2']);
  });
});
