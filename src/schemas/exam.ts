import { z } from 'astro/zod';
import { codedIssue } from '../i18n/content-keys.ts';
import { prose } from '../text/prose.ts';
import { QUESTION_TYPES, type QuestionType } from '../question-types/shared.ts';

const isQuestionType = (type: string): type is QuestionType => (QUESTION_TYPES as readonly string[]).includes(type);

// The checks sit on the fields, not on the whole blueprint: zod skips a refinement when anything
// inside it already failed, and a trainer should see every problem of the file at once.
// Messages are codes of src/i18n/content.zh-CN.json (with their values): the content check words them.

/** Question types to draw from, e.g. `[single, multiple]`. */
const TypesSchema = z
  .array(z.string().trim())
  .min(1, 'exam.schema.typesEmpty')
  .superRefine((types, ctx) => {
    types.forEach((type, i) => {
      if (!isQuestionType(type)) ctx.addIssue(codedIssue('exam.schema.unknownType', { type, types: QUESTION_TYPES.join('、') }, [i]));
    });
  })
  .transform((types) => types as QuestionType[]);

/** How many questions a section draws. */
const CountSchema = z.number().superRefine((count, ctx) => {
  if (!Number.isInteger(count) || count <= 0) ctx.addIssue(codedIssue('exam.schema.count', { count }));
});

/** Points of one question: a number for every type, or one per type (`{ single: 1, multiple: 2 }`). */
const PointsSchema = z
  .union([z.number(), z.record(z.string(), z.number())])
  .superRefine((points, ctx) => {
    const bad = (value: number) => !(Number.isFinite(value) && value > 0 && Number.isInteger(value * 2));
    if (typeof points === 'number') {
      if (bad(points)) ctx.addIssue(codedIssue('exam.schema.points', { points }));
      return;
    }
    for (const [type, value] of Object.entries(points)) {
      if (!isQuestionType(type)) ctx.addIssue(codedIssue('exam.schema.pointsType', { type, types: QUESTION_TYPES.join('、') }, [type]));
      else if (bad(value)) ctx.addIssue(codedIssue('exam.schema.points', { points: value }, [type]));
    }
  })
  .transform((points) => points as number | Partial<Record<QuestionType, number>>);

/** One part of the exam: `count` questions of the given types (and tags), from one module or from any. */
const ExamSectionSchema = z.strictObject({
  /** Module id (a file name in `content/modules/`); absent means any module. */
  module: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.path.moduleId')
    .optional(),
  /** Question types to draw from. */
  types: TypesSchema,
  /** Only questions with at least one of these tags, e.g. `[案例分析]`. */
  tags: z.array(prose).min(1, 'exam.schema.tags').optional(),
  /** How many questions to draw. */
  count: CountSchema,
  /** Points per question (default 1): one number, or one per question type of the section. */
  points: PointsSchema.default(1),
  /** Heading shown above the section, e.g. "一、客户服务意识". */
  label: prose.optional(),
  /** Only case questions with at least this many numbered sub-questions (parts), e.g. 2 for the 20-point cases. */
  minParts: z.number().int('exam.schema.minPartsInt').min(2, 'exam.schema.minParts').optional(),
  /** At most this many questions from one module, counting earlier sections of the same types and tags, e.g. 1 for five cases from five modules. */
  maxPerModule: z.number().int('exam.schema.maxPerModuleInt').positive('exam.schema.maxPerModule').optional(),
});

/** One paper of the mock exam: its own title, time, pass mark and sections. */
const ExamPaperSchema = z.strictObject({
  /** Short id used in the address (`/exam/?paper=quick`) and saved with each result, e.g. "quick". */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'exam.schema.paperId'),
  /** Name of the paper, e.g. "快速自测". */
  title: prose,
  /** One sentence saying what the paper is for. */
  description: prose.optional(),
  /** Time allowed, in minutes. */
  minutes: z.number().int('exam.schema.minutesInt').positive('exam.schema.minutes').default(90),
  /** Share of full marks needed to pass, e.g. 0.6 for 60%. */
  passMark: z.number().gt(0, 'exam.schema.passMarkAbove').lte(1, 'exam.schema.passMarkAtMost').default(0.6),
  /** A full paper earns a certificate when passed; a short self-test (快速自测) does not. */
  full: z.boolean().default(true),
  /** The parts of the paper, in the order they are shown. */
  sections: z.array(ExamSectionSchema).min(1, 'exam.schema.noSections'),
});

/** The mock exam: `content/exam.yaml`. Each paper draws its questions from the bank per section; the first is the default. */
export const ExamBlueprintSchema = z
  .strictObject({
    /** Page title, e.g. "模拟考试". */
    title: prose,
    /** The papers a candidate can choose, the default first. */
    papers: z.array(ExamPaperSchema).min(1, 'exam.schema.noPapers'),
  })
  .superRefine(({ papers }, ctx) => {
    papers.forEach((paper, i) => {
      if (papers.findIndex((p) => p.id === paper.id) !== i) ctx.addIssue(codedIssue('exam.schema.duplicatePaper', { id: paper.id }, ['papers', i, 'id']));
    });
  });

/** A validated exam blueprint. */
export type ExamBlueprint = z.output<typeof ExamBlueprintSchema>;
/** One validated paper. */
export type ExamPaper = z.output<typeof ExamPaperSchema>;
/** One validated section of the blueprint. */
export type ExamSection = z.output<typeof ExamSectionSchema>;
