import { describe, expect, it } from 'vitest';
import { assetsInUse, cacheFor, CACHES, eachLimited, formatBytes, moduleImports, offlineFileList } from '../../src/lib/offline.ts';
import { pageAssets } from '../../src/utils/page-assets.ts';

describe('the offline download list', () => {
  const sizes = {
    'index.html': 10,
    'lessons/m/a/index.html': 20,
    'questions/q1/index.html': 5,
    '_astro/app.1a2b.js': 100,
    'pagefind/fragment/zh_1.pf_fragment': 7,
    'pagefind/pagefind-ui.js': 999,
    'search/traditional.json': 3,
    'sw.js': 50,
    '404.html': 40,
    'offline-files.json': 1,
  };

  it('lists pages by their address and every file a learner needs, with their total size', () => {
    const list = offlineFileList(sizes, 'v1');
    expect(list).toEqual({
      version: 'v1',
      bytes: 145,
      files: ['_astro/app.1a2b.js', './', 'lessons/m/a/', 'pagefind/fragment/zh_1.pf_fragment', 'questions/q1/', 'search/traditional.json'],
    });
  });

  it('puts each file in the cache the service worker reads for it', () => {
    expect(cacheFor('./')).toBe(CACHES.pages);
    expect(cacheFor('lessons/m/a/')).toBe(CACHES.pages);
    expect(cacheFor('_astro/app.1a2b.js')).toBe(CACHES.assets);
    expect(cacheFor('pagefind/fragment/zh_1.pf_fragment')).toBe(CACHES.assets);
    expect(cacheFor('search/traditional.json')).toBe(CACHES.files);
  });

  it.each([
    [512, '1 KB'],
    [850 * 1024, '850 KB'],
    [10.34 * 1024 * 1024, '10.3 MB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('fetches with at most `limit` requests at once and reports each one finished', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachLimited(
      Array.from({ length: 20 }, (_, i) => i),
      6,
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
      (count) => done.push(count),
    );
    expect(most).toBe(6);
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe("what the service worker precaches: a learner's pages and what they load", () => {
  const files: Record<string, string> = {
    '_astro/lesson.a1.js': 'import{a}from"./shared.b2.js";const q=()=>import("./quiz.c3.js");const l=()=>import(`./later.g7.js`);',
    '_astro/later.g7.js': 'export const later=1;',
    '_astro/shared.b2.js': 'export const a=1;',
    '_astro/quiz.c3.js': 'import"./shared.b2.js";',
    '_astro/team.d4.js': 'const x=()=>import("./team-workbook.e5.js");',
    '_astro/team-workbook.e5.js': 'export const big=1;',
    '_astro/site.f6.css': 'body{}',
  };
  const lesson = Buffer.from(
    '<link rel="stylesheet" href="/base/_astro/site.f6.css"><script type="module" src="/base/_astro/lesson.a1.js"></script><a href="/base/lessons/x/">x</a>',
  );

  it('finds the assets a page links to under its base', () => {
    expect(pageAssets(lesson, '/base/').sort()).toEqual(['_astro/lesson.a1.js', '_astro/site.f6.css']);
  });

  it('finds each once, named in any script, and not the ones behind another attribute or with a query', () => {
    const page = Buffer.from(
      '<img src="/_astro/图示.a1.webp" alt="图示"><img data-src="/_astro/lazy.b2.webp"><link href="/_astro/site.f6.css"><link href="/_astro/site.f6.css"><a href="/_astro/q.js?x=1">q</a><a href="/lessons/">课</a>',
    );
    expect(pageAssets(page, '/').sort()).toEqual(['_astro/site.f6.css', '_astro/图示.a1.webp']);
  });

  it('reads static and dynamic imports of a built module', () => {
    expect(moduleImports(files['_astro/lesson.a1.js']!)).toEqual(['./shared.b2.js', './quiz.c3.js', './later.g7.js']);
  });

  it('follows every import of the pages given, and leaves out what only another page loads', () => {
    const used = assetsInUse(pageAssets(lesson, '/base/'), (asset) => files[asset]);
    expect([...used].sort()).toEqual(['_astro/later.g7.js', '_astro/lesson.a1.js', '_astro/quiz.c3.js', '_astro/shared.b2.js', '_astro/site.f6.css']);
  });
});
