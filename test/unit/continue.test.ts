import { describe, expect, it } from 'vitest';
import { lessonToContinue } from '../../src/lib/continue.ts';

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
