/**
 * The course's URLs under the base path it is built for (`COURSE_BASE`): import this on the server
 * and in the browser alike; Vite puts the same base into both.
 */
import { createUrls } from '../lib/urls.ts';

export const urls = createUrls(import.meta.env.BASE_URL);

/** `path` ("search/") under the site's base ("/training/search/"). */
export const href = urls.href;
/** Stable URL of a lesson; its id is `<module>/<slug>`. Published URLs must never change. */
export const lessonHref = urls.lesson;
/** Stable URL of a module page. */
export const moduleHref = urls.module;
