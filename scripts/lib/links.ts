import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Every HTML file below `dir`, as paths relative to it. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** The file a site URL path is served from, or undefined if none. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const file = join(dist, candidate);
    if (existsSync(file) && !file.endsWith('/')) {
      try {
        readFileSync(file);
        return file;
      } catch {}
    }
  }
  return undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
}

/** Broken internal links and anchors of a built site, one message each naming the page and the link. */
export function brokenLinks(dist: string, base = '/'): string[] {
  const broken: string[] = [];
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = '/' + page.replace(/index\.html$/, '').replace(/\.html$/, '/');
    for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const link = match[1]!.replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/|data:)/i.test(link) || link === '') continue;
      const [pathAndQuery = '', anchor] = link.split('#');
      const path = pathAndQuery.split('?')[0]!;
      let target = join(dist, page);
      if (path) {
        const absolute = path.startsWith('/') ? path : posix.join(base + pageUrl.slice(1), path);
        if (!absolute.startsWith(base)) {
          broken.push(`${page}: ${link} is outside the site's base ${base}`);
          continue;
        }
        const file = fileFor(dist, absolute.slice(base.length));
        if (!file) {
          broken.push(`${page}: ${link} leads to no page`);
          continue;
        }
        target = file;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor)))
        broken.push(`${page}: ${link} points to a missing anchor #${decodeURIComponent(anchor)}`);
    }
  }
  return broken;
}
