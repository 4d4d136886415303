/**
 * What a built page makes the browser download before it is interactive: HTML, the CSS it
 * links or inlines, and its module scripts with everything they import statically (lazy
 * `import()` chunks are not counted: they load only when used). Sizes are gzipped, level 9.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Gzipped bytes of the HTML document. */
  html: number;
  /** Gzipped bytes of all JavaScript, files and inline scripts together. */
  js: number;
  /** Gzipped bytes of all CSS, files and inline styles together. */
  css: number;
  /** The script files counted, relative to the site root. */
  scripts: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports of a built ES module (`import"./x.js"`, `import{a}from"./x.js"`), not dynamic `import()`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(match[1]!);
  for (const match of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

/** The weight of `page` (a path below `dist`), with `base` the URL prefix the site was built for. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const toFile = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const scripts = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(posix.normalize(join(dirname(file), spec)));
  };
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) visit(toFile(match[1]!));
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  const cssFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(toFile(m[1]!), 'utf8'));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const js = [...scripts].map((f) => readFileSync(f, 'utf8')).concat(inlineJs ? [inlineJs] : []);
  return {
    html: gz(html),
    js: js.length ? gz(js.join('\n')) : 0,
    css: gz([...cssFiles, ...inlineCss].join('\n')),
    scripts: [...scripts].map((f) => f.slice(dist.length)),
  };
}
