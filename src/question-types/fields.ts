/** The fields every question has, and the option of a choice question (build side only: zod). */
import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';

export const text = prose;

/** An answer option of a choice question. */
export const OptionSchema = z.strictObject({
  /** What the learner reads. */
  text,
  /** True for a correct option. */
  correct: z.boolean().default(false),
  /** Shown after checking: why this option is right or wrong. */
  feedback: text.optional(),
});

/** Fields every question has, whatever its type. */
export const commonFields = {
  /** Stable id, never changed once published: progress and links refer to it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'question.id'),
  /** The lesson this question belongs to: `<module>/<slug>`. */
  lesson: text,
  /** The question itself. */
  stem: text,
  /** Why the answer is what it is; shown after checking. */
  explanation: text,
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Free labels, e.g. "简答" or "案例分析" for exam-style questions. */
  tags: z.array(text).default([]),
  /** Seed file the fact comes from, e.g. "001". */
  source: z.string().trim().optional(),
  /** False for exam-bank questions that appear in practice and the exam but not in the lesson's own quiz. */
  lessonQuiz: z.boolean().default(true),
};
