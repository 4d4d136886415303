import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';

/** One step of a learning path: a lesson to study, or practice on a module's questions. */
export type PathStep = { lesson: string } | { practice: string; label?: string };

const lessonId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.path.lessonId');
const moduleId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.path.moduleId');

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
    // Messages are keys of src/i18n/content.zh-CN.json: the content check words them.
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (step.lesson === undefined && step.practice === undefined) issue('schema.path.stepKind');
    if (step.lesson !== undefined && step.practice !== undefined) issue('schema.path.stepBoth');
    if (step.lesson !== undefined && step.label !== undefined) issue('schema.path.stepLabel');
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
  /** Where the path is listed among the paths (smaller first; the first is offered on the home page); paths without one follow, by file name. */
  order: z.number({ error: 'schema.path.order' }).int('schema.path.order').positive('schema.path.order').optional(),
  /** The steps in the order to take them. */
  steps: z.array(StepSchema).min(1, 'schema.path.noSteps'),
});

/** A validated learning path. */
export type LearningPath = z.output<typeof LearningPathSchema>;
