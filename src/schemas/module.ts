import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';

/** A course module: one YAML file in `content/modules/`, its file name is the module id. */
export const ModuleSchema = z.strictObject({
  /** Title shown in navigation, e.g. "客户服务意识". */
  title: prose,
  /** One or two sentences on what the module covers. */
  summary: prose,
  /** Position of the module in the course, 1 for the first. */
  order: z.number().int().positive(),
});
