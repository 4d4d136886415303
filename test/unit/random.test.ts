import { describe, expect, it } from 'vitest';
import { displayOrder, hashString, seededRandom, shuffle } from '../../src/lib/random.ts';

describe('seededRandom', () => {
  it('returns the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('returns different sequences for different seeds', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});

describe('displayOrder', () => {
  it('gives a question the same option order every time', () => {
    expect(displayOrder('service-mindset-01', 4)).toEqual(displayOrder('service-mindset-01', 4));
  });

  it('is a permutation of all positions', () => {
    expect([...displayOrder('x', 6)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never starts an ordering question in its solved order', () => {
    for (let i = 0; i < 200; i++) {
      const order = displayOrder(`order-${i}`, 2, true);
      expect(order).toEqual([1, 0]);
    }
  });
});

describe('shuffle', () => {
  it('leaves its input unchanged', () => {
    const items = [1, 2, 3];
    shuffle(items, seededRandom(hashString('a')));
    expect(items).toEqual([1, 2, 3]);
  });
});
