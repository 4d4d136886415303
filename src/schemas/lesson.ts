import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';

/** Frontmatter of a lesson: `content/lessons/<module>/<slug>.mdx`. */
export const LessonSchema = z.strictObject({
  /** Lesson title, also the page's `<h1>`. */
  title: prose,
  /** One sentence for the module page, search results and `<meta name="description">`. */
  description: prose,
  /** Id of the module this lesson belongs to (a file name in `content/modules/`). */
  module: z.string().trim().min(1),
  /** Position of the lesson inside its module, 1 for the first. */
  order: z.number().int().positive(),
  /** What the learner can do after the lesson; at least one. */
  objectives: z.array(prose).min(1),
  /** Estimated study time in minutes. */
  minutes: z.number().int().positive().max(240),
  /** Everyday words a learner might search for; weighted in search. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** Other names a learner may search by: English names, abbreviations, near-synonyms, variant characters. Indexed, not shown. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** Ids of related lessons (`<module>/<slug>`), linked at the end of the lesson. */
  related: z.array(z.string().trim().min(1)).default([]),
});

/** What the site reads after validation. */
export type LessonData = z.output<typeof LessonSchema>;
