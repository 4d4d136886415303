import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { BLANK_PATTERN, PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('fill'),
  /** One list of accepted answers per blank (`___` in the stem), in order. */
  blanks: z.array(z.array(z.string().trim().min(1))).min(1),
});

export const fill: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const count = q.stem.match(BLANK_PATTERN)?.length ?? 0;
    if (count !== q.blanks.length) issue(`the stem has ${count} blank(s) ("___") but ${q.blanks.length} list(s) of accepted answers are given`, ['blanks']);
    q.blanks.forEach((accepted, i) => {
      if (accepted.length === 0) issue(`blank ${i + 1} has no accepted answer`, ['blanks', i]);
    });
  },
  key: (q, variants) => ({ type: 'fill', accept: q.blanks.map((accepted) => [...new Set(accepted.flatMap((a) => [a, ...variants(a)]))]) }),
  rightAnswer: (q) => q.blanks.map((accepted) => accepted.join(' / ')).join(PARTS),
};
