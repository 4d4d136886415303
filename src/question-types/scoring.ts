/**
 * Every question type's scoring, by type: used in the browser (checking answers) and at build time.
 * Kept apart from ./definitions.ts so the browser gets no schema code.
 */
import { score as caseAnalysis } from './case/score.ts';
import { score as categorize } from './categorize/score.ts';
import { score as dialogue } from './dialogue/score.ts';
import { score as fill } from './fill/score.ts';
import { score as multiple } from './multiple/score.ts';
import { score as order } from './order/score.ts';
import { score as short } from './short/score.ts';
import { score as single } from './single/score.ts';
import { score as truefalse } from './truefalse/score.ts';
import type { QuestionType, Result } from './shared.ts';

// Plain functions, not module namespaces: a namespace object would cost every page a bundler runtime chunk.
const scorers = { single, multiple, truefalse, order, categorize, fill, dialogue, short, case: caseAnalysis } satisfies {
  // Method syntax keeps parameters bivariant, so each scorer's own key type fits while `type` must match.
  [T in QuestionType]: { check(key: { type: T }, answer: { type: T }): Result }['check'];
};

type Scorers = typeof scorers;
/** What the browser needs to check an answer to a question of type `T`. */
export type AnswerKeyOf<T extends QuestionType> = Parameters<Scorers[T]>[0];
/** A learner's answer to a question of type `T`, in the numbering of its key. */
export type ResponseOf<T extends QuestionType> = Parameters<Scorers[T]>[1];
export type AnswerKey = AnswerKeyOf<QuestionType>;
export type Response = ResponseOf<QuestionType>;

/** Scores a response against its key. */
export function score(key: AnswerKey, response: Response): Result {
  if (key.type !== response.type) throw new Error(`response of type ${response.type} for a ${key.type} question`);
  return (scorers[key.type] as (k: AnswerKey, r: Response) => Result)(key, response);
}
