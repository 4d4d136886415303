import { EMPTY, share, type QuestionTypeTraits, type Result } from '../shared.ts';

/** The right category id of each item, by item number. */
export interface Key { type: 'categorize'; categories: string[] }
export interface Answer { type: 'categorize'; assigned: (string | null)[] }

export function score(key: Key, { assigned }: Answer): Result {
  if (assigned.every((a) => !a)) return EMPTY;
  return share(key.categories.map((category, i) => assigned[i] === category));
}

export const traits: QuestionTypeTraits = { interaction: ['matching', 'matching'] };
