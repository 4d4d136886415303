import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('truefalse'),
  /** Whether the statement in the stem is true. */
  answer: z.boolean(),
});

export const truefalse: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  key: (q) => ({ type: 'truefalse', answer: q.answer }),
  rightAnswer: (q, labels) => (q.answer ? labels.true : labels.false),
};
