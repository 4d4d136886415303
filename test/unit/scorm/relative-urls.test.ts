import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { relativizeHtml, relativizeJs, SENTINEL } from '../../../scripts/lib/relative-urls.ts';

describe('relative links for the SCORM package', () => {
  const page =
    `<link rel="stylesheet" href="${SENTINEL}_astro/a.css"><a href="${SENTINEL}">首页</a><a href="${SENTINEL}lessons/m/x/#top">课</a>` +
    `<script type="application/json" class="page-data">{"href":"${SENTINEL}lessons/m/y/"}</script><course-drill data-base="${SENTINEL}">` +
    `<a href="https://example.com${SENTINEL}x">外部</a>`;

  it('makes every link to the base relative to the page’s folder', () => {
    expect(relativizeHtml(page, 3)).toBe(
      `<link rel="stylesheet" href="../../../_astro/a.css"><a href="../../../">首页</a><a href="../../../lessons/m/x/#top">课</a>` +
        `<script type="application/json" class="page-data">{"href":"../../../lessons/m/y/"}</script><course-drill data-base="../../../">` +
        `<a href="https://example.com${SENTINEL}x">外部</a>`,
    );
    expect(relativizeHtml(`<a href="${SENTINEL}search/">`, 0)).toBe('<a href="./search/">');
  });

  it('refuses to change inline scripts and styles, whose CSP hashes would no longer match', () => {
    expect(() => relativizeHtml(`<style>a{background:url(${SENTINEL}x.png)}</style>`, 1, 'a.html')).toThrow(/a.html: an inline script or style/);
    expect(() => relativizeHtml(`<script>fetch("${SENTINEL}x")</script>`, 1)).toThrow(/inline/);
  });

  it('computes the base of bundled scripts from their own URL', () => {
    const js = relativizeJs(`const a=\`${SENTINEL}\`+e, b="${SENTINEL}pagefind/", c='${SENTINEL}'`);
    expect(js).not.toContain(SENTINEL);
    // Run it as if it were /any/path/_astro/chunk.js.
    const run = runInThisContext(`(function (meta) { const e='x.js';${js.replaceAll('import.meta.url', 'meta')};return [a,b,c] })`) as (meta: string) => unknown;
    expect(run('https://lms.example.cn/any/path/_astro/chunk.js')).toEqual(['/any/path/x.js', '/any/path/pagefind/', '/any/path/']);
  });

  it('stops the build when the base appears in a form it cannot rewrite', () => {
    expect(() => relativizeJs(`const a=/${SENTINEL.slice(1)}/`, 'chunk.js')).toThrow(/chunk.js/);
  });
});
