import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { checkMarks, essayLines, graderNotes, KeyPointSchema, keyPointsKey, marksCell, pointLine, pointsFromLines, sumMarks, type KeyPoint } from '../key-points-schema.ts';
import { gift } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { SheetHeader } from '../sheet-shared.ts';
import type { Key } from './score.ts';
import ui from '../../i18n/zh-CN.json' with { type: 'json' };

/** Characters of a case's material that name it in a list. */
const CASE_EXCERPT = 24;

/** A numbered sub-question of a case: its question and its own answer points. */
const PartSchema = z.strictObject({ stem: text, keyPoints: z.array(KeyPointSchema).min(1) });

/** 案例分析: the case told as a story, the question about it, and the model answer's points (or sub-questions, each with its points). */
const schema = z.strictObject({
  ...commonFields,
  type: z.literal('case'),
  /** The case material; a 案例分析 needs it (a question without one is a 简答, `type: short`). */
  case: text,
  /** The model answer's points; keywords drive the "seems covered" hint. */
  keyPoints: z.array(KeyPointSchema).min(1).optional(),
  /** Numbered sub-questions （1）（2）…, each with its points, instead of `keyPoints`. */
  parts: z.array(PartSchema).min(1).optional(),
});
type Case = z.output<typeof schema>;

/** Every answer point of a case, sub-question after sub-question. */
const casePoints = (q: Case): KeyPoint[] => (q.parts ? q.parts.flatMap((p) => p.keyPoints) : (q.keyPoints ?? []));
/** The points as groups: one per sub-question, headed （1）…, or one group. */
export const pointGroups = (q: Case) => (q.parts ? q.parts.map((p, i) => ({ heading: `${partNumber(i)}${p.stem}`, points: p.keyPoints })) : [{ points: q.keyPoints ?? [] }]);
/** （1）, （2）…: how a sub-question is numbered. */
export const partNumber = (i: number) => `（${i + 1}）`;
const PART_LINE = /^[（(]\s*(\d+)\s*[)）]\s*(.*)$/;

/** The question as one text: the case, an empty line, the question and its sub-questions. */
const fullStem = (q: Case) => `${q.case}\n\n${[q.stem, ...(q.parts ?? []).map((p, i) => `${partNumber(i)}${p.stem}`)].join('\n')}`;

export const caseAnalysis: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    if (!q.keyPoints && !q.parts) issue('question.case.noPoints', ['keyPoints']);
    if (q.keyPoints && q.parts) issue('question.case.both', ['parts']);
    checkMarks(q.id, q.parts ? q.parts.map((p, i) => ({ points: p.keyPoints, path: ['parts', i, 'keyPoints'] })) : [{ points: q.keyPoints ?? [], path: ['keyPoints'] }], issue);
  },
  key: (q) => ({ type: 'case', ...keyPointsKey(casePoints(q)) }),
  rightAnswer: (q) =>
    casePoints(q)
      .map((p) => p.text)
      .join(PARTS),
  // Cases share a generic stem: the material's opening words tell them apart.
  listLine: (q) => {
    const words = [...q.case.trim()];
    return { template: ui['quiz.caseLine'], values: { case: words.length > CASE_EXCERPT ? `${words.slice(0, CASE_EXCERPT).join('')}…` : words.join('') } };
  },
  // One item per sub-question (numbered as they are), or per point of a single question.
  answerList: (q) => (q.parts ? q.parts.map((p) => p.keyPoints.map((k) => k.text).join('；')) : casePoints(q).map((p) => p.text)),
  marks: (q) => sumMarks(casePoints(q)),
  sheet: {
    names: ['案例分析', '案例分析题', '案例', '案例题'],
    keys: ['case', 'stem', 'parts', 'keyPoints'],
    toRow: (q) => ({
      题干: fullStem(q),
      答案: q.parts ? q.parts.flatMap((p, i) => p.keyPoints.map((k) => `${partNumber(i)}${pointLine(k)}`)).join('\n') : casePoints(q).map(pointLine).join('\n'),
      分值: marksCell(casePoints(q)),
    }),
    fromRow(input) {
      const { cells, lines, options, existing, problem } = input;
      const blocks = cells.题干.split(/\n\s*\n/);
      if (cells.题干 && blocks.length < 2) problem('题干', 'sheet.case.noMaterial');
      if (lines.length === 0) problem('答案', 'sheet.case.answerEmpty');
      if (options.length) problem('选项A', 'sheet.case.noOptions');
      const asked = blocks
        .at(-1)!
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const first = asked.findIndex((line) => PART_LINE.test(line));
      const raw: Record<string, unknown> = { case: blocks.slice(0, -1).join('\n\n').trim(), stem: (first < 0 ? asked : asked.slice(0, first)).join('\n') };
      const previous = existing ? casePoints(existing) : [];
      if (first < 0) return { ...raw, keyPoints: pointsFromLines(lines, input, previous) };
      // Sub-questions: （1）… lines after the question, and each answer point starts with its sub-question's number.
      const stems = asked.slice(first).map((line) => PART_LINE.exec(line)?.[2]?.trim() ?? line);
      const owner = lines.map((line) => Number(PART_LINE.exec(line)?.[1] ?? 0));
      const bad = lines.find((_, i) => owner[i]! < 1 || owner[i]! > stems.length);
      if (bad) problem('答案', 'sheet.case.partNumber', { line: bad, parts: stems.length });
      const points = pointsFromLines(
        lines.map((line) => PART_LINE.exec(line)?.[2]?.trim() ?? line),
        input,
        previous,
      );
      return { ...raw, parts: stems.map((stem, n) => ({ stem, keyPoints: points.filter((_, i) => owner[i] === n + 1) })) };
    },
    column: (path): SheetHeader | undefined => {
      if (path.includes('marks')) return '分值';
      if (path[0] === 'case' || (path[0] === 'parts' && path[2] !== 'keyPoints')) return '题干';
      return undefined;
    },
  },
  moodle: (q, m) => [
    ...m.head('essay', q.id, fullStem(q)),
    ...essayLines(q.parts ? q.parts.map((p, i) => `${partNumber(i)}${p.stem}\n${graderNotes(p.keyPoints, m)}`).join('\n') : graderNotes(casePoints(q), m), sumMarks(casePoints(q))),
    m.end,
  ],
  gift: (q, g) => `${g.title}${gift(fullStem(q))} {${g.general}}`,
};
