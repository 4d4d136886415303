/** The offline web app's shared names and the pure parts of the "离线学习" download. */
import { pageAddress } from './urls.ts';

/** Cache names of the service worker's runtime routes, which the download fills too. */
export const CACHES = { pages: 'course-pages', assets: 'course-assets', files: 'course-files' } as const;

/** The file, next to the home page, that lists what the download fetches. */
export const OFFLINE_LIST = 'offline-files.json';

/** What the download fetches: URLs relative to the course's base, their total size, the build's version. */
export interface OfflineList {
  version: string;
  bytes: number;
  files: string[];
}

// Never fetched by a learner: the worker itself, the not-found page, Pagefind's own UIs (the course has its own).
const SKIP = /^(sw\.js|404\.html|offline-files\.json|robots\.txt|scorm\/.*|pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css))$/;

/** The download list of a built site, from each file's size (path relative to the site root). */
export function offlineFileList(sizes: Record<string, number>, version: string): OfflineList {
  const files: string[] = [];
  let bytes = 0;
  for (const [file, size] of Object.entries(sizes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (SKIP.test(file)) continue;
    // Pages are fetched by their address, as links give it: "lessons/x/", not "lessons/x/index.html".
    files.push(pageAddress(file) || './');
    bytes += size;
  }
  return { version, bytes, files };
}

/** Which cache a file of the list goes to: the one the service worker's route for it reads. */
export function cacheFor(file: string): string {
  if (file === './' || file.endsWith('/')) return CACHES.pages;
  if (/^(_astro|pagefind)\//.test(file)) return CACHES.assets;
  return CACHES.files;
}

/** "12.3 MB" or "850 KB", for the download button. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Runs `task` on each item with at most `limit` at once; reports each finished one. */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, done?: (count: number) => void): Promise<void> {
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
      done?.(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The modules a built module imports, statically or with `import()`, as written ("./x.js"). */
export function moduleImports(code: string): string[] {
  const found = new Set<string>();
  // Quoted or, as the minifier now writes a dynamic import, in backticks (import(`./x.js`)).
  for (const [, spec] of code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`$]+)["'`]/g)) found.add(spec!);
  return [...found];
}

/**
 * What a learner's pages use of the built assets: `linked`, the assets the pages link to (pageAssets),
 * and every module those import, now or later (`import()`). Code only a trainer's page reaches (the
 * team report's Excel library) is left out: it loads when a trainer asks for it.
 */
export function assetsInUse(linked: Iterable<string>, read: (asset: string) => string | undefined): Set<string> {
  const used = new Set<string>();
  const visit = (asset: string) => {
    if (used.has(asset)) return;
    const code = read(asset);
    if (code === undefined) return;
    used.add(asset);
    if (!asset.endsWith('.js')) return;
    const dir = asset.slice(0, asset.lastIndexOf('/') + 1);
    for (const spec of moduleImports(code)) visit(new URL(spec, `https://x/${dir}`).pathname.slice(1));
  };
  for (const asset of linked) visit(asset);
  return used;
}
