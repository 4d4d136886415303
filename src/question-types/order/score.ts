import { EMPTY, share, type Result } from '../shared.ts';

export interface Key {
  type: 'order';
  count: number;
}
/** Item numbers (positions in the question file) in the order the learner put them. */
export interface Answer {
  type: 'order';
  sequence: number[];
}

/** Share of items in their right place; the right order is the order in the file. */
export function score(key: Key, { sequence }: Answer): Result {
  if (sequence.length !== key.count) return EMPTY;
  return share(sequence.map((item, position) => item === position));
}
