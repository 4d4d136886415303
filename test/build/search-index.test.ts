import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/utils/pagefind-integration.ts';

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
    step.pages!.take('lessons/a/one/index.html', page('第一课', '光环效应'));
    await step.run(site, { logger, config: {} as never, finished: () => Promise.resolve() });
    expect(messages.join('\n')).toMatch(/indexed 2 pages for search in \d+ ms after the build \(1 read as they were rendered\)/);
    expect(readdirSync(join(site, 'pagefind/fragment'))).toHaveLength(2);
  }, 30_000);
});
