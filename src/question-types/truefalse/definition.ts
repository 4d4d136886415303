import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';
import { readTrueFalse } from './words.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('truefalse'),
  /** Whether the statement in the stem is true: true/false, or 对/错 and the other words the workbook accepts. */
  answer: z.preprocess(readTrueFalse, z.boolean()),
});

export const truefalse: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  key: (q) => ({ type: 'truefalse', answer: q.answer }),
  rightAnswer: (q, labels) => (q.answer ? labels.true : labels.false),
};
