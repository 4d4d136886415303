import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './after-build-integration.ts';

export interface PagefindOptions {
  /** The pages to index, a glob below the output folder ("lessons/**\/*.html"). */
  pages: string;
  /**
   * Word locations per index chunk (Pagefind's default is 20,000). A Chinese question is several words,
   * often in different chunks, and each chunk is fetched whole: smaller chunks keep a search small. Set
   * through Pagefind's unstable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (read when its indexer starts); should
   * a later Pagefind drop it, the chunks are only larger again. `npm run bench` shows the bytes.
   */
  chunkSize: number;
}

/** Indexes the built site for search after `astro build`, wherever its output goes. */
export function pagefindIndex(options: PagefindOptions): BuildStep {
  return {
    name: 'pagefind',
    async run(site, { logger }) {
      const started = performance.now();
      const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(options.chunkSize);
      try {
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: options.pages });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        const problems = [...added.errors, ...written.errors];
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
      } finally {
        await pagefind.close();
        if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
      }
    },
  };
}
