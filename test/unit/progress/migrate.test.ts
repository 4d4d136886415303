import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/lib/progress/migrate.ts';
import { validateProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';
import { without } from '../without.ts';

const versionZero = {
  learnerName: '李雷',
  lessons: { 'basics/greeting': { firstVisit: 1000, lastVisit: 2000, seconds: 60 } },
  answers: {
    'greeting-01': { correct: true, score: 1, at: 1500 },
    'greeting-02': { correct: false, score: 0.5, at: 1600 },
  },
  exams: [],
  notebook: {},
  practice: {},
  updatedAt: 2000,
};

describe('migrate', () => {
  it('turns the last answers of version 0 into lesson attempts', () => {
    expect(migrate(versionZero)).toEqual({
      ...upgradedShape(),
      attempts: {
        'greeting-01': [{ correct: true, score: 1, at: 1500, source: 'lesson' }],
        'greeting-02': [{ correct: false, score: 0.5, at: 1600, source: 'lesson' }],
      },
    });
  });

  it('gives version 0 data that validates without losses', () => {
    expect(validateProgress(migrate(versionZero)).dropped).toEqual([]);
  });

  it('treats an explicit version 0 like a missing one', () => {
    expect(migrate({ ...versionZero, version: 0 })).toEqual(migrate(versionZero));
  });

  it('leaves its input unchanged', () => {
    const input = structuredClone(versionZero);
    migrate(input);
    expect(input).toEqual(versionZero);
  });

  it.each<[string, unknown]>([
    ['current data', sampleProgress()],
    ['a newer version', { ...sampleProgress(), version: 9, somethingNew: [] }],
    ['a version given as text', { ...versionZero, version: '0' }],
    ['a list', [1, 2]],
    ['text', 'hello'],
    ['null', null],
  ])('returns %s unchanged', (_case, raw) => {
    expect(migrate(raw)).toBe(raw);
  });
});

/** Version 0 data as version 1 would have it, apart from attempts. */
function upgradedShape() {
  const rest = without(versionZero, 'answers');
  return { ...rest, version: 3, favourites: {}, pathSteps: {} };
}

describe('migrate from version 1', () => {
  it('adds an empty set of starred questions and keeps everything else, so version 1 data loads without losses', () => {
    const rest = without(sampleProgress(), 'favourites', 'path', 'pathSteps');
    const versionOne = { ...rest, version: 1 };
    const upgraded = migrate(versionOne);
    expect(upgraded).toEqual({ ...rest, version: 3, favourites: {}, pathSteps: {} });
    expect(validateProgress(upgraded).dropped).toEqual([]);
  });
});

describe('migrate from version 2', () => {
  it('adds an empty set of path practice steps, follows no path, and keeps everything else', () => {
    const rest = without(sampleProgress(), 'path', 'pathSteps');
    const upgraded = migrate({ ...rest, version: 2 });
    expect(upgraded).toEqual({ ...rest, version: 3, pathSteps: {} });
    expect(validateProgress(upgraded).dropped).toEqual([]);
    expect((upgraded as { path?: unknown }).path).toBeUndefined();
  });
});
