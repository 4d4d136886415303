import { z } from 'astro/zod';
import { commonFields, OptionSchema } from '../fields.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({ ...commonFields, type: z.literal('multiple'), options: z.array(OptionSchema).min(2) });

export const multiple: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    if (!q.options.some((o) => o.correct)) issue('a multiple-choice question needs at least one option with "correct: true"', ['options']);
  },
  key: (q) => ({ type: 'multiple', correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])), count: q.options.length }),
  rightAnswer: (q) => q.options.filter((o) => o.correct).map((o) => o.text).join(PARTS),
};
