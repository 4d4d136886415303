/**
 * What the search box needs besides Pagefind, built with the site: the glossary's aliases (to
 * expand a query) and the course's own words (to cut a question into words), fetched on first
 * focus; and the glossary terms to suggest when nothing is found, fetched only then.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { LessonData } from '../../schemas/lesson.ts';
import type { SuggestableTerm } from './suggest.ts';

export interface SearchData {
  /** Number of indexed pages (lessons). */
  pages: number;
  /** [alias, glossary term] pairs. */
  aliases: [string, string][];
  /** Words to keep whole when cutting a query. */
  lexicon: string[];
}

/** Glossary terms for suggestions when nothing is found (a file of their own, loaded only then). */
export function suggestionTerms(glossary: readonly GlossaryTerm[]): SuggestableTerm[] {
  return glossary.map((t) => ({
    id: t.id,
    term: t.term,
    ...(t.english ? { english: t.english } : {}),
    ...(t.aliases?.length ? { aliases: t.aliases } : {}),
    lessons: t.lessons.length,
  }));
}

const HAN = /\p{Script=Han}/u;

/** "中消协（消协）" → ["中消协", "消协"]: the term and what its brackets add. */
export function termNames(term: string): [string, ...string[]] {
  const match = /^(.+?)[（(](.+?)[）)]$/u.exec(term.trim());
  if (!match) return [term.trim()];
  return [
    match[1]!.trim(),
    ...match[2]!
      .split(/[、，,]/u)
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export function buildSearchData(lessons: readonly Pick<LessonData, 'keywords' | 'aliases'>[], glossary: readonly GlossaryTerm[]): SearchData {
  const aliases: [string, string][] = [];
  const lexicon = new Set<string>();
  for (const entry of glossary) {
    const [name, ...others] = termNames(entry.term);
    lexicon.add(name);
    for (const alias of [...others, entry.english ?? '', ...(entry.aliases ?? [])]) {
      if (alias && alias !== name) aliases.push([alias, name]);
    }
  }
  for (const lesson of lessons) for (const word of [...lesson.keywords, ...(lesson.aliases ?? [])]) lexicon.add(word);
  for (const [alias] of aliases) lexicon.add(alias);
  return {
    pages: lessons.length,
    aliases,
    // Only Chinese words need help from a word list; Latin words split at spaces anyway.
    lexicon: [...lexicon].filter((w) => HAN.test(w) && w.length >= 2 && w.length <= 8 && !/\s/u.test(w)),
  };
}
