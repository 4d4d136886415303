import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('dialogue'),
  /** The question; most dialogues need no more than the default. */
  stem: text.default('客户这样说，哪种回答更好？'),
  /** Background for the conversation, if any. */
  scene: text.optional(),
  /** The conversation, one customer line and two or three possible replies per turn. */
  turns: z
    .array(
      z.strictObject({
        customer: text,
        replies: z.array(z.strictObject({ text, best: z.boolean().default(false), feedback: text })).min(2).max(3),
      }),
    )
    .min(1),
});

export const dialogue: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    q.turns.forEach((turn, i) => {
      const n = turn.replies.filter((r) => r.best).length;
      if (n !== 1) issue(`turn ${i + 1} needs exactly one reply with "best: true", found ${n}`, ['turns', i, 'replies']);
    });
  },
  key: (q) => ({ type: 'dialogue', best: q.turns.map((turn) => turn.replies.findIndex((r) => r.best)) }),
  rightAnswer: (q) => q.turns.map((turn) => turn.replies.find((r) => r.best)?.text ?? '').join(PARTS),
};
