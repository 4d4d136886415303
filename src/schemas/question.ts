/**
 * The question schema. Each type's fields, checks, key and rendering live in its own folder under
 * src/question-types/; this file is where the rest of the code finds the schema and its types.
 */
export { QUESTION_TYPES, BLANK_PATTERN, type QuestionType } from '../question-types/shared.ts';
export { QuestionSchema, type Question, type QuestionInput, type QuestionOf } from '../question-types/definitions.ts';
