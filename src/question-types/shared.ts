/**
 * What every question type shares: the fields common to all questions, the option of a choice
 * question, the result of scoring, and the shape each type's folder fills in (see ./index.ts).
 */
import { z } from 'astro/zod';
import { prose } from '../schemas/prose.ts';

/** The eight question types, as written in `type:` and in `data-question-type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'categorize', 'fill', 'dialogue', 'case'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A blank in a fill-in stem: three or more ASCII or full-width underscores. */
export const BLANK_PATTERN = /[_＿]{3,}/g;

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
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "m1-mindset-01"'),
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

/** Reports a problem that spans several fields of one question. */
export type Issue = (message: string, path: (string | number)[]) => void;

export interface Result {
  /** Nothing was answered: no score is given and no attempt is recorded. */
  empty: boolean;
  /** Full marks. */
  correct: boolean;
  /** Between 0 and 1. */
  score: number;
  /** Right or wrong per option, item, blank, turn or key point, for marking each one. */
  parts: boolean[];
}

export const EMPTY: Result = { empty: true, correct: false, score: 0, parts: [] };

/** A result that gives the share of parts that are right. */
export function share(parts: boolean[]): Result {
  const score = parts.length ? parts.filter(Boolean).length / parts.length : 0;
  return { empty: false, correct: parts.length > 0 && parts.every(Boolean), score, parts };
}

/** Words the answer texts need: how a true/false answer reads. */
export interface SummaryLabels {
  true: string;
  false: string;
}

/** Separates the parts of one answer (options, items, blanks, turns, key points), as learners' answers are recorded. */
export const PARTS = '；';

/** Other written forms of an accepted answer (its Traditional-character forms). */
export type Variants = (text: string) => string[];

/**
 * What a question type's `definition.ts` provides to the build (never to the browser): its schema,
 * the checks beyond it, the answer key the browser gets, and the right answer as text.
 * `Q` is the validated question, `K` its answer key.
 */
export interface QuestionTypeDefinition<S extends z.ZodType, K extends { type: string }> {
  /** The question's fields, validated where content is read. */
  schema: S;
  /** Checks that span several fields, beyond the schema. */
  check?(question: z.output<S>, issue: Issue): void;
  /** The answer key the browser checks against. */
  key(question: z.output<S>, variants: Variants): K;
  /** The right answer as short text, written the way a learner's answer is recorded. */
  rightAnswer(question: z.output<S>, labels: SummaryLabels): string;
}
