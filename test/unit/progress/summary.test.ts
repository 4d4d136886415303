import { describe, expect, it } from 'vitest';
import { completedCount, examHistory, lessonState, progressTotals } from '../../../src/lib/progress/summary.ts';
import type { Attempt, ExamRecord } from '../../../src/lib/progress/types.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const COURSE = { lessonIds: ['basics/greeting', 'basics/listening', 'basics/closing'], questionIds: ['greeting-01', 'listening-02', 'closing-01'] };
const attempt = (at: number, correct: boolean): Attempt => ({ at, correct, score: correct ? 1 : 0, source: 'lesson' });

describe('lessonState', () => {
  it.each([
    { name: 'calls a lesson with a completion time completed', id: 'basics/greeting', state: 'completed' },
    { name: 'calls a lesson opened but not completed visited', id: 'basics/listening', state: 'visited' },
    { name: 'calls a lesson never opened new', id: 'basics/closing', state: 'new' },
  ])('$name', ({ id, state }) => {
    expect(lessonState(sampleProgress(), id)).toBe(state);
  });
});

describe('completedCount', () => {
  it('counts the completed lessons among those asked about', () => {
    expect(completedCount(sampleProgress(), COURSE.lessonIds)).toBe(1);
    expect(completedCount(sampleProgress(), ['basics/listening'])).toBe(0);
  });
});

describe('progressTotals', () => {
  it('adds up lessons, distinct questions, answers, accuracy and time', () => {
    const totals = progressTotals(sampleProgress(), COURSE, 10_000);
    expect(totals).toMatchObject({ lessonsCompleted: 1, questionsAnswered: 2, attempts: 3, seconds: 345 });
    expect(totals.accuracy).toBeCloseTo(1 / 3);
  });

  it('gives no accuracy and nothing due before the first answer', () => {
    expect(progressTotals(emptyProgress(0), COURSE, 10_000)).toEqual({
      lessonsCompleted: 0,
      questionsAnswered: 0,
      attempts: 0,
      accuracy: null,
      seconds: 0,
      due: 0,
    });
  });

  it('leaves out lessons and questions the course no longer has', () => {
    const data = sampleProgress();
    data.lessons['gone/lesson'] = { firstVisit: 1, lastVisit: 1, completedAt: 1, seconds: 999 };
    data.attempts['gone-01'] = [attempt(1, true)];
    expect(progressTotals(data, COURSE, 10_000)).toMatchObject({ lessonsCompleted: 1, questionsAnswered: 2, attempts: 3, seconds: 345 });
  });

  it('does not count a question whose attempt list is empty as answered', () => {
    const data = emptyProgress(0);
    data.attempts['closing-01'] = [];
    expect(progressTotals(data, COURSE, 10_000).questionsAnswered).toBe(0);
  });

  it('counts questions due for review from the attempt history', () => {
    const now = 100 * DAY;
    const data = emptyProgress(0);
    data.attempts['greeting-01'] = [attempt(now - 2 * DAY, false)];
    data.attempts['listening-02'] = [attempt(now - 2 * DAY, true), attempt(now - DAY, true)];
    expect(progressTotals(data, COURSE, now).due).toBe(1);
  });
});

describe('examHistory', () => {
  const exam = (id: string, submittedAt: number): ExamRecord => ({ ...sampleProgress().exams[0]!, id, submittedAt });

  it('puts the newest exam first', () => {
    expect(examHistory([exam('a', 1), exam('c', 3), exam('b', 2)]).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('orders exams submitted at the same time by id', () => {
    expect(examHistory([exam('b', 1), exam('a', 1)]).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('leaves the given list as it was', () => {
    const exams = [exam('a', 1), exam('b', 2)];
    examHistory(exams);
    expect(exams.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
