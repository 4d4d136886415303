/** The words a lesson is indexed by for search without showing them on the page. */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { LessonData } from '../../schemas/lesson.ts';

export interface SearchWords {
  /** The lesson's own keywords and aliases, weighted like a heading. */
  primary: string;
  /** Names of the glossary terms it teaches (English names and aliases), weighted less. */
  secondary: string;
}

/** Space-separated, without repeats; each word once, in the order written. */
export function lessonSearchWords(lesson: Pick<LessonData, 'keywords' | 'aliases'>, terms: readonly Pick<GlossaryTerm, 'english' | 'aliases'>[]): SearchWords {
  const primary = [...new Set([...lesson.keywords, ...(lesson.aliases ?? [])])];
  const secondary = [...new Set(terms.flatMap((t) => [t.english ?? '', ...(t.aliases ?? [])]).filter((w) => w && !primary.includes(w)))];
  return { primary: primary.join(' '), secondary: secondary.join(' ') };
}
