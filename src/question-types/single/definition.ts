import { z } from 'astro/zod';
import { commonFields, OptionSchema } from '../fields.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({ ...commonFields, type: z.literal('single'), options: z.array(OptionSchema).min(2) });

export const single: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const n = q.options.filter((o) => o.correct).length;
    if (n !== 1) issue(`a single-choice question needs exactly one option with "correct: true", found ${n}`, ['options']);
  },
  key: (q) => ({ type: 'single', correct: q.options.findIndex((o) => o.correct) }),
  rightAnswer: (q) => q.options.filter((o) => o.correct).map((o) => o.text).join(PARTS),
};
