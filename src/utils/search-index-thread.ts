/**
 * The search indexer in a thread of its own (started by pagefind-integration.ts when Astro starts rendering):
 * pages arrive as bytes, moved here without a copy; reading them and sending them to Pagefind happen here, not
 * in the thread that renders.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { IndexMessage, IndexReply } from './pagefind-integration.ts';

// As in content-check-worker.ts: the build's compile cache, which a thread does not share unless it asks.
enableCompileCache();
const { SearchIndexer } = await import('./search-indexer.ts');

const { pages, chunkSize } = workerData as { pages: RegExp; chunkSize: number };
const indexer = new SearchIndexer(pages, chunkSize);
const reply = (message: IndexReply) => parentPort!.postMessage(message);

parentPort!.on('message', (message: IndexMessage) => {
  try {
    if ('expect' in message) indexer.expect(message.expect, message.site);
    else if ('take' in message) indexer.take(message.take, message.page);
    else
      indexer.finish(message.finish).then(
        (done) => reply({ done }),
        (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
      );
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
