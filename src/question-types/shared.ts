/**
 * What every question type shares: the list of types, the result of scoring, and the shape each
 * type's definition fills in (see ./definitions.ts). No runtime dependency: the browser imports it.
 */
import type { z } from 'astro/zod';
import type { ContentKey, MessageValues } from '../i18n/content-keys.ts';
import type { GiftWriter, MoodleWriter } from './lms-shared.ts';
import type { SheetMapping } from './sheet-shared.ts';

/** The question types, as written in `type:` and in `data-question-type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'categorize', 'fill', 'dialogue', 'short', 'case'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A blank in a fill-in stem: three or more ASCII or full-width underscores. */
export const BLANK_PATTERN = /[_＿]{3,}/g;

/** Reports a problem that spans several fields of one question: a message code of src/i18n/content.zh-CN.json, where, and its values. */
export type Issue = (code: ContentKey, path: (string | number)[], values?: MessageValues) => void;

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

/** The parts of one answer as one text, each without its closing mark: "甲；乙", never "甲。；乙". */
export const joinParts = (parts: readonly string[]): string =>
  parts.length < 2 ? parts.join('').trim() : parts.map((part) => part.trim().replace(/[。；;，,、.]+$/u, '')).join(PARTS);

/** An answer text recorded before joinParts: "甲。；乙。" reads "甲；乙。". */
export const tidyParts = (text: string): string => text.replace(/[。；;，,、.]+；/gu, PARTS);

/** Other written forms of an accepted answer (its Traditional-character forms). */
export type Variants = (text: string) => string[];

/**
 * What a type's `score.ts` says about it beyond the scoring rule; the browser reads it too.
 */
export interface QuestionTypeTraits {
  /**
   * The nearest interaction type of SCORM 1.2 and of SCORM 2004 (and xAPI's cmi.interaction),
   * for the LMS's report of each answer.
   */
  interaction: readonly [v12: string, v2004: string];
  /**
   * Marked by the learner: a free answer, then the answer points shown to tick (简答, 案例分析). The
   * question is answered in two steps ("对照答题要点", then "记录自评") and counts once the points are ticked.
   */
  selfAssessed?: true;
}

/**
 * What a question type's `definition.ts` provides to the build (never to the browser): its schema,
 * the checks beyond it, the answer key the browser gets, the right answer as text, and how it travels:
 * a row of the 题库 workbook, Moodle XML and GIFT. `Q` is the validated question, `K` its answer key.
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
  /**
   * The question in one line where its stem alone does not tell it apart (a dialogue's, a case's generic stem):
   * a template with `{stem}` and the `values` that fill the rest; without it, the stem is the line.
   */
  listLine?(question: z.output<S>): { template: string; values: Record<string, string> };
  /** The right answer as a list where it is one (the answer points of a written answer), for the notebook. */
  answerList?(question: z.output<S>): string[];
  /** The question's marks: the sum of its answer points' marks; undefined where none are given. */
  marks?(question: z.output<S>): number | undefined;
  /** How it is written in, and read from, a row of the 题库 workbook. */
  sheet: SheetMapping<z.output<S>>;
  /** Its Moodle XML `<question>` elements (several for a dialogue, one per turn). */
  moodle(question: z.output<S>, out: MoodleWriter): string[];
  /** Its GIFT text, or a `//` comment saying why GIFT cannot hold it. */
  gift(question: z.output<S>, out: GiftWriter): string;
}
