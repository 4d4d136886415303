/**
 * The course's URLs under the base path it is built for (`COURSE_BASE`): import this on the server
 * and in the browser alike; Vite puts the same base into both.
 */
import { createUrls } from '../lib/urls.ts';
import type { ShareContext } from '../lib/share.ts';

export const urls = createUrls(import.meta.env.BASE_URL);

/** The course's public address from COURSE_SITE at build time; '' when the build was not given one. */
export const courseSite: string = import.meta.env.COURSE_SITE ?? '';

/** Where share links are built, for a page shown at `page` (location.href in the browser). */
export const shareContext = (page: string): ShareContext => ({ site: courseSite, base: urls.base, page });
