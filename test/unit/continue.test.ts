import { describe, expect, it } from 'vitest';
import { lessonToContinue, nextLessonToStudy } from '../../src/lib/continue.ts';

const visit = (lastVisit: number, completedAt?: number) => ({ firstVisit: 1, lastVisit, seconds: 0, ...(completedAt ? { completedAt } : {}) });
const KNOWN = ['m/a', 'm/b', 'm/c'];

describe('lessonToContinue', () => {
  it('returns the most recently visited lesson', () => {
    expect(lessonToContinue({ 'm/a': visit(100), 'm/b': visit(300), 'm/c': visit(200) }, KNOWN)).toBe('m/b');
  });

  it('skips completed lessons', () => {
    expect(lessonToContinue({ 'm/a': visit(100), 'm/b': visit(300, 310) }, KNOWN)).toBe('m/a');
  });

  it('skips lessons no longer in the course', () => {
    expect(lessonToContinue({ 'm/a': visit(100), 'gone/x': visit(900) }, KNOWN)).toBe('m/a');
  });

  it('returns undefined when nothing was visited', () => {
    expect(lessonToContinue({}, KNOWN)).toBeUndefined();
  });

  it('returns undefined when every visited lesson is completed', () => {
    expect(lessonToContinue({ 'm/a': visit(100, 120) }, KNOWN)).toBeUndefined();
  });
});

describe('nextLessonToStudy', () => {
  it('prefers a lesson left unfinished', () => {
    expect(nextLessonToStudy({ 'm/a': visit(100, 120), 'm/c': visit(300) }, KNOWN)).toBe('m/c');
  });

  it('offers the lesson after the one completed last once every visited lesson is done', () => {
    expect(nextLessonToStudy({ 'm/a': visit(100, 120) }, KNOWN)).toBe('m/b');
    expect(nextLessonToStudy({ 'm/b': visit(100, 500), 'm/a': visit(100, 600) }, KNOWN)).toBe('m/c');
  });

  it('wraps round to a gap earlier in the course', () => {
    expect(nextLessonToStudy({ 'm/b': visit(100, 120), 'm/c': visit(200, 220) }, KNOWN)).toBe('m/a');
  });

  it('offers nothing before the first visit or after the last lesson is done', () => {
    expect(nextLessonToStudy({}, KNOWN)).toBeUndefined();
    expect(nextLessonToStudy({ 'm/a': visit(1, 2), 'm/b': visit(1, 2), 'm/c': visit(1, 2) }, KNOWN)).toBeUndefined();
  });
});
