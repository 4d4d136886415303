/** Glossary terms to suggest when a search finds nothing. */

export interface SuggestableTerm {
  id: string;
  term: string;
  english?: string;
  aliases?: readonly string[];
  /** How many lessons teach it; used to choose when nothing in the query relates. */
  lessons?: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Up to `count` terms sharing the most with the query: two characters in a row count four times
 * a single shared character, Latin words count whole. When nothing is shared, the terms taught
 * in the most lessons, so the learner always has somewhere to go.
 */
export function suggestTerms<T extends SuggestableTerm>(query: string, terms: readonly T[], count = 6): T[] {
  const q = query.normalize('NFKC').toLowerCase();
  const chars = new Set([...q].filter((c) => HAN.test(c)));
  const pairs = new Set(
    [...q]
      .slice(1)
      .map((c, i) => q[i] + c)
      .filter((p) => [...p].every((c) => HAN.test(c))),
  );
  const latin = new Set(q.match(/[a-z0-9]+/g) ?? []);
  const scored = terms.map((term, index) => {
    const text = [term.term, term.english ?? '', ...(term.aliases ?? [])].join(' ').toLowerCase();
    let score = 0;
    for (const c of chars) if (text.includes(c)) score += 1;
    for (const p of pairs) if (text.includes(p)) score += 4;
    for (const w of latin) if (new RegExp(`\\b${w}`).test(text)) score += 4;
    return { term, score, index };
  });
  const related = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  if (related.length) return related.slice(0, count).map((s) => s.term);
  return [...terms].sort((a, b) => (b.lessons ?? 0) - (a.lessons ?? 0)).slice(0, count);
}
