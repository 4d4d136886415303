/**
 * What a lesson's address says about the path it was opened from: small on its own, because every
 * lesson page reads it (the rest of ./paths.ts loads only for a trainer's custom path).
 */

/** The URL parameter of an old custom path link: `?lessons=<id>,<id>,...` (still read). */
export const LESSONS_PARAM = 'lessons';
/** The steps of a custom path link: `?p=<code>.<code>._<module code>`. */
export const STEPS_PARAM = 'p';
/** The URL parameter that tells a lesson it was opened from a learning path: `?path=<id>`. */
export const PATH_PARAM = 'path';
/** The title of a custom path link: `&t=...`. */
export const SHORT_TITLE_PARAM = 't';
/** The URL parameter of an old custom path link's title: `&title=...` (still read). */
export const TITLE_PARAM = 'title';
/** Longest custom path title kept from a link, in characters. */
export const MAX_TITLE_LENGTH = 60;

/** The title a custom path link gives its path ('' when it gives none). */
export function customPathTitle(query: string): string {
  const params = new URLSearchParams(query);
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, MAX_TITLE_LENGTH).trim();
  return text(SHORT_TITLE_PARAM) || text(TITLE_PARAM);
}

/** True when the query is a custom path link, short or old. */
export function isCustomPathQuery(query: string): boolean {
  const params = new URLSearchParams(query);
  return params.has(STEPS_PARAM) || params.has(LESSONS_PARAM);
}
