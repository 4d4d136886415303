import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './after-build-integration.ts';
import { listFiles } from './site-files.ts';
import { searchablePart } from './searchable-part.ts';
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
 *
 * Pagefind numbers pages in the order they are added, and that order names its index files. So pages are
 * added in Astro's order of its paths, which is the same every build, not in the order their rendering ends
 * (four at a time): a page that ends early waits for the ones before it. The same content gives the same
 * index, and the offline download and the service worker change only when the course does.
 */
export function pagefindIndex(options: PagefindOptions): BuildStep {
  let index: ReturnType<typeof start> | undefined;
  const added: Promise<{ errors: string[] }>[] = [];
  // `searchable` is a page's searchablePart: a page waiting for its turn is held in memory as that alone.
  const add = (file: string, searchable: string) => {
    index ??= start(options.chunkSize);
    added.push(index.then((i) => i.addHTMLFile({ url: pageUrl(file), content: searchable })));
  };
  let order: string[] = [];
  let next = 0;
  const rendered = new Map<string, string>();
  const addInOrder = () => {
    for (let file = order[next]; file !== undefined && rendered.has(file); file = order[++next]) {
      add(file, rendered.get(file)!);
      rendered.delete(file);
    }
  };
  return {
    name: 'pagefind',
    pages: {
      files: options.pages,
      expect(files) {
        order = files;
      },
      take(file, html) {
        rendered.set(file, searchablePart(html));
        addInOrder();
      },
    },
    async run(site, { logger }) {
      const started = performance.now();
      const taken = next + rendered.size;
      try {
        // What is left in order, then any page Astro did not list (sorted, as the folder gives them).
        const onDisk = (await listFiles(site)).filter((file) => options.pages.test(file));
        const listed = new Set(order);
        const rest = [...order.slice(next), ...onDisk.filter((file) => !listed.has(file))];
        for (const file of rest) add(file, rendered.get(file) ?? searchablePart(await readFile(join(site, file), 'utf8')));
        index ??= start(options.chunkSize);
        const pages = await Promise.all(added);
        const written = await (await index).writeFiles({ outputPath: join(site, 'pagefind') });
        const problems = [...pages.flatMap((page) => page.errors), ...written.errors];
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${pages.length} pages for search in ${Math.round(performance.now() - started)} ms after the build (${taken} read as they were rendered)`);
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
