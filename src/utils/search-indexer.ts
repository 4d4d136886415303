import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './site-files.ts';
import { searchablePart } from './searchable-part.ts';
import { pageAddress } from '../lib/urls.ts';
import { eachLimited } from '../lib/offline.ts';

/** What the indexer did, for the build's log. */
export interface IndexResult {
  pages: number;
  /** Pages handed over as they were rendered (the rest were read from the output folder). */
  taken: number;
}

/** A page's address as Pagefind's own reading of the output folder gives it: "lessons/a/b/index.html" → "/lessons/a/b/". */
const pageUrl = (file: string) => `/${pageAddress(file)}`;

const decoder = new TextDecoder();

/**
 * Pagefind's index of the lesson pages, fed as Astro renders them. Runs in a thread of its own during the
 * build (search-index-thread.ts), so that neither reading a page nor encoding it for Pagefind's process takes
 * time from the thread that renders the next one.
 *
 * Pagefind numbers pages in the order they are added, and that order names its index files. So pages are
 * added in Astro's order of its paths, which is the same every build, not in the order their rendering ends
 * (four at a time): a page that ends early waits for the ones before it. The same content gives the same
 * index, and the offline download and the service worker change only when the course does.
 */
export class SearchIndexer {
  #index: ReturnType<typeof start> | undefined;
  #added: Promise<{ errors: string[] }>[] = [];
  #order: string[] = [];
  #next = 0;
  /** Pages waiting for their turn, held as their searchable part alone. */
  #rendered = new Map<string, string>();
  /** The output folder the expected pages are written to. */
  #site = '';
  /** The index, built and written as soon as the last page expected was added. */
  #early: Promise<{ errors: string[] }> | undefined;
  readonly #chunkSize: number;
  readonly #pages: RegExp;

  /** `pages`: the output files to index (/^lessons\/.+\/index\.html$/); `chunkSize`: see PagefindOptions. */
  constructor(pages: RegExp, chunkSize: number) {
    this.#pages = pages;
    this.#chunkSize = chunkSize;
  }

  /** The pages in Astro's order of its paths, told before the first is rendered, and the folder they go to. */
  expect(files: string[], site: string): void {
    this.#order = files;
    this.#site = site;
  }

  /** A page as it was rendered: its output file and its bytes. */
  take(file: string, page: Uint8Array): void {
    this.#rendered.set(file, searchablePart(decoder.decode(page)));
    for (let next = this.#order[this.#next]; next !== undefined && this.#rendered.has(next); next = this.#order[++this.#next]) {
      this.#add(next, this.#rendered.get(next)!);
      this.#rendered.delete(next);
    }
    // The last page expected is in: Pagefind builds the index now, while Astro renders the pages that are not
    // indexed (the lessons come early in Astro's order), rather than once the whole site is written.
    if (this.#order.length && this.#next === this.#order.length) {
      const output = join(this.#site, 'pagefind');
      this.#early ??= this.#started().then(async (index) => (await Promise.all(this.#added), writeIndex(await index.getFiles(), output)));
      // A failure is reported by finish, not as an unhandled rejection meanwhile.
      this.#early.catch(() => {});
    }
  }

  /** Adds what is left (in order, then any page Astro did not list, read from `site`) and writes the index there. */
  async finish(site: string): Promise<IndexResult> {
    const taken = this.#next + this.#rendered.size;
    try {
      const onDisk = (await listFiles(site)).filter((file) => this.#pages.test(file));
      const listed = new Set(this.#order);
      const rest = [...this.#order.slice(this.#next), ...onDisk.filter((file) => !listed.has(file))];
      for (const file of rest) this.#add(file, this.#rendered.get(file) ?? searchablePart(await readFile(join(site, file), 'utf8')));
      const pages = await Promise.all(this.#added);
      const output = join(site, 'pagefind');
      // The index written early holds every page, unless some were found on disk only (then it is written again).
      const early = this.#early && !rest.length && site === this.#site;
      // Not written over while the early index is still being written.
      if (!early) await this.#early?.catch(() => {});
      const written = early ? await this.#early! : await (await this.#started()).writeFiles({ outputPath: output });
      const problems = [...pages.flatMap((page) => page.errors), ...written.errors];
      if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
      return { pages: pages.length, taken };
    } finally {
      await pagefind.close();
    }
  }

  /** Pagefind's index, started with the first page (or when the index is asked for with none). */
  #started(): ReturnType<typeof start> {
    return (this.#index ??= start(this.#chunkSize));
  }

  #add(file: string, searchable: string) {
    this.#added.push(this.#started().then((index) => index.addHTMLFile({ url: pageUrl(file), content: searchable })));
  }
}

/** Writes the index's files into `output` as Pagefind's writeFiles does (the same files, byte for byte). */
async function writeIndex(index: { errors: string[]; files: { path: string; content: Uint8Array }[] }, output: string): Promise<{ errors: string[] }> {
  const folders = new Set(index.files.map((file) => dirname(join(output, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await eachLimited(index.files, 16, (file) => writeFile(join(output, file.path), file.content));
  return { errors: index.errors };
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
