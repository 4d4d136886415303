import { describe, expect, it } from 'vitest';
import { clampPosition, courseOrder, movePosition, canMove, parseScope, practiceStats, randomSet, scopePool } from '../../src/lib/practice.ts';

const q = (id: string, lesson: string) => ({ id, lesson });

describe('courseOrder', () => {
  it('orders questions lesson by lesson, keeping file order within a lesson', () => {
    const questions = [q('b1', 'm2/b'), q('a1', 'm1/a'), q('b2', 'm2/b'), q('a2', 'm1/a')];
    expect(courseOrder(['m1/a', 'm2/b'], questions).map((x) => x.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('follows the lesson order given, not the alphabet', () => {
    expect(courseOrder(['z/last', 'a/first'], [q('1', 'a/first'), q('2', 'z/last')]).map((x) => x.id)).toEqual(['2', '1']);
  });

  it('leaves out questions of lessons not listed', () => {
    expect(courseOrder(['m1/a'], [q('a1', 'm1/a'), q('x', 'm9/gone')]).map((x) => x.id)).toEqual(['a1']);
  });

  it('returns nothing for no lessons', () => {
    expect(courseOrder([], [q('a1', 'm1/a')])).toEqual([]);
  });
});

describe('clampPosition', () => {
  it.each([
    [0, 5, 0],
    [3, 5, 3],
    [4, 5, 4],
    [5, 5, 4],
    [99, 5, 4],
    [-1, 5, 0],
    [2.7, 5, 2],
    [NaN, 5, 0],
    [Infinity, 5, 0],
    [3, 0, 0],
  ])('makes %s valid in a set of %s as %s', (position, total, expected) => {
    expect(clampPosition(position, total)).toBe(expected);
  });
});

describe('movePosition', () => {
  it.each([
    [0, 1, 3, 1],
    [1, -1, 3, 0],
    [2, 1, 3, 2],
    [0, -1, 3, 0],
    [10, -1, 3, 1],
    [0, 1, 0, 0],
  ])('moves from %s by %s in a set of %s to %s', (position, step, total, expected) => {
    expect(movePosition(position, step, total)).toBe(expected);
  });
});

describe('canMove', () => {
  it.each([
    [0, 3, { prev: false, next: true }],
    [1, 3, { prev: true, next: true }],
    [2, 3, { prev: true, next: false }],
    [0, 1, { prev: false, next: false }],
    [0, 0, { prev: false, next: false }],
  ])('tells at %s of %s whether there is a question before and after', (position, total, expected) => {
    expect(canMove(position, total)).toEqual(expected);
  });
});

describe('randomSet', () => {
  const pool = Array.from({ length: 30 }, (_, i) => q(`q${String(i).padStart(2, '0')}`, i < 20 ? 'alpha/one' : 'beta/two'));
  const ids = (set: { id: string }[]) => set.map((x) => x.id);

  it('draws ten different questions by default', () => {
    const set = randomSet(pool, { seed: 7 });
    expect(set).toHaveLength(10);
    expect(new Set(ids(set)).size).toBe(10);
  });

  it('gives the same set for the same seed, whatever the pool order', () => {
    expect(ids(randomSet([...pool].reverse(), { seed: 7 }))).toEqual(ids(randomSet(pool, { seed: 7 })));
  });

  it('gives another set for another seed', () => {
    expect(ids(randomSet(pool, { seed: 8 }))).not.toEqual(ids(randomSet(pool, { seed: 7 })));
  });

  it('draws only from the chosen module', () => {
    const set = randomSet(pool, { seed: 3, module: 'beta' });
    expect(set).toHaveLength(10);
    expect(set.every((x) => x.lesson.startsWith('beta/'))).toBe(true);
  });

  it('avoids the previous set while the pool has enough other questions', () => {
    const first = ids(randomSet(pool, { seed: 1 }));
    const second = ids(randomSet(pool, { seed: 2, avoid: first }));
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it('fills up with avoided questions when the pool is too small', () => {
    const beta = ids(randomSet(pool, { seed: 1, module: 'beta' }));
    const again = randomSet(pool, { seed: 2, module: 'beta', avoid: beta.slice(0, 5) });
    expect(again).toHaveLength(10);
  });

  it('returns the whole module when it has fewer questions than the set size', () => {
    expect(randomSet(pool, { seed: 1, module: 'beta', size: 20 })).toHaveLength(10);
  });

  it('returns nothing for a module without questions', () => {
    expect(randomSet(pool, { seed: 1, module: 'gamma' })).toEqual([]);
  });
});

describe('practice scopes', () => {
  const pool = [
    { id: 'a', lesson: 'm/x', written: true },
    { id: 'b', lesson: 'm/x' },
    { id: 'c', lesson: 'n/y', written: true },
    { id: 'd', lesson: 'n/y' },
  ];

  it('draws only 简答 and 案例分析 questions in the written scope', () => {
    expect(scopePool(pool, 'written').map((q) => q.id)).toEqual(['a', 'c']);
    for (const seed of [1, 2, 3]) expect(randomSet(scopePool(pool, 'written'), { seed }).every((q) => q.written)).toBe(true);
  });

  it('lists the starred questions, oldest star first', () => {
    expect(scopePool(pool, 'favourites', { d: 5, a: 9 }).map((q) => q.id)).toEqual(['d', 'a']);
    expect(scopePool(pool, 'favourites', {})).toEqual([]);
  });

  it('reads the scope from the URL, anything unknown being all', () => {
    expect(parseScope('written')).toBe('written');
    expect(parseScope('favourites')).toBe('favourites');
    expect(parseScope('x')).toBe('all');
    expect(parseScope(null)).toBe('all');
  });
});

describe('practiceStats', () => {
  it('counts questions answered and right answers of the answers given, not of the questions', () => {
    const attempts = { a: [{ correct: false }, { correct: true }], b: [{ correct: true }], z: [{ correct: false }] };
    expect(practiceStats(attempts, ['a', 'b', 'c', 'd'])).toEqual({ answered: 2, total: 4, right: 2, attempts: 3 });
  });
});
