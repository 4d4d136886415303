import { z } from 'astro/zod';
import { commonFields } from '../fields.ts';
import { gift } from '../lms-shared.ts';
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
    if (count !== q.blanks.length) issue('question.fill.blankCount', ['blanks'], { count, blanks: q.blanks.length });
    q.blanks.forEach((accepted, i) => {
      if (accepted.length === 0) issue('question.fill.emptyBlank', ['blanks', i], { n: i + 1 });
    });
  },
  key: (q, variants) => ({ type: 'fill', accept: q.blanks.map((accepted) => [...new Set(accepted.flatMap((a) => [a, ...variants(a)]))]) }),
  rightAnswer: (q) => q.blanks.map((accepted) => accepted.join(' / ')).join(PARTS),
  sheet: {
    names: ['填空', '填空题'],
    keys: ['stem', 'blanks'],
    toRow: (q) => ({ 题干: q.stem, 答案: q.blanks.map((accepted) => accepted.join('|')).join('\n') }),
    fromRow({ cells, lines, problem }) {
      const blanks = cells.题干.match(BLANK_PATTERN)?.length ?? 0;
      if (cells.题干 && blanks === 0) problem('题干', 'sheet.fill.noBlank');
      if (lines.length === 0) problem('答案', 'sheet.fill.answerEmpty');
      else if (blanks && lines.length !== blanks) problem('答案', 'sheet.fill.lineCount', { blanks, lines: lines.length });
      return {
        stem: cells.题干,
        blanks: lines.map((line) =>
          line
            .split(/[|｜]/)
            .map((part) => part.trim())
            .filter(Boolean),
        ),
      };
    },
  },
  moodle(q, m) {
    // Cloze: each blank becomes {1:SHORTANSWER:=甲~=乙}, so questions with several blanks keep them all.
    let i = 0;
    const escape = (s: string) => s.replace(/[}#~/"\\]/g, (c) => `\\${c}`);
    const stem = q.stem.replace(BLANK_PATTERN, () => `{1:SHORTANSWER:${q.blanks[i++]!.map((a) => `=${escape(a)}`).join('~')}}`);
    return [...m.head('cloze', q.id, stem), m.end];
  },
  gift(q, g) {
    // GIFT holds one blank a question (a missing word); a question with several is in the Moodle XML file only.
    if (q.blanks.length > 1) return g.unsupported('gift.multiBlank');
    const [before, after] = q.stem.split(BLANK_PATTERN);
    return `${g.title}${gift(before ?? '')}{${q.blanks[0]!.map((a) => `=${gift(a)}`).join(' ')}${g.general}}${gift(after ?? '')}`;
  },
};
