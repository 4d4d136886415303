import { withSlash } from '../lib/urls.ts';

const ATTRIBUTE = /(?:^|[^\w-])(?:src|href)$/;

/**
 * The built assets (`_astro/…`) a page links to (`src="…"`, `href="…"`), relative to the site root; `base` is
 * the site's base path. Found in the page's bytes by the path they start with, without decoding the whole page:
 * the offline step reads every page of the site after the build.
 */
export function pageAssets(page: Buffer, base: string): string[] {
  const root = withSlash(base);
  const start = Buffer.from(`="${root}_astro/`);
  const found = new Set<string>();
  for (let at = page.indexOf(start); at >= 0; at = page.indexOf(start, at + start.length)) {
    if (!ATTRIBUTE.test(page.toString('latin1', Math.max(0, at - 5), at))) continue;
    const end = page.indexOf('"', at + start.length);
    if (end < 0) break;
    const url = page.toString('utf8', at + 2, end);
    if (!/[?#]/.test(url)) found.add(url.slice(root.length));
  }
  return [...found];
}
