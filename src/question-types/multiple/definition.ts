import { z } from 'astro/zod';
import { commonFields, OptionSchema } from '../fields.ts';
import { choiceFractions, gift, percent } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import { choiceSheet } from '../sheet-choice.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({ ...commonFields, type: z.literal('multiple'), options: z.array(OptionSchema).min(2) });

export const multiple: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    if (!q.options.some((o) => o.correct)) issue('question.multiple.noCorrect', ['options']);
  },
  key: (q) => ({ type: 'multiple', correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])), count: q.options.length }),
  rightAnswer: (q) =>
    q.options
      .filter((o) => o.correct)
      .map((o) => o.text)
      .join(PARTS),
  sheet: choiceSheet('multiple'),
  // Fractions that score as the course does (see choiceFractions): Moodle and GIFT readers give the same partial credit.
  moodle(q, m) {
    const fractions = choiceFractions(
      q.options.map((o) => o.correct),
      false,
    );
    return [
      ...m.head('multichoice'),
      '    <single>false</single>',
      '    <shuffleanswers>true</shuffleanswers>',
      '    <answernumbering>ABCD</answernumbering>',
      ...q.options.map((o, i) => m.answer(fractions[i]!, o.text, o.feedback)),
      m.end,
    ];
  },
  gift(q, g) {
    const fractions = choiceFractions(
      q.options.map((o) => o.correct),
      false,
    );
    return `${g.title}${gift(q.stem)} {\n${q.options.map((o, i) => `  ~${percent(fractions[i]!)}${gift(o.text)}${g.feedback(o.feedback)}`).join('\n')}\n  ${g.general}\n}`;
  },
};
