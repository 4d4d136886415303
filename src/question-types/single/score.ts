import { EMPTY, type Result } from '../shared.ts';

/** Option numbers are their positions in the question file. */
export interface Key {
  type: 'single';
  correct: number;
}
export interface Answer {
  type: 'single';
  selected: number | null;
}

export function score(key: Key, { selected }: Answer): Result {
  if (selected === null) return EMPTY;
  const right = selected === key.correct;
  return { empty: false, correct: right, score: right ? 1 : 0, parts: [right] };
}
