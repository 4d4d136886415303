/**
 * Every question type's definition, by type: the one list the build reads, checks, exports and imports
 * questions with. Adding a type: a folder beside this file (see README "Adding a question type"), then one
 * line here, in ./scoring.ts, ./traits.ts, ./client.ts, ./components.ts, ./e2e.ts and ./styles.css; the mapped types
 * make a missing piece a compile error, and test/unit/question-types.test.ts checks the rest.
 */
import { z } from 'astro/zod';
import { codedIssue } from '../i18n/content-keys.ts';
import { caseAnalysis } from './case/definition.ts';
import { categorize } from './categorize/definition.ts';
import { dialogue } from './dialogue/definition.ts';
import { fill } from './fill/definition.ts';
import { multiple } from './multiple/definition.ts';
import { order } from './order/definition.ts';
import { short } from './short/definition.ts';
import { single } from './single/definition.ts';
import { truefalse } from './truefalse/definition.ts';
import type { AnswerKeyOf } from './scoring.ts';
import type { Issue, QuestionType, QuestionTypeDefinition, SummaryLabels, Variants } from './shared.ts';

export const definitions = { single, multiple, truefalse, order, categorize, fill, dialogue, short, case: caseAnalysis } satisfies {
  [T in QuestionType]: QuestionTypeDefinition<z.ZodType<{ type: T }>, AnswerKeyOf<T>>;
};

type Definitions = typeof definitions;
/** A validated question of one type. */
export type QuestionOf<T extends QuestionType> = z.output<Definitions[T]['schema']>;
/** A validated question. */
export type Question = QuestionOf<QuestionType>;
/** A question as a YAML file holds it (no `lesson`: the file's path says which lesson). */
export type RawQuestion = Record<string, unknown> & { id: string; type: QuestionType };

// The union cannot be built from Object.values: zod needs the schemas as a tuple.
const ByType = z.discriminatedUnion('type', [
  single.schema,
  multiple.schema,
  truefalse.schema,
  order.schema,
  categorize.schema,
  fill.schema,
  dialogue.schema,
  short.schema,
  caseAnalysis.schema,
]);

/** The definition of `question`'s type, typed for that question. */
export function definitionOf<T extends QuestionType>(question: QuestionOf<T>) {
  return definitions[question.type as T] as unknown as QuestionTypeDefinition<z.ZodType<QuestionOf<T>>, AnswerKeyOf<T>>;
}

/** One question of the bank, with each type's checks that span several fields. */
export const QuestionSchema = ByType.superRefine((q, ctx) => {
  const issue: Issue = (code, path, values) => ctx.addIssue(codedIssue(code, values, path));
  definitionOf(q).check?.(q, issue);
});

/** The answer key the browser checks against; `variants` gives other written forms of accepted answers. */
export function answerKey<T extends QuestionType>(question: QuestionOf<T>, variants: Variants = () => []): AnswerKeyOf<T> {
  return definitionOf(question).key(question, variants);
}

/** The right answer as short text, written the way the learner's own answer is recorded. */
export function rightAnswerText(question: Question, labels: SummaryLabels): string {
  return definitionOf(question).rightAnswer(question, labels);
}

/** The right answer as a list where it is one (a written answer's points), else as short text. */
export function answerForList(question: Question, labels: SummaryLabels): string | string[] {
  return definitionOf(question).answerList?.(question) ?? rightAnswerText(question, labels);
}

/** The question's marks: the sum of its answer points' marks, or undefined for a question without (every objective one). */
export function questionMarks(question: Question): number | undefined {
  return definitionOf(question).marks?.(question);
}
