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

/** True when the query is a custom path link, short or old. */
export function isCustomPathQuery(query: string): boolean {
  const params = new URLSearchParams(query);
  return params.has(STEPS_PARAM) || params.has(LESSONS_PARAM);
}
