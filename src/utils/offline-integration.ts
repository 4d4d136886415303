import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { listFiles } from '../../scripts/lib/relative-urls.ts';
import { CACHES, offlineFileList, OFFLINE_LIST, type OfflineList } from '../lib/offline.ts';


// The shell, cached at the first visit: styles, scripts, the home and search pages, Pagefind's core.
const SHELL = [
  'index.html',
  'search/index.html',
  'offline/index.html',
  '_astro/**/*.{js,css}',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'search/traditional.json',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];

/**
 * Makes the built site an installable, offline-capable web app: writes the list of files the
 * "离线学习" download fetches, then a Workbox service worker that precaches the shell, keeps every
 * page opened for offline reading and answers with the offline page when a page was never saved.
 * Not for the SCORM packages, which live inside an LMS's frames.
 */
export function offlineApp(): AstroIntegration {
  return {
    name: 'course:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.COURSE_PACKAGE) return;
        const site = fileURLToPath(dir);
        const started = performance.now();
        const files = await listFiles(site);
        const sizes: Record<string, number> = {};
        const hash = createHash('sha256');
        for (const file of files) {
          const bytes = await readFile(join(site, file));
          sizes[file] = bytes.length;
          hash.update(file).update(bytes);
        }
        const list: OfflineList = offlineFileList(sizes, hash.digest('hex').slice(0, 16));
        await writeFile(join(site, OFFLINE_LIST), JSON.stringify(list));
        // Precached URLs are relative to the worker's own, so the course works under any sub-path.
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: SHELL,
          swDest: join(site, 'sw.js'),
          directoryIndex: 'index.html',
          // ?q= on the search page, ?ts= on Pagefind's entry file: the same cached file.
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // A new version waits until the learner chooses to load it ("课程已更新"), never mid-exam.
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          runtimeCaching: [
            {
              // Pages, and the question pages exams and practice fetch: fresh when online, saved for offline.
              urlPattern: ({ request, url, sameOrigin }) => sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/')),
              handler: 'NetworkFirst',
              options: {
                cacheName: CACHES.pages,
                networkTimeoutSeconds: 5,
                matchOptions: { ignoreSearch: true },
                precacheFallback: { fallbackURL: 'offline/index.html' },
              },
            },
            {
              // File names with a content hash never change: the saved copy is the right one.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/(_astro|pagefind)\//.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: CACHES.assets, matchOptions: { ignoreSearch: true } },
            },
            {
              // The download's list must be this build's, to tell when the saved course is out of date.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/offline-files.json'),
              handler: 'NetworkFirst',
              options: { cacheName: CACHES.files },
            },
            {
              urlPattern: ({ sameOrigin }) => sameOrigin,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: CACHES.files },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        const swBytes = (await stat(join(site, 'sw.js'))).size;
        logger.info(
          `service worker: ${count} shell files (${Math.round(size / 1024)} KB) precached, ${list.files.length} files (${(list.bytes / 1048576).toFixed(1)} MB) for the offline download, sw.js ${Math.round(swBytes / 1024)} KB, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
