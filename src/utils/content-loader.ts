import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ListFileResult } from '../lib/yaml-list.ts';
import { CONTENT_LAYOUT, contentFiles, contentRoot, type ContentKind } from './content-files.ts';
import { parsedLists, type ParsedLists } from './parsed-lists.ts';

/**
 * The loader of the list collections (questions, glossary terms: many entries per file, which Astro's
 * glob() loader cannot make), on the files and ids of content-files.ts (the ones the content check reads).
 * It never stops the build itself: the content check (course-check.ts) runs before the build and on every
 * change under `npm run dev`, and reports every problem once, in Chinese. Here a bad item is left out. In a
 * build, the items are the ones the check read (parsed-lists.ts), not read a second time.
 */

/** Files that each hold a list of items with ids (questions, glossary terms); `stem` is the file's id. */
export function yamlListLoader<T extends { id: string }>(kind: ContentKind, parseFile: (file: string, source: string, stem: string) => ListFileResult<T>): Loader {
  return {
    name: `course:${kind}`,
    async load({ store, watcher, config }) {
      const root = contentRoot();
      const siteRelative = (path: string) => relative(fileURLToPath(config.root), path).split(sep).join('/');
      const sync = async (read?: ParsedLists) => {
        store.clear();
        for (const file of await contentFiles(root, kind)) {
          const items = (read?.get(file.path) as T[] | undefined) ?? parseFile(file.file, await readFile(file.path, 'utf8'), file.id).items;
          for (const item of items) store.set({ id: item.id, data: item, filePath: siteRelative(file.path) });
        }
      };
      // In a build, the content check has read the files already; a change under `npm run dev` is read here.
      await sync(await parsedLists());
      watch(watcher, join(root, CONTENT_LAYOUT[kind].folder), () => sync());
    },
  };
}

function watch(watcher: Parameters<Loader['load']>[0]['watcher'], dir: string, sync: () => Promise<void>) {
  watcher?.add(dir);
  watcher?.on('all', (_event, path) => {
    if (path.startsWith(dir)) void sync();
  });
}

/**
 * A lesson whose frontmatter is wrong (bad YAML, a missing field) must not stop Astro's content layer: the
 * content check reports every problem once, in Chinese. Under `npm run dev` it shows them in the terminal and
 * the browser, and the lesson is read again once it is saved; in `astro build` it runs in its own thread
 * while the content layer syncs, and stops the build when the build starts, before any page is made. So
 * meanwhile a wrong frontmatter is kept unchecked (or empty).
 */
export function leaveProblemsToContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      // `entryTypes` (how Astro reads an .mdx file's frontmatter) is passed to the glob loader but not in
      // the public LoaderContext type; without it, only data checks are softened.
      const { entryTypes } = context as typeof context & { entryTypes?: Map<string, EntryType> };
      const lenient =
        entryTypes &&
        new Map(
          [...entryTypes].map(([ext, type]) => [
            ext,
            { ...type, getEntryInfo: (params: unknown) => Promise.resolve(type.getEntryInfo(params)).catch(() => ({ data: {}, body: '', slug: '', rawData: '' })) },
          ]),
        );
      return loader.load({
        ...context,
        ...(lenient ? { entryTypes: lenient } : {}),
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch {
            return props.data;
          }
        },
      });
    },
  };
}

interface EntryType {
  getEntryInfo(params: unknown): unknown;
}
