/**
 * Links a trainer sends: a custom path, an exam paper with its seed, one question. Built from the
 * course's public address (COURSE_SITE) when the build knows it, otherwise from the address the page
 * was opened at, which is useless in a chat message when that is this computer.
 */
import type { PathStep } from '../schemas/path.ts';
import { customPathQuery } from './paths.ts';
import { createUrls } from './urls.ts';

/** What a share link points to. */
export type ShareTarget =
  | { path: readonly PathStep[]; title?: string; note?: string; codes: ReadonlyMap<string, string> }
  | { exam: number; paper?: string | undefined }
  | { question: string; lesson: string };

/** Where the link is built. */
export interface ShareContext {
  /** The course's public address from COURSE_SITE, e.g. "https://training.example.cn"; '' when not set. */
  site: string;
  /** The site's base path, e.g. "/" or "/training/customer-service/". */
  base: string;
  /** The address of the page being shown (location.href). */
  page: string;
}

export interface ShareLink {
  url: string;
  /** True when the link leads to this computer only (localhost, no COURSE_SITE): say so beside it. */
  localOnly: boolean;
}

/** Host names that mean "this computer". */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The site-relative URL of a target, with its query, from the course's URL helpers. */
function targetPath(target: ShareTarget, base: string): string {
  const urls = createUrls(base);
  if ('exam' in target) return urls.exam(target.exam, target.paper);
  if ('question' in target) return urls.question(target.lesson, target.question);
  return urls.customPath(customPathQuery(target.path, target.codes, { title: target.title, note: target.note }));
}

/** The one function that builds every link the site offers for sharing. */
export function shareLink(target: ShareTarget, context: ShareContext): ShareLink {
  const root = context.site.trim() || context.page;
  const url = new URL(targetPath(target, context.base), root).href;
  return { url, localOnly: !context.site.trim() && isLocalHost(new URL(context.page).hostname) };
}
