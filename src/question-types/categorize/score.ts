import { EMPTY, share, type Result } from '../shared.ts';

/** The right category id of each item, by item number. */
export interface Key {
  type: 'categorize';
  categories: string[];
}
export interface Answer {
  type: 'categorize';
  assigned: (string | null)[];
}

export function score(key: Key, { assigned }: Answer): Result {
  if (assigned.every((a) => !a)) return EMPTY;
  return share(key.categories.map((category, i) => assigned[i] === category));
}
