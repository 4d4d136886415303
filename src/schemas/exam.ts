import { z } from 'astro/zod';
import { prose } from './prose.ts';
import { QUESTION_TYPES, type QuestionType } from './question.ts';

const isQuestionType = (type: string): type is QuestionType => (QUESTION_TYPES as readonly string[]).includes(type);

// The checks sit on the fields, not on the whole blueprint: zod skips a refinement when anything
// inside it already failed, and a trainer should see every problem of the file at once.

/** Question types to draw from, e.g. `[single, multiple]`. */
const TypesSchema = z
  .array(z.string().trim())
  .min(1, '至少写一种题型，例如 types: [single, multiple, truefalse]')
  .superRefine((types, ctx) => {
    types.forEach((type, i) => {
      if (!isQuestionType(type))
        ctx.addIssue({ code: 'custom', message: `没有“${type}”这种题型，请写 ${QUESTION_TYPES.join('、')} 之一`, path: [i] });
    });
  })
  .transform((types) => types as QuestionType[]);

/** How many questions a section draws. */
const CountSchema = z.number().superRefine((count, ctx) => {
  if (!Number.isInteger(count) || count <= 0)
    ctx.addIssue({ code: 'custom', message: `count 是要抽的题数，应该是正整数（例如 4），现在是 ${count}` });
});

/** One part of the exam: `count` questions of the given types, from one module or from any. */
export const ExamSectionSchema = z.strictObject({
  /** Module id (a file name in `content/modules/`); absent means any module. */
  module: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '写模块编号，即 content/modules/ 里的文件名（不带 .yaml），例如 complaints')
    .optional(),
  /** Question types to draw from. */
  types: TypesSchema,
  /** How many questions to draw. */
  count: CountSchema,
  /** Heading shown above the section, e.g. "一、客户服务意识". */
  label: prose.optional(),
});

/** The mock exam: `content/exam.yaml`. Questions are drawn from the bank per section. */
export const ExamBlueprintSchema = z.strictObject({
  /** Page title, e.g. "模拟考试". */
  title: prose,
  /** Time allowed, in minutes. */
  minutes: z.number().int('minutes 要写整数，例如 60').positive('minutes 要大于 0，例如 60').default(90),
  /** Share of full marks needed to pass, e.g. 0.8 for 80%. */
  passMark: z
    .number()
    .gt(0, 'passMark 是及格所需的得分比例：大于 0、不超过 1，例如 0.8 表示 80%')
    .lte(1, 'passMark 是及格所需的得分比例：大于 0、不超过 1，例如 0.8 表示 80%（不要写 80）')
    .default(0.8),
  /** The parts of the exam, in the order they are shown. */
  sections: z.array(ExamSectionSchema).min(1, '试卷至少要有一个部分（写在 sections: 下面）'),
});

/** What a trainer writes in `content/exam.yaml`. */
export type ExamBlueprintInput = z.input<typeof ExamBlueprintSchema>;
/** A validated exam blueprint. */
export type ExamBlueprint = z.output<typeof ExamBlueprintSchema>;
/** One validated section of the blueprint. */
export type ExamSection = z.output<typeof ExamSectionSchema>;
