/**
 * The browser side of search, shared by the search page and the header's search box: loads
 * Pagefind and the search data (src/lib/search/lexicon.ts) when first asked, turns a Traditional
 * query into Simplified (with a table of the course's characters that OpenCC builds at build time), relaxes a query that finds
 * too little (src/lib/search/fuse.ts) and builds readable excerpts (src/lib/search/excerpt.ts).
 * Loaded lazily: a page pays for none of it until its search box gets focus.
 */
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { relaxedSearch } from '../../lib/search/fuse.ts';
import { queryTerms, toSimplified } from '../../lib/search/query.ts';
import { urls } from '../../utils/url.ts';
import type { SearchData } from '../../lib/search/lexicon.ts';
import { suggestTerms, type SuggestableTerm } from '../../lib/search/suggest.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

export interface SearchHit {
  url: string;
  title: string;
  module: string;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string }[];
}

export interface SearchOutcome {
  /** What was searched: the query, in Simplified characters when it was typed in Traditional. */
  query: string;
  /** The query was converted from Traditional characters. */
  converted: boolean;
  /** Results come from parts of the query. */
  partial: boolean;
  /** Glossary terms the query was expanded with. */
  expanded: string[];
  total: number;
  /** Loads the `i`-th result. */
  hit(i: number): Promise<SearchHit>;
}

// Characters of the CJK blocks: only such queries can need Traditional-to-Simplified conversion.
const HAN = /[\u3400-\u9fff]/;

export class SearchEngine {
  #pagefind?: Promise<Pagefind>;
  #data?: Promise<SearchData>;
  #traditional?: Promise<Record<string, string>>;

  /** Starts loading Pagefind, its index entry and the search data; safe to call often. */
  warm(): Promise<unknown> {
    // The word segmenter loads its dictionary on first use: do it now, not after the first key.
    queryTerms('客户服务');
    return Promise.all([this.#loadPagefind(), this.#loadData()]);
  }

  /** Starts fetching the index chunks a query will need, while the learner is still typing. */
  async preload(raw: string): Promise<void> {
    const query = raw.trim();
    if (!query || !this.#pagefind) return;
    // Every Chinese query is checked for Traditional characters: load their table while the learner types.
    if (HAN.test(query)) void this.#traditionalTable();
    const [pagefind, data] = await Promise.all([this.#loadPagefind(), this.#loadData()]);
    for (const word of [query, ...queryTerms(query, this.#lexicon(data))]) void pagefind.preload(word);
  }

  #lexiconSet?: Set<string>;
  #lexicon(data: SearchData): Set<string> {
    return (this.#lexiconSet ??= new Set(data.lexicon));
  }

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ urls.pagefind()).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: urls.base, excerptLength: 30 });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  #terms?: Promise<SuggestableTerm[]>;

  /** Related glossary terms, for when nothing is found; their list loads only then. */
  async suggestions(query: string): Promise<SuggestableTerm[]> {
    this.#terms ??= fetch(urls.searchData('terms'))
      .then((r) => (r.ok ? (r.json() as Promise<SuggestableTerm[]>) : []))
      .catch(() => []);
    return suggestTerms(query, await this.#terms);
  }

  #loadData(): Promise<SearchData> {
    this.#data ??= fetch(urls.searchData('lexicon'))
      .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : Promise.reject(new Error(`search data: HTTP ${r.status}`))))
      .catch((error: unknown) => {
        console.error(error);
        return { pages: 0, aliases: [], lexicon: [] };
      });
    return this.#data;
  }

  /** Traditional characters the course's text could need, with their Simplified forms (built by OpenCC). */
  #traditionalTable(): Promise<Record<string, string>> {
    this.#traditional ??= fetch(urls.searchData('traditional'))
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
      .catch(() => ({}));
    return this.#traditional;
  }

  async search(raw: string, module = ''): Promise<SearchOutcome> {
    let query = raw.trim();
    let converted = false;
    if (HAN.test(query)) {
      const simplified = toSimplified(query, await this.#traditionalTable());
      converted = simplified !== query;
      query = simplified;
    }
    const [pagefind, data] = await Promise.all([this.#loadPagefind(), this.#loadData()]);
    const found = new Map<string, PagefindResult>();
    const options = module ? { filters: { module } } : {};
    const plan = await relaxedSearch(
      query,
      async (q) => {
        const { results } = await pagefind.search(q, options);
        for (const r of results) if (!found.has(r.id)) found.set(r.id, r);
        return results.map((r) => ({ id: r.id, score: r.score }));
      },
      { aliases: data.aliases, lexicon: this.#lexicon(data), pages: data.pages },
    );
    const loaded = new Map<number, Promise<SearchHit>>();
    return {
      query,
      converted,
      partial: plan.partial,
      expanded: plan.expanded,
      total: plan.ids.length,
      hit: (i) => {
        if (!loaded.has(i))
          loaded.set(
            i,
            found
              .get(plan.ids[i]!)!
              .data()
              .then((d) => toHit(d, plan.terms)),
          );
        return loaded.get(i)!;
      },
    };
  }
}

function toHit(data: PagefindData, terms: string[]): SearchHit {
  const title = data.meta.title ?? data.url;
  return {
    url: data.url,
    title,
    module: data.meta.module ?? '',
    excerpt: buildExcerpt(data.content, terms, { skip: [title, data.meta.hidden ?? '', data.meta.hidden2 ?? ''] }),
    sections: (data.sub_results ?? [])
      .filter((s) => s.url.includes('#'))
      .slice(0, 3)
      .map(({ title, url }) => ({ title, url })),
  };
}

/** An excerpt as a paragraph: text nodes and `<mark>`s, never markup from the index. */
export function excerptElement(parts: readonly ExcerptPart[], className = 'search-excerpt'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  for (const part of parts) p.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
  return p;
}
