import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './after-build-integration.ts';
import { listFiles } from './site-files.ts';
import { pageAddress } from '../lib/urls.ts';

export interface PagefindOptions {
  /** The pages to index: their output files below the output folder (/^lessons\/.+\/index\.html$/). */
  pages: RegExp;
  /**
   * Word locations per index chunk (Pagefind's default is 20,000). A Chinese question is several words,
   * often in different chunks, and each chunk is fetched whole: smaller chunks keep a search small. Set
   * through Pagefind's unstable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (read when its indexer starts); should
   * a later Pagefind drop it, the chunks are only larger again. `npm run bench` shows the bytes.
   */
  chunkSize: number;
}

/** A page's address as Pagefind's own reading of the output folder gives it: "lessons/a/b/index.html" → "/lessons/a/b/". */
const pageUrl = (file: string) => `/${pageAddress(file)}`;

/**
 * Indexes the built site for search, wherever its output goes. Pagefind reads each page as Astro renders it,
 * in its own process, so the index is nearly done when the last page is; pages Astro did not render (restored
 * from its build cache) are read from the output folder after the build.
 */
export function pagefindIndex(options: PagefindOptions): BuildStep {
  let index: ReturnType<typeof start> | undefined;
  const taken = new Set<string>();
  const added: Promise<{ errors: string[] }>[] = [];
  const add = (file: string, content: string) => {
    index ??= start(options.chunkSize);
    added.push(index.then((i) => i.addHTMLFile({ url: pageUrl(file), content })));
  };
  return {
    name: 'pagefind',
    pages: {
      files: options.pages,
      take(file, html) {
        taken.add(file);
        add(file, html);
      },
    },
    async run(site, { logger }) {
      const started = performance.now();
      try {
        for (const file of (await listFiles(site)).filter((f) => options.pages.test(f) && !taken.has(f))) add(file, await readFile(join(site, file), 'utf8'));
        index ??= start(options.chunkSize);
        const pages = await Promise.all(added);
        const written = await (await index).writeFiles({ outputPath: join(site, 'pagefind') });
        const problems = [...pages.flatMap((page) => page.errors), ...written.errors];
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${pages.length} pages for search in ${Math.round(performance.now() - started)} ms after the build (${taken.size} read as they were rendered)`);
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Starts Pagefind's indexer with index chunks of `chunkSize` word locations. */
async function start(chunkSize: number): Promise<pagefind.PagefindIndex> {
  const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  } finally {
    if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
  }
}
