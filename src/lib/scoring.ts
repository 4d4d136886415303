/** Scoring of every question type; each type's rule lives in src/question-types/<type>/score.ts. */
export { score, type AnswerKey, type AnswerKeyOf, type Response, type ResponseOf } from '../question-types/scoring.ts';
export { type Result } from '../question-types/shared.ts';
export { scoreMultiple } from '../question-types/multiple/score.ts';
export { keyPointHints } from '../question-types/case/score.ts';
