/**
 * What the written types (简答 `short`, 案例分析 `case`) share in the browser and the build: a free
 * answer marked by the learner against the model answer's points, each point with its marks.
 */
import { mentions, normalizeAnswer } from './normalize.ts';
import { EMPTY, type Result } from './shared.ts';

/** Keywords per answer point (for the "seems covered" hint) and each point's marks (none when not given). */
export interface KeyPointsKey {
  keywords: string[][];
  marks: number[];
}
/** The free answer and the points the learner ticked as covered. */
export interface WrittenAnswer {
  text: string;
  ticked: boolean[];
}

/** Each point's weight: its marks, or equal shares for a question that has no marks yet. */
const pointWeights = (key: KeyPointsKey): number[] => (key.marks.length === key.keywords.length ? key.marks : key.keywords.map(() => 1));

/** Self-assessed: the marks of the points ticked out of the question's marks (equal shares without marks). */
export function scoreKeyPoints(key: KeyPointsKey, { text, ticked }: WrittenAnswer): Result {
  if (normalizeAnswer(text) === '' && !ticked.some(Boolean)) return EMPTY;
  const parts = key.keywords.map((_, i) => ticked[i] === true);
  const weights = pointWeights(key);
  const total = weights.reduce((a, b) => a + b, 0);
  const got = weights.reduce((sum, w, i) => sum + (parts[i] ? w : 0), 0);
  return { empty: false, correct: parts.length > 0 && parts.every(Boolean), score: total ? got / total : 0, parts };
}

/** The marks the ticked points carry and the question's marks, when it has marks. */
export function markedFigures(key: KeyPointsKey, result: Result): { got: number; total: number } | undefined {
  if (key.marks.length !== key.keywords.length || key.marks.length === 0) return undefined;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { got: round(key.marks.reduce((sum, m, i) => sum + (result.parts[i] ? m : 0), 0)), total: round(key.marks.reduce((a, b) => a + b, 0)) };
}

/**
 * Which key points a free answer seems to cover: at least half of a point's keywords
 * appear in it. Only a hint for the learner's own judgement.
 */
export function keyPointHints(text: string, keywords: readonly (readonly string[])[]): boolean[] {
  return keywords.map((words) => words.length > 0 && words.filter((w) => mentions(text, w)).length >= Math.ceil(words.length / 2));
}
