import { normalizeAnswer } from '../normalize.ts';
import { EMPTY, share, type Result } from '../shared.ts';

/** Accepted answers per blank, Traditional forms included. */
export interface Key {
  type: 'fill';
  accept: string[][];
}
export interface Answer {
  type: 'fill';
  values: string[];
}

export function score(key: Key, { values }: Answer): Result {
  if (values.every((v) => normalizeAnswer(v) === '')) return EMPTY;
  return share(key.accept.map((accepted, i) => accepted.some((a) => normalizeAnswer(a) === normalizeAnswer(values[i] ?? ''))));
}
