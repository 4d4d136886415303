import { z } from 'astro/zod';
import { prose } from './prose.ts';

/** One step of a learning path: a lesson to study, or practice on a module's questions. */
export type PathStep = { lesson: string } | { practice: string; label?: string };

const lessonId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, '写课程编号“模块/课程文件名”，例如 complaints/six-steps');
const moduleId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '写模块编号，即 content/modules/ 里的文件名（不带 .yaml），例如 complaints');

// One object with both keys optional, checked by hand: a zod union would only say "invalid input"
// and hide which key is wrong.
const StepSchema = z
  .strictObject({
    /** The lesson to study, `<module>/<lesson>`. */
    lesson: lessonId.optional(),
    /** A module id: practise that module's questions. */
    practice: moduleId.optional(),
    /** What a practice step says, e.g. "练习:投诉处理"; a lesson step shows the lesson's title. */
    label: prose.optional(),
  })
  .superRefine((step, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (step.lesson === undefined && step.practice === undefined)
      issue('每一步要写“lesson: 模块/课程”或“practice: 模块”');
    if (step.lesson !== undefined && step.practice !== undefined)
      issue('一步只能是课程或练习之一，请分成两步写');
    if (step.lesson !== undefined && step.label !== undefined)
      issue('label 只用于练习步骤：课程步骤显示课程自己的标题');
  })
  .transform((step): PathStep => (step.lesson !== undefined ? { lesson: step.lesson } : { practice: step.practice!, ...(step.label ? { label: step.label } : {}) }));

/** A learning path: `content/paths/<id>.yaml`, an ordered list of lessons and practice. */
export const LearningPathSchema = z.strictObject({
  /** Path title, e.g. "新员工入职:第一周上电话线". */
  title: prose,
  /** One or two sentences on what the path covers. */
  description: prose,
  /** Who the path is for. */
  audience: prose,
  /** The steps in the order to take them. */
  steps: z.array(StepSchema).min(1, '学习路线至少要有一步（写在 steps: 下面）'),
});

/** What a trainer writes in a path file. */
export type LearningPathInput = z.input<typeof LearningPathSchema>;
/** A validated learning path. */
export type LearningPath = z.output<typeof LearningPathSchema>;
