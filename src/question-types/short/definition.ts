import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { checkMarks, essayLines, graderNotes, KeyPointSchema, keyPointsKey, marksCell, pointLine, pointsFromLines, sumMarks } from '../key-points-schema.ts';
import { gift } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

/** 简答: a question asked straight, no case material; the model answer's points, each with its marks. */
const schema = z.strictObject({
  ...commonFields,
  type: z.literal('short'),
  keyPoints: z.array(KeyPointSchema).min(1),
});

export const short: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check: (q, issue) => checkMarks(q.id, [{ points: q.keyPoints, path: ['keyPoints'] }], issue),
  key: (q) => ({ type: 'short', ...keyPointsKey(q.keyPoints) }),
  rightAnswer: (q) => q.keyPoints.map((p) => p.text).join(PARTS),
  answerList: (q) => q.keyPoints.map((p) => p.text),
  marks: (q) => sumMarks(q.keyPoints),
  sheet: {
    names: ['简答', '简答题'],
    keys: ['stem', 'keyPoints'],
    toRow: (q) => ({ 题干: q.stem, 答案: q.keyPoints.map(pointLine).join('\n'), 分值: marksCell(q.keyPoints) }),
    fromRow(input) {
      // An empty line parts case material from its question: a row written the older way, when 简答 held the cases too.
      if (/\n\s*\n/.test(input.cells.题干)) input.problem('题干', 'sheet.short.blankLine');
      if (input.lines.length === 0) input.problem('答案', 'sheet.short.answerEmpty');
      if (input.options.length) input.problem('选项A', 'sheet.short.noOptions');
      return { stem: input.cells.题干, keyPoints: pointsFromLines(input.lines, input, input.existing?.keyPoints ?? []) };
    },
    column: (path) => (path[0] === 'keyPoints' && path[2] === 'marks' ? '分值' : undefined),
  },
  moodle: (q, m) => [...m.head('essay'), ...essayLines(graderNotes(q.keyPoints, m), sumMarks(q.keyPoints)), m.end],
  gift: (q, g) => `${g.title}${gift(q.stem)} {${g.general}}`,
};
