import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pagefindIndex } from '../../src/utils/pagefind-integration.ts';
import { SearchIndexer } from '../../src/utils/search-indexer.ts';

const bytes = (html: string) => new TextEncoder().encode(html);
const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('the search index step', () => {
  it('indexes the pages it was handed as they rendered and, from the output folder, those it was not (restored from a build cache)', async () => {
    const site = mkdtempSync(join(tmpdir(), 'course-index-'));
    for (const [file, html] of [
      ['lessons/a/one/index.html', page('第一课', '光环效应')],
      ['lessons/a/two/index.html', page('第二课', '投诉处理')],
      ['search/index.html', page('搜索', '不该进索引')],
    ] as const) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), html);
    }
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(m) } as unknown as Parameters<ReturnType<typeof pagefindIndex>['run']>[1]['logger'];
    const step = pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: 2000 });
    // One lesson handed over as if Astro had just rendered it; the other only on disk.
    step.pages!.take('lessons/a/one/index.html', bytes(page('第一课', '光环效应')));
    await step.run(site, { logger, config: {} as never, finished: () => Promise.resolve() });
    expect(messages.join('\n')).toMatch(/indexed 2 pages for search in \d+ ms after the build \(1 read as they were rendered\)/);
    expect(readdirSync(join(site, 'pagefind/fragment'))).toHaveLength(2);
  }, 30_000);

  it('builds the index once the last lesson is in, and again if a lesson turns up on disk only', async () => {
    const site = mkdtempSync(join(tmpdir(), 'course-index-early-'));
    const lessons = ['一', '二', '三'].map((n, i) => [`lessons/m/l${i}/index.html`, page(`第${n}课`, `第${n}课讲投诉处理`)] as const);
    for (const [file, html] of lessons) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), html);
    }
    const step = pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: 2000 });
    // Astro listed two of them and rendered both: the index is built then; the third was restored from a cache.
    step.pages!.expect(
      lessons.slice(0, 2).map(([file]) => file),
      site,
    );
    for (const [file, html] of lessons.slice(0, 2)) step.pages!.take(file, bytes(html));
    const messages: string[] = [];
    await step.run(site, { logger: { info: (m: string) => messages.push(m) } as never, config: {} as never, finished: () => Promise.resolve() });
    expect(messages.join('\n')).toMatch(/indexed 3 pages for search in \d+ ms after the build \(2 read as they were rendered\)/);
    expect(readdirSync(join(site, 'pagefind/fragment'))).toHaveLength(3);
  }, 30_000);

  it('writes the same index however the pages finish rendering: pages go to Pagefind in the order Astro listed them', async () => {
    const lessons = ['一', '二', '三', '四', '五', '六'].map((n, i) => [`lessons/m/l${i}/index.html`, page(`第${n}课`, `第${n}课讲的是服务意识和投诉处理的第${i}个要点`)] as const);
    const indexFiles = async (finishing: readonly (readonly [string, string])[]) => {
      const site = mkdtempSync(join(tmpdir(), 'course-index-order-'));
      for (const [file, html] of lessons) {
        mkdirSync(join(site, file, '..'), { recursive: true });
        writeFileSync(join(site, file), html);
      }
      const step = pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: 2000 });
      step.pages!.expect(
        lessons.map(([file]) => file),
        site,
      );
      for (const [file, html] of finishing) step.pages!.take(file, bytes(html));
      const logger = { info: () => {} } as unknown as Parameters<typeof step.run>[1]['logger'];
      await step.run(site, { logger, config: {} as never, finished: () => Promise.resolve() });
      return readdirSync(join(site, 'pagefind/index')).sort();
    };
    const inOrder = await indexFiles(lessons);
    expect(inOrder.length).toBeGreaterThan(0);
    expect(await indexFiles([...lessons].reverse())).toEqual(inOrder);
    expect(await indexFiles([lessons[2]!, lessons[0]!, lessons[5]!, lessons[1]!])).toEqual(inOrder);
  }, 60_000);

  it('writes the index Pagefind writes from the whole pages, though it hands Pagefind only their searchable part', async () => {
    const menu = `<nav data-pagefind-ignore="all"><ol>${Array.from({ length: 200 }, (_, i) => `<li><a href="/lessons/m/l${i}/">第${i}课 客户服务</a></li>`).join('')}</ol></nav>`;
    const lessons = ['一', '二', '三'].map(
      (n, i) =>
        [
          `lessons/m/l${i}/index.html`,
          `<!doctype html><html lang="zh-CN"><head><title>第${n}课</title></head><body><header>${menu}</header><main><article data-pagefind-body data-pagefind-filter="module:m"><h1>第${n}课</h1><p>第${n}课讲顾客的期望和服务的价值</p><section data-pagefind-ignore="all"><p>测验题</p></section></article></main><footer>页脚</footer></body></html>`,
        ] as const,
    );
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => `${f}:${readFileSync(join(dir, f)).toString('base64')}`)
        .sort();

    const site = mkdtempSync(join(tmpdir(), 'course-index-part-'));
    const step = pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: 2000 });
    step.pages!.expect(
      lessons.map(([file]) => file),
      site,
    );
    for (const [file, html] of lessons) step.pages!.take(file, bytes(html));
    const logger = { info: () => {} } as unknown as Parameters<typeof step.run>[1]['logger'];
    await step.run(site, { logger, config: {} as never, finished: () => Promise.resolve() });

    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '2000';
    const { index } = await pagefind.createIndex();
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    for (const [file, html] of lessons) await index!.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: html });
    const whole = mkdtempSync(join(tmpdir(), 'course-index-whole-'));
    await index!.writeFiles({ outputPath: whole });
    await pagefind.close();

    expect(files(join(site, 'pagefind')).length).toBeGreaterThan(3);
    expect(files(join(site, 'pagefind'))).toEqual(files(whole));
  }, 60_000);
  it('writes the same index without a thread of its own (a Node that cannot start one from TypeScript)', async () => {
    const lessons = ['一', '二', '三'].map((n, i) => [`lessons/m/l${i}/index.html`, page(`第${n}课`, `第${n}课讲服务意识`)] as const);
    const indexIn = async (run: (site: string) => Promise<void>) => {
      const site = mkdtempSync(join(tmpdir(), 'course-index-thread-'));
      await run(site);
      return readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(site, 'pagefind', f)).isFile())
        .map((f) => `${f}:${readFileSync(join(site, 'pagefind', f)).toString('base64')}`)
        .sort();
    };
    expect(process.features.typescript).toBeTruthy();
    const inItsThread = await indexIn(async (site) => {
      const step = pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: 2000 });
      step.pages!.expect(
        lessons.map(([file]) => file),
        site,
      );
      for (const [file, html] of lessons) step.pages!.take(file, bytes(html));
      await step.run(site, { logger: { info: () => {} } as never, config: {} as never, finished: () => Promise.resolve() });
    });
    const here = await indexIn(async (site) => {
      const indexer = new SearchIndexer(/^lessons\/.+\/index\.html$/, 2000);
      indexer.expect(
        lessons.map(([file]) => file),
        site,
      );
      for (const [file, html] of lessons) indexer.take(file, bytes(html));
      expect(await indexer.finish(site)).toEqual({ pages: 3, taken: 3 });
    });
    expect(here.length).toBeGreaterThan(3);
    expect(here).toEqual(inItsThread);
  }, 60_000);
});
