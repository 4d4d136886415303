import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('categorize'),
  /** The groups items are sorted into. */
  categories: z.array(z.strictObject({ id: z.string().trim().min(1), label: text })).min(2),
  /** Each item names the id of its category. */
  items: z.array(z.strictObject({ text, category: z.string().trim().min(1) })).min(2),
});

export const categorize: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const ids = q.categories.map((c) => c.id);
    q.items.forEach((item, i) => {
      if (!ids.includes(item.category))
        issue(`item "${item.text}" names category "${item.category}", which does not exist (categories: ${ids.join(', ')})`, ['items', i, 'category']);
    });
  },
  key: (q) => ({ type: 'categorize', categories: q.items.map((item) => item.category) }),
  rightAnswer(q) {
    const label = new Map(q.categories.map((c) => [c.id, c.label]));
    return q.items.map((item) => `${item.text}：${label.get(item.category) ?? item.category}`).join(PARTS);
  },
};
