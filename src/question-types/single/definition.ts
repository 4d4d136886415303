import { z } from 'astro/zod';
import { commonFields, OptionSchema } from '../fields.ts';
import { choiceFractions, gift } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import { choiceSheet } from '../sheet-choice.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({ ...commonFields, type: z.literal('single'), options: z.array(OptionSchema).min(2) });

export const single: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const n = q.options.filter((o) => o.correct).length;
    if (n !== 1) issue('question.single.oneCorrect', ['options'], { count: n });
  },
  key: (q) => ({ type: 'single', correct: q.options.findIndex((o) => o.correct) }),
  rightAnswer: (q) =>
    q.options
      .filter((o) => o.correct)
      .map((o) => o.text)
      .join(PARTS),
  sheet: choiceSheet('single'),
  moodle: (q, m) => [
    ...m.head('multichoice'),
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>ABCD</answernumbering>',
    ...q.options.map((o, i) =>
      m.answer(
        choiceFractions(
          q.options.map((x) => x.correct),
          true,
        )[i]!,
        o.text,
        o.feedback,
      ),
    ),
    m.end,
  ],
  gift: (q, g) => `${g.title}${gift(q.stem)} {\n${q.options.map((o) => `  ${o.correct ? '=' : '~'}${gift(o.text)}${g.feedback(o.feedback)}`).join('\n')}\n  ${g.general}\n}`,
};
