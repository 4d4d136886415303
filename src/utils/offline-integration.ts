import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { assetsInUse, offlineFileList, OFFLINE_LIST, type OfflineList } from '../lib/offline.ts';
import { pageAssets } from './page-assets.ts';
import { listFiles } from './site-files.ts';
import type { BuildStep } from './after-build-integration.ts';

/** Where the precache list goes in the bundled service worker (`self.__WB_MANIFEST` in its source). */
const PRECACHE_MARK = 'course:precache-list';

export interface OfflineOptions {
  /** Off for builds that are not the website (the SCORM packages, which live inside an LMS's frames). */
  enabled: boolean;
  /** The service worker's source (src/components/offline/service-worker.ts). */
  serviceWorker: string;
  /** Files of the shell precached at the first visit, besides the assets a learner's pages use: pages as "search/index.html". */
  shell: RegExp;
  /** Pages only trainers open ("team/index.html"): what only they use is not precached. */
  trainerPages: RegExp;
  /** Folders other steps write ({ pagefind: 'pagefind/' }): read once that step has finished, the rest meanwhile. */
  writtenBy?: Record<string, string>;
}

/**
 * Makes the built site an installable, offline-capable web app: writes the list of files the
 * "离线学习" download fetches, then the service worker (bundled from `serviceWorker` with its precache
 * list: the shell and the scripts and styles of a learner's pages).
 */
export function offlineApp(options: OfflineOptions): BuildStep {
  return {
    name: 'offline',
    async run(site, { config, logger, finished }) {
      if (!options.enabled) return;
      const base = config.base;
      const started = performance.now();
      // esbuild bundles the service worker in its own process while this thread reads the site; the precache list,
      // known once the site is read, then takes the place of a mark.
      const bundling = build({
        entryPoints: [options.serviceWorker],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'es2020',
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"', 'self.__WB_MANIFEST': JSON.stringify(PRECACHE_MARK) },
      });
      // Its failure is reported where it is awaited, below, not as an unhandled rejection if reading fails first.
      bundling.catch(() => {});
      const later = Object.entries(options.writtenBy ?? {});
      const byOthers = (file: string) => later.some(([, folder]) => file.startsWith(folder));
      const sizes: Record<string, number> = {};
      const version = createHash('sha256');
      const linked = new Set<string>();
      const assets = new Map<string, Buffer>();
      const shell = new Map<string, string>();
      const take = (file: string, bytes: Buffer) => {
        sizes[file] = bytes.length;
        version.update(file).update(bytes);
        if (file.startsWith('_astro/')) assets.set(file, bytes);
        else if (file.endsWith('.html') && !options.trainerPages.test(file)) for (const asset of pageAssets(bytes, base)) linked.add(asset);
        if (options.shell.test(file)) shell.set(file, createHash('sha256').update(bytes).digest('hex').slice(0, 16));
      };
      // Read a batch at a time: the reads overlap, and memory holds a batch, not the whole site.
      const read = async (files: string[]) => {
        const batch = 64;
        for (let from = 0; from < files.length; from += batch) {
          const slice = files.slice(from, from + batch);
          const contents = await Promise.all(slice.map((file) => readFile(join(site, file))));
          slice.forEach((file, i) => take(file, contents[i]!));
        }
      };
      // Astro's pages and assets while the other steps work, then what they wrote.
      await read((await listFiles(site)).filter((file) => !byOthers(file)));
      await Promise.all(later.map(([step]) => finished(step)));
      await read((await listFiles(site)).filter(byOthers));
      const list: OfflineList = offlineFileList(sizes, version.digest('hex').slice(0, 16));
      await writeFile(join(site, OFFLINE_LIST), JSON.stringify(list));

      const inUse = assetsInUse(linked, (asset) => assets.get(asset)?.toString('utf8'));
      // Hashed names need no revision; the others change content under the same name.
      const manifest = [...[...inUse].sort().map((url) => ({ url, revision: null })), ...[...shell].map(([url, revision]) => ({ url, revision }))];
      const precachedBytes = [...inUse, ...shell.keys()].reduce((sum, file) => sum + sizes[file]!, 0);
      const bundled = (await bundling).outputFiles[0]!.text;
      const [before, after, ...more] = bundled.split(JSON.stringify(PRECACHE_MARK));
      if (after === undefined || more.length || bundled.includes('__WB_MANIFEST')) throw new Error('service worker: its precache list was not put in');
      const sw = before + JSON.stringify(manifest) + after;
      await writeFile(join(site, 'sw.js'), sw);
      logger.info(
        `service worker: ${manifest.length} shell files (${Math.round(precachedBytes / 1024)} KB) precached, ${list.files.length} files (${(list.bytes / 1048576).toFixed(1)} MB) for the offline download, sw.js ${Math.round(sw.length / 1024)} KB, in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
