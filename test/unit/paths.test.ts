import { describe, expect, it } from 'vitest';
import { customPathQuery, customPathTitle, parseCustomPath, pathMinutes, pathProgress, placeInPath, PRACTICE_STEP_MINUTES } from '../../src/lib/paths.ts';
import type { PathStep } from '../../src/schemas/path.ts';

const KNOWN = ['communication/communication-model', 'complaints/six-steps', 'complaints/cake-shop', 'service-quality/five-gaps'];

describe('parseCustomPath', () => {
  it.each([
    {
      name: 'reads the lessons in the order of the link',
      query: '?lessons=complaints/six-steps,communication/communication-model',
      lessons: ['complaints/six-steps', 'communication/communication-model'],
      unknown: [],
    },
    { name: 'reads a query without the leading "?"', query: 'lessons=complaints/six-steps', lessons: ['complaints/six-steps'], unknown: [] },
    {
      name: 'trims spaces and drops empty entries',
      query: '?lessons= complaints/six-steps ,,%20complaints/cake-shop,',
      lessons: ['complaints/six-steps', 'complaints/cake-shop'],
      unknown: [],
    },
    {
      name: 'keeps the first of repeated lessons',
      query: '?lessons=complaints/cake-shop,complaints/six-steps,complaints/cake-shop',
      lessons: ['complaints/cake-shop', 'complaints/six-steps'],
      unknown: [],
    },
    {
      name: 'puts unknown ids aside, once each',
      query: '?lessons=complaints/six-steps,complaints/nope,nope,complaints/nope',
      lessons: ['complaints/six-steps'],
      unknown: ['complaints/nope', 'nope'],
    },
    {
      name: 'decodes escaped slashes and strips slashes around an id',
      query: '?lessons=complaints%2Fsix-steps,/service-quality/five-gaps/',
      lessons: ['complaints/six-steps', 'service-quality/five-gaps'],
      unknown: [],
    },
    {
      name: 'reads every lessons parameter and ignores other parameters',
      query: '?from=wechat&lessons=complaints/six-steps&lessons=complaints/cake-shop',
      lessons: ['complaints/six-steps', 'complaints/cake-shop'],
      unknown: [],
    },
    { name: 'returns nothing for a link without lessons', query: '?seed=42', lessons: [], unknown: [] },
    { name: 'returns nothing for an empty query', query: '', lessons: [], unknown: [] },
  ])('$name', ({ query, lessons, unknown }) => {
    expect(parseCustomPath(query, KNOWN)).toEqual({ lessons, unknown });
  });
});

describe('customPathQuery', () => {
  it('keeps slashes readable', () => {
    expect(customPathQuery(['communication/communication-model', 'complaints/six-steps'])).toBe(
      '?lessons=communication/communication-model,complaints/six-steps',
    );
  });

  it('escapes characters that would break the link', () => {
    expect(customPathQuery(['a&b/c d', 'x#y'])).toBe('?lessons=a%26b/c%20d,x%23y');
  });

  it('returns an empty string for no lessons', () => {
    expect(customPathQuery([])).toBe('');
  });

  it('adds an escaped, trimmed title', () => {
    expect(customPathQuery(['complaints/six-steps'], ' 投诉 & 回访 ')).toBe('?lessons=complaints/six-steps&title=%E6%8A%95%E8%AF%89%20%26%20%E5%9B%9E%E8%AE%BF');
  });

  it('leaves out a blank title', () => {
    expect(customPathQuery(['complaints/six-steps'], '   ')).toBe('?lessons=complaints/six-steps');
  });

  it('gives no query for a title without lessons', () => {
    expect(customPathQuery([], '投诉')).toBe('');
  });

  it('gives back the same lessons when parsed', () => {
    const ids = ['service-quality/five-gaps', 'complaints/cake-shop', 'a&b/c d'];
    expect(parseCustomPath(customPathQuery(ids), ids)).toEqual({ lessons: ids, unknown: [] });
  });
});

describe('customPathTitle', () => {
  it.each([
    { name: 'reads the title of a link', query: '?lessons=a/b&title=%E6%8A%95%E8%AF%89%20%26%20%E5%9B%9E%E8%AE%BF', title: '投诉 & 回访' },
    { name: 'trims spaces', query: '?title=%20%E6%8A%95%E8%AF%89%20', title: '投诉' },
    { name: 'returns an empty string without a title', query: '?lessons=a/b', title: '' },
    { name: 'keeps markup as plain text', query: `?title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, title: '<img src=x onerror=alert(1)>' },
    { name: 'cuts a long title to 60 characters', query: `?title=${'长'.repeat(80)}`, title: '长'.repeat(60) },
  ])('$name', ({ query, title }) => {
    expect(customPathTitle(query)).toBe(title);
  });

  it('reads back the title customPathQuery wrote', () => {
    expect(customPathTitle(customPathQuery(['a/b'], '新人第一周：电话 + 投诉'))).toBe('新人第一周：电话 + 投诉');
  });
});

describe('pathMinutes', () => {
  const minutes: Record<string, number> = { 'a/one': 15, 'a/two': 20 };

  it('adds the minutes of each lesson', () => {
    expect(pathMinutes([{ lesson: 'a/one' }, { lesson: 'a/two' }], (id) => minutes[id]!)).toBe(35);
  });

  it('adds a fixed estimate for each practice step', () => {
    expect(pathMinutes([{ lesson: 'a/one' }, { practice: 'a' }, { practice: 'b', label: '练习' }], (id) => minutes[id]!)).toBe(15 + 2 * PRACTICE_STEP_MINUTES);
  });

  it('returns 0 for no steps', () => {
    expect(pathMinutes([], () => 99)).toBe(0);
  });
});

describe('pathProgress', () => {
  const steps: PathStep[] = [
    { lesson: 'communication/communication-model' },
    { practice: 'communication', label: '练习：沟通原理' },
    { lesson: 'complaints/six-steps' },
    { lesson: 'complaints/cake-shop' },
    { practice: 'complaints' },
  ];

  it.each([
    { name: 'starts at the first step', completed: [], done: 0, next: steps[0] },
    { name: 'suggests practice after the lessons before it', completed: ['communication/communication-model'], done: 1, next: steps[1] },
    {
      name: 'skips practice the learner has moved beyond',
      completed: ['communication/communication-model', 'complaints/six-steps'],
      done: 2,
      next: steps[3],
    },
    { name: 'goes back to a skipped lesson', completed: ['complaints/six-steps', 'complaints/cake-shop'], done: 2, next: steps[0] },
    { name: 'ignores lessons outside the path', completed: ['service-quality/five-gaps'], done: 0, next: steps[0] },
    {
      name: 'has no next step once every lesson is completed',
      completed: ['communication/communication-model', 'complaints/six-steps', 'complaints/cake-shop'],
      done: 3,
      next: undefined,
    },
  ])('$name', ({ completed, done, next }) => {
    expect(pathProgress(steps, new Set(completed))).toEqual({ done, total: 3, ...(next ? { next } : {}) });
  });

  it('counts no lessons in a path of practice only', () => {
    expect(pathProgress([{ practice: 'complaints' }], new Set())).toEqual({ done: 0, total: 0 });
  });
});

describe('placeInPath', () => {
  const steps: PathStep[] = [{ lesson: 'a/one' }, { lesson: 'a/two' }, { practice: 'a' }, { lesson: 'b/three' }];

  it('gives the step number among all steps and the step after it', () => {
    expect(placeInPath(steps, 'a/two')).toEqual({ position: 2, total: 4, next: { practice: 'a' } });
    expect(placeInPath(steps, 'a/one')).toEqual({ position: 1, total: 4, next: { lesson: 'a/two' } });
  });

  it('has no next step for the last one', () => {
    expect(placeInPath(steps, 'b/three')).toEqual({ position: 4, total: 4 });
  });

  it('is undefined for a lesson the path does not include', () => {
    expect(placeInPath(steps, 'c/four')).toBeUndefined();
  });
});
