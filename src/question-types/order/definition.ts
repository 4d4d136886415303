import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { textTag } from '../lms-shared.ts';
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
      if (seen.has(item)) issue('question.order.twice', ['items', i], { item });
      seen.add(item);
    });
  },
  key: (q) => ({ type: 'order', count: q.items.length }),
  rightAnswer: (q) => q.items.join(' → '),
  sheet: {
    names: ['排序', '排序题'],
    keys: ['stem', 'items'],
    toRow: (q) => ({ 题干: q.stem, 答案: q.items.join('\n') }),
    fromRow({ cells, lines, options, problem }) {
      if (lines.length < 2) problem('答案', 'sheet.order.tooFew');
      const twice = lines.find((line, i) => lines.indexOf(line) !== i);
      if (twice) problem('答案', 'sheet.order.twice', { item: twice });
      if (options.length) problem('选项A', 'sheet.order.noOptions');
      return { stem: cells.题干, items: lines };
    },
  },
  // qtype_ordering (core since Moodle 4.4): items in their correct order.
  moodle: (q, m) => [
    ...m.head('ordering'),
    '    <layouttype>VERTICAL</layouttype>',
    '    <selecttype>ALL</selecttype>',
    '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
    ...q.items.map((item, n) => `    <answer fraction="${n + 1}" format="moodle_auto_format">${textTag(item, 'plain')}</answer>`),
    m.end,
  ],
  gift: (_q, g) => g.unsupported('gift.order'),
};
