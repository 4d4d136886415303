/**
 * The findability test set (test/search/queries.yaml) run against a built site in Chromium:
 * each query is typed into the search page and the first three results are compared with the
 * lessons that answer it. Used by the e2e test (which asserts the rates) and by `npm run bench`
 * (which prints them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

export interface FindabilityQuery {
  q: string;
  kind: string;
  /** Lesson ids (`<module>/<slug>`); the query is a hit when one of them is in the top three. */
  lessons: string[];
}

export interface FindabilityOutcome extends FindabilityQuery {
  /** Lesson ids of the results, in order. */
  found: string[];
  hit: boolean;
}

const QUERIES_FILE = resolve(import.meta.dirname, '../../test/search/queries.yaml');

export function loadQueries(file = QUERIES_FILE): FindabilityQuery[] {
  return parse(readFileSync(file, 'utf8')) as FindabilityQuery[];
}

/** Types every query into the search page at `searchUrl` and reads the results. */
export async function runFindability(page: Page, searchUrl: string, queries: FindabilityQuery[]): Promise<FindabilityOutcome[]> {
  await page.goto(searchUrl);
  // Typed before the page's script has come, Enter would send the form as a page load (which then searches,
  // as it should for a learner), and the wait below would watch a page that is going away.
  await page.waitForFunction(() => customElements.get('course-search') !== undefined);
  const box = page.getByRole('main').getByRole('searchbox');
  const outcomes: FindabilityOutcome[] = [];
  for (const query of queries) {
    await box.fill(query.q);
    await box.press('Enter');
    await page.waitForFunction((q) => {
      const search = document.querySelector<HTMLElement>('course-search');
      return search?.dataset.state === 'done' && search.dataset.query === q;
    }, query.q);
    const found = await page
      .locator('#search-results > li h2 a')
      .evaluateAll((links) => links.map((a) => /\/lessons\/(.+?)\/?$/.exec(decodeURI((a as HTMLAnchorElement).pathname))?.[1] ?? (a as HTMLAnchorElement).pathname));
    outcomes.push({ ...query, found, hit: found.slice(0, 3).some((id) => query.lessons.includes(id)) });
  }
  return outcomes;
}

export type FindabilityRow = {
  kind: string;
  queries: number;
  'top-3 hits': string;
  'no result': string;
};

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

/** Hit rate and share of empty results per kind, and overall as the last row. */
export function summarize(outcomes: FindabilityOutcome[]): FindabilityRow[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind)), 'all'];
  return kinds.map((kind) => {
    const of = kind === 'all' ? outcomes : outcomes.filter((o) => o.kind === kind);
    return {
      kind,
      queries: of.length,
      'top-3 hits': `${of.filter((o) => o.hit).length} (${percent(of.filter((o) => o.hit).length, of.length)})`,
      'no result': `${of.filter((o) => !o.found.length).length} (${percent(of.filter((o) => !o.found.length).length, of.length)})`,
    };
  });
}
