import { Worker } from 'node:worker_threads';
import type { BuildStep } from './after-build-integration.ts';
import { SearchIndexer, type IndexResult } from './search-indexer.ts';

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

/** What the step tells the indexer's thread (search-index-thread.ts). */
export type IndexMessage = { expect: string[]; site: string } | { take: string; page: Uint8Array } | { finish: string };
/** What the thread answers: once, when the index is written or something failed. */
export type IndexReply = { done: IndexResult } | { error: string };

/** The indexer as the step sees it: in a thread of its own, or in this one where Node cannot start that thread from TypeScript. */
type Indexer = Pick<SearchIndexer, 'expect' | 'take' | 'finish'>;

function indexerThread(options: PagefindOptions): Indexer {
  const worker = new Worker(new URL('./search-index-thread.ts', import.meta.url), { workerData: options });
  // The build goes on without waiting for it, until the index is asked for (finish).
  worker.unref();
  const reply = new Promise<IndexResult>((resolve, reject) => {
    worker.on('message', (message: IndexReply) => ('done' in message ? resolve(message.done) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index: its thread stopped (${code})`)));
  });
  // A failure is reported when the index is asked for, not as an unhandled rejection meanwhile.
  reply.catch(() => {});
  const send = (message: IndexMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  return {
    expect: (files, site) => send({ expect: files, site }),
    // The page's bytes are moved to the thread, not copied: the step was given them to keep.
    take: (file, page) => send({ take: file, page }, page.byteOffset === 0 && page.byteLength === page.buffer.byteLength ? [page.buffer as ArrayBuffer] : []),
    finish: (site) => {
      worker.ref();
      send({ finish: site });
      return reply.finally(() => void worker.terminate());
    },
  };
}

/**
 * Indexes the built site for search, wherever its output goes. Pagefind reads each lesson as Astro renders it,
 * in its own process, and builds the index once the last lesson is in, while the other pages render; pages
 * Astro did not render (restored from its build cache) are read from the output folder after the build.
 * Handing a page over is the only work left in the thread that renders: the indexer (search-indexer.ts) runs
 * in a thread of its own.
 */
export function pagefindIndex(options: PagefindOptions): BuildStep {
  let indexer: Indexer | undefined;
  const started = () => (indexer ??= process.features.typescript ? indexerThread(options) : new SearchIndexer(options.pages, options.chunkSize));
  return {
    name: 'pagefind',
    pages: {
      files: options.pages,
      expect: (files, site) => started().expect(files, site),
      take: (file, page) => started().take(file, page),
    },
    async run(site, { logger }) {
      const began = performance.now();
      const { pages, taken } = await started().finish(site);
      logger.info(`indexed ${pages} pages for search in ${Math.round(performance.now() - began)} ms after the build (${taken} read as they were rendered)`);
    },
  };
}
