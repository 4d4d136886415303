import { EMPTY, type Result } from '../shared.ts';

export interface Key {
  type: 'multiple';
  correct: number[];
  count: number;
}
export interface Answer {
  type: 'multiple';
  selected: number[];
}

/**
 * Partial credit: (right ticks − wrong ticks) ÷ number of right options, never below 0.
 * Ticking everything therefore scores less than ticking only the right ones.
 */
export function scoreMultiple(correct: readonly number[], count: number, selected: readonly number[]): Result {
  if (selected.length === 0) return EMPTY;
  const picked = new Set(selected);
  const right = correct.filter((i) => picked.has(i)).length;
  const wrong = [...picked].filter((i) => !correct.includes(i)).length;
  const parts = Array.from({ length: count }, (_, i) => picked.has(i) === correct.includes(i));
  const score = Math.max(0, (right - wrong) / correct.length);
  return { empty: false, correct: right === correct.length && wrong === 0, score, parts };
}

export const score = (key: Key, { selected }: Answer): Result => scoreMultiple(key.correct, key.count, selected);
