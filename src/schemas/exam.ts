import { z } from 'astro/zod';
import { prose } from './prose.ts';
import { QUESTION_TYPES, type QuestionType } from './question.ts';

const isQuestionType = (type: string): type is QuestionType => (QUESTION_TYPES as readonly string[]).includes(type);

// The checks sit on the fields, not on the whole blueprint: zod skips a refinement when anything
// inside it already failed, and a trainer should see every problem of the file at once.

/** Question types to draw from, e.g. `[single, multiple]`. */
const TypesSchema = z
  .array(z.string().trim())
  .min(1, 'list at least one question type, e.g. "types: [single, multiple, truefalse]"')
  .superRefine((types, ctx) => {
    types.forEach((type, i) => {
      if (!isQuestionType(type))
        ctx.addIssue({ code: 'custom', message: `unknown question type "${type}" (use one of: ${QUESTION_TYPES.join(', ')})`, path: [i] });
    });
  })
  .transform((types) => types as QuestionType[]);

/** How many questions a section draws. */
const CountSchema = z.number().superRefine((count, ctx) => {
  if (!Number.isInteger(count) || count <= 0)
    ctx.addIssue({ code: 'custom', message: `count must be a positive whole number (how many questions to draw, e.g. 4), not ${count}` });
});

/** Points of one question: a number for every type, or one per type (`{ single: 1, multiple: 2 }`). */
const PointsSchema = z
  .union([z.number(), z.record(z.string(), z.number())])
  .superRefine((points, ctx) => {
    const bad = (value: number) => !(Number.isFinite(value) && value > 0 && Number.isInteger(value * 2));
    if (typeof points === 'number') {
      if (bad(points)) ctx.addIssue({ code: 'custom', message: `points must be more than 0, in whole or half points (e.g. 1, 1.5 or 15), not ${points}` });
      return;
    }
    for (const [type, value] of Object.entries(points)) {
      if (!isQuestionType(type))
        ctx.addIssue({ code: 'custom', message: `unknown question type "${type}" (use one of: ${QUESTION_TYPES.join(', ')})`, path: [type] });
      else if (bad(value)) ctx.addIssue({ code: 'custom', message: `points must be more than 0, in whole or half points (e.g. 1, 1.5 or 15), not ${value}`, path: [type] });
    }
  })
  .transform((points) => points as number | Partial<Record<QuestionType, number>>);

/** One part of the exam: `count` questions of the given types (and tags), from one module or from any. */
export const ExamSectionSchema = z.strictObject({
  /** Module id (a file name in `content/modules/`); absent means any module. */
  module: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a module id, the file name in content/modules/ without ".yaml", e.g. "complaints"')
    .optional(),
  /** Question types to draw from. */
  types: TypesSchema,
  /** Only questions with at least one of these tags, e.g. `[案例分析]`. */
  tags: z.array(prose).min(1, 'list at least one tag, e.g. "tags: [案例分析]", or leave "tags" out').optional(),
  /** How many questions to draw. */
  count: CountSchema,
  /** Points per question (default 1): one number, or one per question type of the section. */
  points: PointsSchema.default(1),
  /** Heading shown above the section, e.g. "一、客户服务意识". */
  label: prose.optional(),
});

/** One paper of the mock exam: its own title, time, pass mark and sections. */
export const ExamPaperSchema = z.strictObject({
  /** Short id used in the address (`/exam/?paper=quick`) and saved with each result, e.g. "quick". */
  id: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "quick"'),
  /** Name of the paper, e.g. "快速自测". */
  title: prose,
  /** One sentence saying what the paper is for. */
  description: prose.optional(),
  /** Time allowed, in minutes. */
  minutes: z.number().int('minutes must be a whole number, e.g. 60').positive('minutes must be more than 0, e.g. 60').default(90),
  /** Share of full marks needed to pass, e.g. 0.6 for 60%. */
  passMark: z
    .number()
    .gt(0, 'passMark is a share of full marks: more than 0 and at most 1, e.g. 0.6 for 60%')
    .lte(1, 'passMark is a share of full marks: more than 0 and at most 1, e.g. 0.6 for 60% (not 60)')
    .default(0.6),
  /** The parts of the paper, in the order they are shown. */
  sections: z.array(ExamSectionSchema).min(1, 'a paper needs at least one section under "sections:"'),
});

/** The mock exam: `content/exam.yaml`. Each paper draws its questions from the bank per section; the first is the default. */
export const ExamBlueprintSchema = z
  .strictObject({
    /** Page title, e.g. "模拟考试". */
    title: prose,
    /** The papers a candidate can choose, the default first. */
    papers: z.array(ExamPaperSchema).min(1, 'the exam needs at least one paper under "papers:"'),
  })
  .superRefine(({ papers }, ctx) => {
    papers.forEach((paper, i) => {
      if (papers.findIndex((p) => p.id === paper.id) !== i)
        ctx.addIssue({ code: 'custom', message: `two papers have the id "${paper.id}": give each its own`, path: ['papers', i, 'id'] });
    });
  });

/** What a trainer writes in `content/exam.yaml`. */
export type ExamBlueprintInput = z.input<typeof ExamBlueprintSchema>;
/** A validated exam blueprint. */
export type ExamBlueprint = z.output<typeof ExamBlueprintSchema>;
/** One validated paper. */
export type ExamPaper = z.output<typeof ExamPaperSchema>;
/** One validated section of the blueprint. */
export type ExamSection = z.output<typeof ExamSectionSchema>;
