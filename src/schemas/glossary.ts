import { z } from 'astro/zod';
import { prose } from '../text/prose.ts';

/** One glossary term: an entry of a list in `content/glossary/<module>.yaml`. */
export const GlossaryTermSchema = z.strictObject({
  /** Stable id, used by `<Term id="...">` and as the anchor on the glossary page. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.term.id'),
  /** The term as learners read it, e.g. "光环效应". */
  term: prose,
  /** The English name, where one is in use, e.g. "halo effect"; shown on the glossary page and searchable. */
  english: z.string().trim().min(1).optional(),
  /** Other names a learner may search by (abbreviations, near-synonyms, everyday words, variant characters). */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** A one- or two-sentence definition in plain words. */
  definition: prose,
  /**
   * Optional note on the sources for trainers: what the handouts give and what the course added
   * (e.g. "资料只给出名称，释义是本课程的归纳"). Shown collapsed as 资料说明 on the glossary page,
   * never in the tooltip, so the definition itself reads as plain subject matter.
   */
  note: prose.optional(),
  /** Lessons (`<module>/<slug>`) that teach the term. */
  lessons: z.array(z.string().trim().min(1)).default([]),
});

/** A validated term. */
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
