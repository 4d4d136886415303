import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';
import { QUESTION_TYPES, type QuestionType } from '../question-types/shared.ts';

const isQuestionType = (type: string): type is QuestionType => (QUESTION_TYPES as readonly string[]).includes(type);

// The checks sit on the fields, not on the whole blueprint: zod skips a refinement when anything
// inside it already failed, and a trainer should see every problem of the file at once.

/** Question types to draw from, e.g. `[single, multiple]`. */
const TypesSchema = z
  .array(z.string().trim())
  .min(1, '至少写一种题型，例如 types: [single, multiple, truefalse]')
  .superRefine((types, ctx) => {
    types.forEach((type, i) => {
      if (!isQuestionType(type)) ctx.addIssue({ code: 'custom', message: `没有“${type}”这种题型，请写 ${QUESTION_TYPES.join('、')} 之一`, path: [i] });
    });
  })
  .transform((types) => types as QuestionType[]);

/** How many questions a section draws. */
const CountSchema = z.number().superRefine((count, ctx) => {
  if (!Number.isInteger(count) || count <= 0) ctx.addIssue({ code: 'custom', message: `count 是要抽的题数，应该是正整数（例如 4），现在是 ${count}` });
});

/** Points of one question: a number for every type, or one per type (`{ single: 1, multiple: 2 }`). */
const PointsSchema = z
  .union([z.number(), z.record(z.string(), z.number())])
  .superRefine((points, ctx) => {
    const bad = (value: number) => !(Number.isFinite(value) && value > 0 && Number.isInteger(value * 2));
    if (typeof points === 'number') {
      if (bad(points)) ctx.addIssue({ code: 'custom', message: `points 是每题的分值，要大于 0，用整数或半分（例如 1、1.5、15），现在是 ${points}` });
      return;
    }
    for (const [type, value] of Object.entries(points)) {
      if (!isQuestionType(type)) ctx.addIssue({ code: 'custom', message: `没有“${type}”这种题型（可用：${QUESTION_TYPES.join('、')}）`, path: [type] });
      else if (bad(value)) ctx.addIssue({ code: 'custom', message: `points 是每题的分值，要大于 0，用整数或半分（例如 1、1.5、15），现在是 ${value}`, path: [type] });
    }
  })
  .transform((points) => points as number | Partial<Record<QuestionType, number>>);

/** One part of the exam: `count` questions of the given types (and tags), from one module or from any. */
const ExamSectionSchema = z.strictObject({
  /** Module id (a file name in `content/modules/`); absent means any module. */
  module: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '写模块编号，即 content/modules/ 里的文件名（不带 .yaml），例如 complaints')
    .optional(),
  /** Question types to draw from. */
  types: TypesSchema,
  /** Only questions with at least one of these tags, e.g. `[案例分析]`. */
  tags: z.array(prose).min(1, '至少写一个标签，例如 tags: [案例分析]；不按标签抽题就去掉 tags 这一行').optional(),
  /** How many questions to draw. */
  count: CountSchema,
  /** Points per question (default 1): one number, or one per question type of the section. */
  points: PointsSchema.default(1),
  /** Heading shown above the section, e.g. "一、客户服务意识". */
  label: prose.optional(),
  /** Only case questions with at least this many numbered sub-questions (parts), e.g. 2 for the 20-point cases. */
  minParts: z.number().int('minParts 要写整数，例如 2').min(2, 'minParts 是案例题至少要有的小问数，至少写 2；不限就去掉这一行').optional(),
  /** At most this many questions from one module, counting earlier sections of the same types and tags, e.g. 1 for five cases from five modules. */
  maxPerModule: z.number().int('maxPerModule 要写整数，例如 1').positive('maxPerModule 是每个模块最多抽几道，至少写 1').optional(),
});

/** One paper of the mock exam: its own title, time, pass mark and sections. */
const ExamPaperSchema = z.strictObject({
  /** Short id used in the address (`/exam/?paper=quick`) and saved with each result, e.g. "quick". */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '试卷 id 只用小写英文字母、数字和连字符，例如 quick'),
  /** Name of the paper, e.g. "快速自测". */
  title: prose,
  /** One sentence saying what the paper is for. */
  description: prose.optional(),
  /** Time allowed, in minutes. */
  minutes: z.number().int('minutes 要写整数，例如 60').positive('minutes 要大于 0，例如 60').default(90),
  /** Share of full marks needed to pass, e.g. 0.6 for 60%. */
  passMark: z
    .number()
    .gt(0, 'passMark 是及格所需的得分比例：大于 0、不超过 1，例如 0.6 表示 60%')
    .lte(1, 'passMark 是及格所需的得分比例：大于 0、不超过 1，例如 0.6 表示 60%（不要写 60）')
    .default(0.6),
  /** A full paper earns a certificate when passed; a short self-test (快速自测) does not. */
  full: z.boolean().default(true),
  /** The parts of the paper, in the order they are shown. */
  sections: z.array(ExamSectionSchema).min(1, '试卷至少要有一个部分（写在 sections: 下面）'),
});

/** The mock exam: `content/exam.yaml`. Each paper draws its questions from the bank per section; the first is the default. */
export const ExamBlueprintSchema = z
  .strictObject({
    /** Page title, e.g. "模拟考试". */
    title: prose,
    /** The papers a candidate can choose, the default first. */
    papers: z.array(ExamPaperSchema).min(1, '至少要有一份试卷（写在 papers: 下面）'),
  })
  .superRefine(({ papers }, ctx) => {
    papers.forEach((paper, i) => {
      if (papers.findIndex((p) => p.id === paper.id) !== i)
        ctx.addIssue({ code: 'custom', message: `有两份试卷的 id 都是“${paper.id}”：每份试卷要有自己的 id`, path: ['papers', i, 'id'] });
    });
  });

/** A validated exam blueprint. */
export type ExamBlueprint = z.output<typeof ExamBlueprintSchema>;
/** One validated paper. */
export type ExamPaper = z.output<typeof ExamPaperSchema>;
/** One validated section of the blueprint. */
export type ExamSection = z.output<typeof ExamSectionSchema>;
