import { describe, expect, it } from 'vitest';
import { markComplete, MAX_ATTEMPTS, recordAttempt, recordStudyTime, recordVisit } from '../../../src/lib/progress/record.ts';
import type { Attempt } from '../../../src/lib/progress/types.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';

const LESSON = 'basics/greeting';
const wrong = (at: number, answer?: string): Attempt => ({ at, correct: false, score: 0, source: 'lesson', ...(answer === undefined ? {} : { answer }) });
const right = (at: number): Attempt => ({ at, correct: true, score: 1, source: 'review' });

describe('recordVisit', () => {
  it('keeps the first visit and moves the last one', () => {
    const data = emptyProgress(0);
    recordVisit(data, LESSON, 100);
    recordVisit(data, LESSON, 300);
    recordVisit(data, LESSON, 200);
    expect(data.lessons[LESSON]).toEqual({ firstVisit: 100, lastVisit: 300, seconds: 0 });
  });
});

describe('recordStudyTime', () => {
  it('adds up the seconds of a visited lesson', () => {
    const data = emptyProgress(0);
    recordVisit(data, LESSON, 100);
    recordStudyTime(data, LESSON, 30);
    recordStudyTime(data, LESSON, 12.5);
    expect(data.lessons[LESSON]!.seconds).toBe(42.5);
  });

  it.each([-5, 0, Number.NaN, Number.POSITIVE_INFINITY])('ignores %s seconds', (seconds) => {
    const data = emptyProgress(0);
    recordVisit(data, LESSON, 100);
    recordStudyTime(data, LESSON, seconds);
    expect(data.lessons[LESSON]!.seconds).toBe(0);
  });

  it('ignores a lesson never visited', () => {
    const data = emptyProgress(0);
    recordStudyTime(data, LESSON, 30);
    expect(data.lessons).toEqual({});
  });
});

describe('markComplete', () => {
  it('keeps the first completion and counts as a visit', () => {
    const data = emptyProgress(0);
    markComplete(data, LESSON, 500);
    markComplete(data, LESSON, 900);
    expect(data.lessons[LESSON]).toEqual({ firstVisit: 500, lastVisit: 500, completedAt: 500, seconds: 0 });
  });
});

describe('recordAttempt', () => {
  it('appends attempts oldest first', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', wrong(1));
    recordAttempt(data, 'q1', right(2));
    expect(data.attempts.q1).toEqual([wrong(1), right(2)]);
  });

  it(`keeps only the newest ${MAX_ATTEMPTS} attempts of a question`, () => {
    const data = emptyProgress(0);
    for (let at = 1; at <= MAX_ATTEMPTS + 10; at++) recordAttempt(data, 'q1', right(at));
    expect(data.attempts.q1).toHaveLength(MAX_ATTEMPTS);
    expect(data.attempts.q1![0]!.at).toBe(11);
    expect(data.attempts.q1!.at(-1)!.at).toBe(MAX_ATTEMPTS + 10);
  });

  it('shortens a long answer to 200 characters', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', wrong(1, '长'.repeat(300)));
    expect(data.attempts.q1![0]!.answer).toHaveLength(200);
    expect(data.notebook.q1!.answer).toHaveLength(200);
  });

  it('does not keep a reference to the attempt passed in', () => {
    const data = emptyProgress(0);
    const attempt = wrong(1);
    recordAttempt(data, 'q1', attempt);
    attempt.score = 1;
    expect(data.attempts.q1![0]!.score).toBe(0);
  });

  it('puts a wrongly answered question in the notebook', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', wrong(10, 'B'));
    expect(data.notebook.q1).toEqual({ addedAt: 10, lastWrongAt: 10, streak: 0, answer: 'B' });
  });

  it('refreshes a notebook entry on another wrong answer, keeping when it was added', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', wrong(10, 'B'));
    recordAttempt(data, 'q1', right(20));
    recordAttempt(data, 'q1', wrong(30));
    expect(data.notebook.q1).toEqual({ addedAt: 10, lastWrongAt: 30, streak: 0 });
  });

  it('leaves the notebook alone when a question outside it is answered right', () => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', right(1));
    expect(data.notebook).toEqual({});
  });

  it.each([1, 2, 3])('removes a question after %i right answers in a row when told to', (removeAfter) => {
    const data = emptyProgress(0);
    recordAttempt(data, 'q1', wrong(1), { removeAfter });
    for (let i = 1; i < removeAfter; i++) recordAttempt(data, 'q1', right(1 + i), { removeAfter });
    expect(data.notebook.q1?.streak).toBe(removeAfter - 1);
    recordAttempt(data, 'q1', right(100), { removeAfter });
    expect(data.notebook).toEqual({});
  });

  it('restarts the streak after a wrong answer', () => {
    const data = emptyProgress(0);
    for (const attempt of [wrong(1), right(2), wrong(3), right(4)]) recordAttempt(data, 'q1', attempt);
    expect(data.notebook.q1!.streak).toBe(1);
  });
});
