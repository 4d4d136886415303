import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('order'),
  /** The items in their correct order; learners see them shuffled. */
  items: z.array(text).min(2),
});

export const order: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const seen = new Set<string>();
    q.items.forEach((item, i) => {
      if (seen.has(item)) issue(`ordering item "${item}" appears twice; every item must be different`, ['items', i]);
      seen.add(item);
    });
  },
  key: (q) => ({ type: 'order', count: q.items.length }),
  rightAnswer: (q) => q.items.join(' → '),
};
