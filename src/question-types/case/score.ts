import { mentions, normalizeAnswer } from '../../lib/normalize.ts';
import { EMPTY, share, type Result } from '../shared.ts';

/** Keywords per key point, for the "seems covered" hint. */
export interface Key { type: 'case'; keywords: string[][] }
/** The free answer and the key points the learner ticked as covered. */
export interface Answer { type: 'case'; text: string; ticked: boolean[] }

/** Self-assessed: the share of key points the learner ticked. */
export function score(key: Key, { text, ticked }: Answer): Result {
  if (normalizeAnswer(text) === '' && !ticked.some(Boolean)) return EMPTY;
  return share(key.keywords.map((_, i) => ticked[i] === true));
}

/**
 * Which key points a free answer seems to cover: at least half of a point's keywords
 * appear in it. Only a hint for the learner's own judgement.
 */
export function keyPointHints(text: string, keywords: readonly (readonly string[])[]): boolean[] {
  return keywords.map((words) => words.length > 0 && words.filter((w) => mentions(text, w)).length >= Math.ceil(words.length / 2));
}
