import { z } from 'astro/zod';
import ui from '../../i18n/zh-CN.json' with { type: 'json' };
import { commonFields, text } from '../fields.ts';
import { gift } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('dialogue'),
  /** The question; most dialogues need no more than the default. */
  stem: text.default(ui['quiz.dialogueStem']),
  /** Background for the conversation, if any. */
  scene: text.optional(),
  /** The conversation, one customer line and two or three possible replies per turn. */
  turns: z
    .array(
      z.strictObject({
        customer: text,
        replies: z
          .array(z.strictObject({ text, best: z.boolean().default(false), feedback: text }))
          .min(2)
          .max(3),
      }),
    )
    .min(1),
});

export const dialogue: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    q.turns.forEach((turn, i) => {
      const n = turn.replies.filter((r) => r.best).length;
      if (n !== 1) issue('question.dialogue.oneBest', ['turns', i, 'replies'], { turn: i + 1, count: n });
    });
  },
  key: (q) => ({ type: 'dialogue', best: q.turns.map((turn) => turn.replies.findIndex((r) => r.best)) }),
  rightAnswer: (q) => q.turns.map((turn) => turn.replies.find((r) => r.best)?.text ?? '').join(PARTS),
  // The stem is usually the generic one: the customer's first line tells dialogues apart.
  listLine: (q) => ({ template: ui['quiz.dialogueLine'], values: { customer: q.turns[0]!.customer } }),
  // A dialogue's turns, replies and feedback do not fit a row: it is edited in YAML, and its row must stay as exported.
  sheet: {
    names: ['对话', '对话题'],
    keys: ['scene', 'stem', 'turns'],
    editable: false,
    toRow: (q) => ({ 题干: q.stem }),
    fromRow: () => ({}),
  },
  // One multiple-choice question per turn of the conversation.
  moodle: (q, m) =>
    q.turns.flatMap((turn, n) => [
      ...m.head('multichoice', `${q.id}-${n + 1}`, `${turnText(q.scene, turn.customer)}\n${q.stem}`),
      '    <single>true</single>',
      '    <shuffleanswers>true</shuffleanswers>',
      '    <answernumbering>ABCD</answernumbering>',
      ...turn.replies.map((r) => m.answer(r.best ? 100 : 0, r.text, r.feedback)),
      m.end,
    ]),
  gift: (q, g) =>
    q.turns
      .map(
        (turn, n) =>
          `::${gift(`${q.id}-${n + 1}`)}::${gift(`${turnText(q.scene, turn.customer)}\n${q.stem}`)} {\n${turn.replies.map((r) => `  ${r.best ? '=' : '~'}${gift(r.text)}${g.feedback(r.feedback)}`).join('\n')}\n  ${g.general}\n}`,
      )
      .join('\n\n'),
};

const turnText = (scene: string | undefined, customer: string) => [scene, `${ui['quiz.customer']}：${customer}`].filter(Boolean).join('\n');
