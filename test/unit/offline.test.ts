import { describe, expect, it } from 'vitest';
import { cacheFor, CACHES, eachLimited, formatBytes, offlineFileList } from '../../src/lib/offline.ts';

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
