import { EMPTY, type Result } from '../shared.ts';

export interface Key {
  type: 'truefalse';
  answer: boolean;
}
export interface Answer {
  type: 'truefalse';
  selected: boolean | null;
}

export function score(key: Key, { selected }: Answer): Result {
  if (selected === null) return EMPTY;
  const right = selected === key.answer;
  return { empty: false, correct: right, score: right ? 1 : 0, parts: [right] };
}
