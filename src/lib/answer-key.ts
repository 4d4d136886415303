/** The answer key the browser checks against; each type's lives in src/question-types/<type>/definition.ts. */
export { answerKey } from '../question-types/definitions.ts';
export { segmentKeywords } from '../question-types/case/definition.ts';
