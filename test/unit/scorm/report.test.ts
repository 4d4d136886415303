import { describe, expect, it } from 'vitest';
import { interactionValues, lastLesson, scormValues, sessionTime } from '../../../src/lib/scorm/report.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import type { ExamRecord, ProgressData } from '../../../src/lib/progress/types.ts';

const papers = [
  { id: 'mock', full: true },
  { id: 'quick', full: false },
];
const course = { lessonIds: ['m/a', 'm/b'], questionTypes: { q1: 'single', q2: 'case' } as const, papers };
const exam = (score: number, passed: boolean, at: number): ExamRecord => ({
  id: `1-${at}`,
  seed: 1,
  startedAt: at,
  submittedAt: at + 10,
  score,
  passed,
  passMark: 0.8,
  questionIds: [],
  byModule: {},
});
function progress(completed: string[], exams: ExamRecord[] = []): ProgressData {
  const data = emptyProgress(0);
  for (const [i, id] of course.lessonIds.entries()) data.lessons[id] = { firstVisit: i, lastVisit: 100 - i, seconds: 0, ...(completed.includes(id) ? { completedAt: 50 } : {}) };
  data.exams = exams;
  return data;
}

describe('SCORM values', () => {
  it('SCORM 1.2: incomplete while a lesson is left, whatever the exam said', () => {
    expect(scormValues(progress(['m/a'], [exam(0.9, true, 1)]), course, '1.2')).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.raw': '90',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_location': 'm/a',
    });
  });

  it.each([
    [[], 'completed'],
    [[exam(0.5, false, 1)], 'failed'],
    [[exam(0.5, false, 1), exam(0.85, true, 2), exam(0.6, false, 3)], 'passed'],
  ])('SCORM 1.2 with every lesson complete and exams %j: %s', (exams, status) => {
    expect(scormValues(progress(['m/a', 'm/b'], exams), course, '1.2')['cmi.core.lesson_status']).toBe(status);
  });

  it('takes the score from mock exams only: not from a self-test, nor from an exam whose self-assessment is unfinished', () => {
    const quick = { ...exam(0.95, true, 5), paper: 'quick' };
    const waiting = { ...exam(0.9, true, 6), pending: 1 };
    expect(scormValues(progress(['m/a', 'm/b'], [quick, waiting]), course, '1.2')).toEqual({ 'cmi.core.lesson_status': 'completed', 'cmi.core.lesson_location': 'm/a' });
    expect(scormValues(progress(['m/a', 'm/b'], [quick, waiting, exam(0.5, false, 1)]), course, '2004')).toMatchObject({ 'cmi.success_status': 'failed', 'cmi.score.raw': '50' });
  });

  it('SCORM 2004: completion and success apart, the best exam’s score scaled', () => {
    const values = scormValues(progress(['m/b'], [exam(0.733333, false, 1), exam(0.5, false, 2)]), course, '2004');
    expect(values).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.progress_measure': '0.5',
      'cmi.success_status': 'failed',
      'cmi.score.raw': '73',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.733',
      'cmi.location': 'm/a',
    });
    expect(scormValues(progress(['m/a', 'm/b']), course, '2004')).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown' });
  });

  it('counts only the lessons of the package’s path', () => {
    const path = { ...course, lessonIds: ['m/b'] };
    expect(scormValues(progress(['m/b']), path, '2004')['cmi.completion_status']).toBe('completed');
  });

  it('reports no location before the first lesson', () => {
    const values = scormValues(emptyProgress(0), course, '1.2');
    expect(values).toEqual({ 'cmi.core.lesson_status': 'incomplete' });
    expect(lastLesson(emptyProgress(0), course.lessonIds)).toBeUndefined();
  });

  it('describes an answer as an interaction of the nearest type each standard has', () => {
    const attempt = { at: Date.UTC(2026, 0, 2, 3, 4, 5), correct: false, score: 0.5, source: 'exam' as const };
    expect(interactionValues(3, 'q2', 'case', attempt, '1.2')).toEqual({
      'cmi.interactions.3.id': 'q2',
      'cmi.interactions.3.type': 'performance',
      'cmi.interactions.3.result': 'wrong',
    });
    expect(interactionValues(0, 'q1', 'single', { ...attempt, correct: true }, '2004')).toEqual({
      'cmi.interactions.0.id': 'q1',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.timestamp': '2026-01-02T03:04:05',
      'cmi.interactions.0.result': 'correct',
    });
  });

  it.each([
    [0, '1.2', '0000:00:00'],
    [3725.9, '1.2', '0001:02:05'],
    [3725, '2004', 'PT1H2M5S'],
  ] as const)('writes %d seconds of session time for SCORM %s as %s', (seconds, version, text) => {
    expect(sessionTime(seconds, version)).toBe(text);
  });
});
