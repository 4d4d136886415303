import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/site-files.ts';

/**
 * Makes a built site work from any path: the site is built with SENTINEL as its base, then every
 * link to the base becomes relative to the file it is in. Used for the SCORM packages only, whose
 * path on the LMS nobody knows at build time; the website keeps its absolute links.
 */
export const SENTINEL = '/__course_base__/';

const escaped = SENTINEL.replace(/[/_]/g, (c) => `\\${c}`);
// Not after a host name or a path: only links that start with the base.
const inHtml = new RegExp(`(?<![\\w.:/-])${escaped}`, 'g');

/** `html` of a page `depth` folders below the site root, with each link to the base made relative. */
export function relativizeHtml(html: string, depth: number, file = 'page'): string {
  // Inline code and styles are covered by CSP hashes: changing them would block them.
  for (const [, body] of html.matchAll(/<(?:style|script)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/(?:style|script)>/g)) {
    if (body!.includes(SENTINEL)) throw new Error(`${file}: an inline script or style links to the base; move it to a file`);
  }
  const prefix = depth ? '../'.repeat(depth) : './';
  return html.replace(inHtml, prefix);
}

// JavaScript is bundled into /_astro/, one folder below the site root: the root is "../" from its own URL.
const ROOT = 'new URL("../",import.meta.url).pathname';

/** A bundled module of `_astro/` with each string that starts with the base computed from the module's own URL. */
export function relativizeJs(js: string, file = 'script'): string {
  const out = js.replaceAll(`\`${SENTINEL}`, `\`\${${ROOT}}`).replaceAll(`"${SENTINEL}`, `${ROOT}+"`).replaceAll(`'${SENTINEL}`, `${ROOT}+'`);
  if (out.includes(SENTINEL)) throw new Error(`${file}: the base appears where it cannot be made relative`);
  return out;
}

/** Rewrites the site in `dir` (built with SENTINEL as base) to relative links; returns how many files changed. */
export async function relativizeSite(dir: string): Promise<number> {
  let changed = 0;
  for (const file of await listFiles(dir)) {
    if (!/\.(html|js|css|json|webmanifest|txt)$/.test(file)) continue;
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    if (!text.includes(SENTINEL)) continue;
    let out: string;
    if (file.endsWith('.html')) out = relativizeHtml(text, file.split('/').length - 1, file);
    else if (file.endsWith('.js') && file.startsWith('_astro/')) out = relativizeJs(text, file);
    else if (file.endsWith('.css') && file.startsWith('_astro/')) out = text.replaceAll(SENTINEL, '../');
    else throw new Error(`${file}: links to the base, and no rule makes them relative`);
    await writeFile(path, out);
    changed++;
  }
  return changed;
}
