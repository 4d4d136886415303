/** Merging ranked result lists (reciprocal rank fusion) and relaxing a query that finds too little. */
import { findAliases, intentWords, isQuestion, normalizeQuery, queryTerms } from './query.ts';

export interface RankedList {
  ids: readonly string[];
  weight: number;
  /** The index's score of each id, when known: fusion then sums weighted scores. */
  scores?: readonly number[];
}

/**
 * Merges ranked lists. Lists with scores add up `weight × score` (a page matching several
 * words strongly wins over one matching one word weakly); lists without scores use reciprocal
 * rank fusion, `weight / (k + rank)`. Ties keep the order of first appearance.
 */
export function fuseRanks(lists: readonly RankedList[], k = 10): string[] {
  const total = new Map<string, number>();
  for (const { ids, weight, scores } of lists) {
    ids.forEach((id, rank) => total.set(id, (total.get(id) ?? 0) + weight * (scores ? scores[rank]! : 1 / (k + rank + 1))));
  }
  return [...total.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** One result of the index: an id and its score. */
export interface Scored {
  id: string;
  score: number;
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
 * Searches the whole query; when it finds fewer than `enough` results, is a question ("…怎么办")
 * or contains an alias, also searches the aliases' terms and each word of the query on its own,
 * and merges the lists, the whole query's results weighing most. A single character weighs half
 * as much as a word. `search` returns the ranked ids for one query.
 */
export async function relaxedSearch(raw: string, search: (query: string) => Promise<Scored[]>, options: RelaxOptions = {}): Promise<SearchPlan> {
  const { aliases = [], lexicon = new Set(), pages = 0, enough = 3 } = options;
  const query = normalizeQuery(raw);
  if (!query) return { ids: [], partial: false, terms: [], expanded: [] };
  const { hits } = findAliases(query, aliases);
  const expanded = [...new Set(hits.map((h) => h.term))];
  const asks = isQuestion(query, lexicon);
  const words = queryTerms(query, lexicon).filter((w) => !expanded.includes(w) && w !== query.toLowerCase());
  const hints = intentWords(query).filter((w) => !words.includes(w));
  // A question or an alias will be relaxed anyway: search its parts at the same time as the whole.
  const parts = () => Promise.all([Promise.all(expanded.map(search)), Promise.all(words.map(search)), Promise.all(hints.map(search))]);
  const early = asks || expanded.length ? parts() : undefined;
  const whole = await search(query);
  if (!early && whole.length >= enough) return { ids: whole.map((r) => r.id), partial: false, terms: [query], expanded };
  const [termLists, wordLists, hintLists] = await (early ?? parts());
  // A question is also searched as its informative words together, without its question words
  // and without words found on nearly every page ("客户", "服务").
  const informative = words.filter((w, i) => [...w].length > 1 && (!pages || wordLists[i]!.length < 0.8 * pages));
  const question = asks && informative.length > 1;
  const core = question ? await search(informative.join(' ')) : [];
  const list = (found: Scored[], weight: number): RankedList => ({ ids: found.map((r) => r.id), scores: found.map((r) => r.score), weight });
  const lists: RankedList[] = [
    // A question's own words ("哪些", "说") make its whole-query matches noisy: its core counts more.
    list(whole, asks ? 0.5 : 2),
    list(core, 2),
    ...termLists.map((found) => list(found, 1.5)),
    ...[...wordLists, ...hintLists].map((found, i) => list(found, termWeight(found.length, pages) * ([...([...words, ...hints][i] ?? '')].length > 1 ? 1 : 0.5))),
  ];
  const ids = fuseRanks(lists);
  const complete = Math.max(whole.length, core.length);
  return { ids, partial: complete < enough && ids.length > complete, terms: [query, ...expanded, ...words], expanded };
}
