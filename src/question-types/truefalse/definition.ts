import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { gift } from '../lms-shared.ts';
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
  sheet: {
    names: ['判断', '判断题'],
    keys: ['stem', 'answer'],
    toRow: (q) => ({ 题干: q.stem, 答案: q.answer ? '对' : '错' }),
    fromRow({ cells, answer, options, problem }) {
      const read = readTrueFalse(answer);
      const value = typeof read === 'boolean' ? read : undefined;
      if (value === undefined) problem('答案', answer ? 'sheet.truefalse.unknown' : 'sheet.truefalse.empty', { answer });
      if (options.length) problem('选项A', 'sheet.truefalse.noOptions');
      return value === undefined ? { stem: cells.题干 } : { stem: cells.题干, answer: value };
    },
    column: (path) => (path[0] === undefined ? '题型' : undefined),
  },
  moodle: (q, m) => [
    ...m.head('truefalse'),
    m.answer(q.answer ? 100 : 0, 'true', '', 'moodle_auto_format'),
    m.answer(q.answer ? 0 : 100, 'false', '', 'moodle_auto_format'),
    m.end,
  ],
  gift: (q, g) => `${g.title}${gift(q.stem)} {${q.answer ? 'T' : 'F'}${g.general}}`,
};
