import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every file of a built site `dir`, relative to it, with "/" separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const path of walk(dir)) files.push(relative(dir, path).split(sep).join('/'));
  return files.sort();
}
