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
    if (count !== q.blanks.length) issue(`题干里有 ${count} 个空（___），但 blanks 给了 ${q.blanks.length} 组答案：每个空要有一组答案，例如 [知识, 业务知识]`, ['blanks']);
    q.blanks.forEach((accepted, i) => {
      if (accepted.length === 0) issue(`第 ${i + 1} 个空没有写答案`, ['blanks', i]);
    });
  },
  key: (q, variants) => ({ type: 'fill', accept: q.blanks.map((accepted) => [...new Set(accepted.flatMap((a) => [a, ...variants(a)]))]) }),
  rightAnswer: (q) => q.blanks.map((accepted) => accepted.join(' / ')).join(PARTS),
};
