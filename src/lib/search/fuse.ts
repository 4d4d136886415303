/** Merging ranked result lists (reciprocal rank fusion) and relaxing a query that finds too little. */
import { findAliases, normalizeQuery, queryTerms } from './query.ts';

export interface RankedList {
  ids: readonly string[];
  weight: number;
}

/**
 * Reciprocal rank fusion: each list gives `weight / (k + rank)` to each of its ids; ids are
 * returned by their summed score, ties kept in order of first appearance.
 */
export function fuseRanks(lists: readonly RankedList[], k = 10): string[] {
  const score = new Map<string, number>();
  for (const { ids, weight } of lists) ids.forEach((id, rank) => score.set(id, (score.get(id) ?? 0) + weight / (k + rank + 1)));
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Weight of a word's list: rarer words say more about what the learner wants. */
export function termWeight(found: number, pages: number): number {
  return Math.log(1 + Math.max(pages, found, 1) / Math.max(found, 1));
}

export interface SearchPlan {
  /** Ranked ids. */
  ids: string[];
  /** True when the results come from parts of the query, not the whole of it. */
  partial: boolean;
  /** Every word searched (the query, its aliases' terms and its words), for marking excerpts. */
  terms: string[];
  /** Glossary terms the query was expanded with, e.g. "海尔" for "Haier". */
  expanded: string[];
}

export interface RelaxOptions {
  /** [alias, glossary term] pairs. */
  aliases?: readonly (readonly [string, string])[];
  /** Words to keep whole when cutting a query (glossary terms, keywords, aliases). */
  lexicon?: ReadonlySet<string>;
  /** Number of pages in the index, for weighting common words down. */
  pages?: number;
  /** Fewer results than this from the whole query makes the search relax. */
  enough?: number;
}

/**
 * Searches the whole query; when it finds fewer than `enough` results, or contains an alias,
 * also searches the aliases' terms and each word of the query on its own, and merges the lists
 * (the whole query's results first). `search` returns the ranked ids for one query.
 */
export async function relaxedSearch(raw: string, search: (query: string) => Promise<string[]>, options: RelaxOptions = {}): Promise<SearchPlan> {
  const { aliases = [], lexicon = new Set(), pages = 0, enough = 3 } = options;
  const query = normalizeQuery(raw);
  if (!query) return { ids: [], partial: false, terms: [], expanded: [] };
  const whole = await search(query);
  const { hits, rest } = findAliases(query, aliases);
  const expanded = [...new Set(hits.map((h) => h.term))];
  if (whole.length >= enough && !expanded.length) return { ids: whole, partial: false, terms: [query], expanded };

  const words = queryTerms(rest, lexicon).filter((w) => !expanded.includes(w) && w !== query.toLowerCase());
  const [termLists, wordLists] = await Promise.all([Promise.all(expanded.map(search)), Promise.all(words.map(search))]);
  const lists: RankedList[] = [
    { ids: whole, weight: 4 },
    ...termLists.map((ids) => ({ ids, weight: 3 })),
    ...wordLists.map((ids) => ({ ids, weight: termWeight(ids.length, pages) })),
  ];
  const ids = fuseRanks(lists);
  return { ids, partial: whole.length < enough && ids.length > whole.length, terms: [query, ...expanded, ...words], expanded };
}
