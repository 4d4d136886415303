/** Site-relative links that keep working when the course is hosted under a sub-path. */
import type { ShareContext } from '../lib/share.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` ("search/") under the site's base ("/training/search/"). */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** Stable URL of a lesson; its id is `<module>/<slug>`. Published URLs must never change. */
export const lessonHref = (lessonId: string) => href(`lessons/${lessonId}/`);
/** Stable URL of a module page. */
export const moduleHref = (moduleId: string) => href(`modules/${moduleId}/`);

/** The course's public address from COURSE_SITE at build time; '' when the build was not given one. */
export const courseSite: string = import.meta.env.COURSE_SITE ?? '';

/** Where share links are built, for a page shown at `page` (location.href in the browser). */
export const shareContext = (page: string): ShareContext => ({ site: courseSite, base, page });
