import { EMPTY, share, type Result } from '../shared.ts';

/** The best reply's number, per turn. */
export interface Key {
  type: 'dialogue';
  best: number[];
}
export interface Answer {
  type: 'dialogue';
  selected: (number | null)[];
}

export function score(key: Key, { selected }: Answer): Result {
  if (selected.every((s) => s === null)) return EMPTY;
  return share(key.best.map((best, i) => selected[i] === best));
}
