import { describe, expect, it } from 'vitest';
import {
  completePathStep,
  discardExamSession,
  followCustomPath,
  followPath,
  leavePath,
  markComplete,
  MAX_ATTEMPTS,
  recordAttempt,
  recordExam,
  recordStudyTime,
  recordVisit,
  saveExamSession,
  setFavourite,
  type ExamAnswer,
} from '../../../src/lib/progress/record.ts';
import type { Attempt, ExamRecord } from '../../../src/lib/progress/types.ts';
import { progressTotals } from '../../../src/lib/progress/summary.ts';
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

describe('recordExam (unanswered is not wrong)', () => {
  const exam = (over: Partial<ExamRecord> = {}): ExamRecord => ({
    id: '42-1000',
    seed: 42,
    startedAt: 1000,
    submittedAt: 5000,
    score: 0.1,
    passed: false,
    passMark: 0.6,
    questionIds: ['a', 'b', 'c', 'd', 'e', 'f'],
    byModule: {},
    answered: 3,
    unanswered: 3,
    ...over,
  });
  const answers: ExamAnswer[] = [
    { id: 'a', blank: false, correct: true, score: 1, answer: '甲' },
    { id: 'b', blank: false, correct: false, score: 0, answer: '乙' },
    { id: 'c', blank: false, correct: false, score: 0.5, answer: '丙；丁' },
    { id: 'd', blank: true, correct: false, score: 0 },
    { id: 'e', blank: true, correct: false, score: 0 },
    { id: 'f', blank: true, correct: false, score: 0 },
  ];

  it('records attempts only for the answered questions', () => {
    const data = emptyProgress(0);
    recordExam(data, exam(), answers);
    expect(Object.keys(data.attempts).sort()).toEqual(['a', 'b', 'c']);
    expect(data.attempts.b).toEqual([{ at: 5000, correct: false, score: 0, source: 'exam', answer: '乙' }]);
  });

  it('puts only the wrongly answered questions in the notebook, with the answer given', () => {
    const data = emptyProgress(0);
    recordExam(data, exam(), answers);
    expect(Object.keys(data.notebook).sort()).toEqual(['b', 'c']);
    expect(data.notebook.b!.answer).toBe('乙');
  });

  it('leaves accuracy to the answered questions: 1 right of 3, not of 6', () => {
    const data = emptyProgress(0);
    recordExam(data, exam(), answers);
    const totals = progressTotals(data, { lessonIds: [], questionIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, 6000);
    expect(totals.attempts).toBe(3);
    expect(totals.accuracy).toBeCloseTo(1 / 3);
  });

  it('replaces the record when the same exam is recorded again after self-assessment', () => {
    const data = emptyProgress(0);
    recordExam(data, exam({ pending: 1 }), answers.slice(0, 2));
    recordExam(data, exam({ pending: 0, passed: true, score: 0.7 }), [{ id: 'case-1', blank: false, correct: false, score: 0.6 }]);
    expect(data.exams).toHaveLength(1);
    expect(data.exams[0]).toMatchObject({ pending: 0, passed: true, score: 0.7 });
    expect(Object.keys(data.attempts).sort()).toEqual(['a', 'b', 'case-1']);
  });

  it('ends the saved exam session of that exam', () => {
    const data = emptyProgress(0);
    saveExamSession(data, { paper: 'mock', seed: 42, startedAt: 1000, left: 60_000, answers: {}, flags: [], savedAt: 2000 });
    recordExam(data, exam());
    expect(data.examSession).toBeUndefined();
  });
});

describe('exam sessions and favourites', () => {
  it('saves, replaces and discards the exam under way', () => {
    const data = emptyProgress(0);
    const session = { paper: 'mock', seed: 7, startedAt: 1, left: 5000, answers: { q1: { type: 'single', selected: 2 } }, flags: ['q2'], savedAt: 3 };
    saveExamSession(data, session);
    saveExamSession(data, { ...session, flags: [], savedAt: 4 });
    expect(data.examSession).toEqual({ ...session, flags: [], savedAt: 4 });
    discardExamSession(data);
    expect(data.examSession).toBeUndefined();
  });

  it('stars a question once, keeping the first time, and takes the star away', () => {
    const data = emptyProgress(0);
    setFavourite(data, 'q1', true, 10);
    setFavourite(data, 'q1', true, 20);
    expect(data.favourites).toEqual({ q1: 10 });
    setFavourite(data, 'q1', false, 30);
    expect(data.favourites).toEqual({});
  });
});

describe('followPath and leavePath', () => {
  it('remembers the path chosen, keeps when it was first chosen, and forgets it on leaving', () => {
    const data = emptyProgress(0);
    followPath(data, 'new-hire', 100);
    followPath(data, 'new-hire', 200);
    expect(data.path).toEqual({ id: 'new-hire', since: 100 });
    followPath(data, 'exam-prep', 300);
    expect(data.path).toEqual({ id: 'exam-prep', since: 300 });
    leavePath(data);
    expect(data.path).toBeUndefined();
  });

  it('remembers a custom path by its link, and a named path link replaces it', () => {
    const data = emptyProgress(0);
    followCustomPath(data, '?p=k3ut.ruza&t=%E7%AC%AC%E4%B8%80%E5%91%A8', 100);
    // The same link, its title escaped otherwise (as a lesson's address gives it back).
    followCustomPath(data, 'p=k3ut.ruza&t=第一周', 200);
    expect(data.path).toEqual({ id: 'custom', since: 100, link: '?p=k3ut.ruza&t=%E7%AC%AC%E4%B8%80%E5%91%A8' });
    // Another trainer's link is another path.
    followCustomPath(data, '?p=fz8j', 300);
    expect(data.path).toEqual({ id: 'custom', since: 300, link: '?p=fz8j' });
    followPath(data, 'new-hire', 400);
    expect(data.path).toEqual({ id: 'new-hire', since: 400 });
  });
});

describe('completePathStep', () => {
  it('counts a practice step of a path once, with the first time', () => {
    const data = emptyProgress(0);
    completePathStep(data, 'new-hire', 'complaints', 100);
    completePathStep(data, 'new-hire', 'complaints', 200);
    expect(data.pathSteps).toEqual({ 'new-hire/complaints': 100 });
  });
});
