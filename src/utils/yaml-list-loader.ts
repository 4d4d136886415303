import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { findDuplicateIds, type ListFileResult } from '../lib/yaml-list.ts';

/** Thrown when content files have problems; its message lists every one, each naming the file. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Every `.yaml`/`.yml` file below `dir`, sorted. */
export async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

interface Options<T extends { id: string }> {
  /** Folder under the project root, e.g. "./content/questions/". */
  base: string;
  /** What the collection holds, for messages ("question bank"). */
  label: string;
  /** Validates one file; `stem` is its path below `base` without the extension. */
  parseFile(file: string, source: string, stem: string): ListFileResult<T>;
}

/**
 * Loads YAML files that each hold a list of items with ids (questions, glossary terms).
 * Any problem in any file stops the build with one message per problem.
 */
export function yamlListLoader<T extends { id: string }>({ base, label, parseFile }: Options<T>): Loader {
  return {
    name: `yaml-list:${label}`,
    async load({ store, config, watcher, logger }) {
      const rootDir = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(base, config.root));
      const sync = async () => {
        const errors: string[] = [];
        const items: { item: T; file: string }[] = [];
        for (const path of await yamlFiles(dir)) {
          const file = relative(rootDir, path).split(sep).join('/');
          const stem = relative(dir, path).split(sep).join('/').replace(/\.ya?ml$/, '');
          const result = parseFile(file, await readFile(path, 'utf8'), stem);
          errors.push(...result.errors);
          items.push(...result.items.map((item) => ({ item, file })));
        }
        errors.push(...findDuplicateIds(items.map(({ item, file }) => ({ id: item.id, file }))));
        if (errors.length) throw new ContentError(`The ${label} has ${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
        store.clear();
        for (const { item, file } of items) store.set({ id: item.id, data: item as unknown as Record<string, unknown>, filePath: file });
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
