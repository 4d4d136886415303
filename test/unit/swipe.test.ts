import { describe, expect, it } from 'vitest';
import { swipeDirection } from '../../src/lib/swipe.ts';

describe('swipeDirection', () => {
  it('moves on for a swipe to the left and back for one to the right', () => {
    expect(swipeDirection(-200, 5)).toBe(1);
    expect(swipeDirection(200, -5)).toBe(-1);
  });

  it('needs 60 px sideways', () => {
    expect(swipeDirection(-59, 0)).toBe(0);
    expect(swipeDirection(-60, 0)).toBe(1);
  });

  it('ignores a touch that moved more than half as far up or down as across (a scroll)', () => {
    expect(swipeDirection(-100, 50)).toBe(0);
    expect(swipeDirection(-100, 49)).toBe(1);
    expect(swipeDirection(100, -80)).toBe(0);
  });
});
