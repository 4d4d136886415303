/**
 * Every question type's scoring, by type: used in the browser (checking answers) and at build time.
 * Kept apart from ./definitions.ts so the browser gets no schema code.
 */
import * as caseAnalysis from './case/score.ts';
import * as categorize from './categorize/score.ts';
import * as dialogue from './dialogue/score.ts';
import * as fill from './fill/score.ts';
import * as multiple from './multiple/score.ts';
import * as order from './order/score.ts';
import * as short from './short/score.ts';
import * as single from './single/score.ts';
import * as truefalse from './truefalse/score.ts';
import type { QuestionType, QuestionTypeTraits, Result } from './shared.ts';

// Plain functions and objects picked from the modules, not the module namespaces themselves: a namespace
// object kept as a value would cost every page a bundler runtime chunk.
const scorers = {
  single: single.score,
  multiple: multiple.score,
  truefalse: truefalse.score,
  order: order.score,
  categorize: categorize.score,
  fill: fill.score,
  dialogue: dialogue.score,
  short: short.score,
  case: caseAnalysis.score,
} satisfies {
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

/** What each type's score.ts says about it: its LMS interaction type, whether the learner marks it. */
export const traits: { [T in QuestionType]: QuestionTypeTraits } = {
  single: single.traits,
  multiple: multiple.traits,
  truefalse: truefalse.traits,
  order: order.traits,
  categorize: categorize.traits,
  fill: fill.traits,
  dialogue: dialogue.traits,
  short: short.traits,
  case: caseAnalysis.traits,
};

/** Whether questions of `type` are marked by the learner against answer points (简答, 案例分析). */
export const isSelfAssessed = (type: QuestionType): boolean => traits[type].selfAssessed === true;
