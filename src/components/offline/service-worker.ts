/**
 * The course's service worker, bundled by the build (src/utils/offline-integration.ts) with its
 * precache list put in for `self.__WB_MANIFEST`: precaches the shell a learner's pages use, keeps
 * every page opened for offline reading and answers with the offline page when a page was never saved.
 * A new version waits until the learner chooses to load it ("课程已更新", course-app.ts), never mid-exam.
 */
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { clientsClaim } from 'workbox-core';
import { CACHES, OFFLINE_LIST } from '../../lib/offline.ts';
import { createUrls } from '../../lib/urls.ts';

// Typed by hand: the project's TypeScript has the DOM's types, not the worker's.
const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  location: Location;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string; url?: string }; waitUntil(promise: Promise<unknown>): void }) => void): void;
};

// The worker's own URLs are relative to it, as its precache list is: the course works under any sub-path.
const workerUrls = createUrls('./');

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  // A page opened before this worker ran (course-app.ts): saved as the pages route saves pages.
  const page = event.data?.type === 'KEEP_PAGE' && event.data.url ? new URL(event.data.url) : undefined;
  if (page && page.origin === worker.location.origin) {
    page.search = '';
    page.hash = '';
    event.waitUntil(caches.open(CACHES.pages).then((cache) => cache.add(page.href)));
  }
});
clientsClaim();
// URLs are relative to the worker's own, so the course works under any sub-path. `?q=` on the search
// page, `?ts=` on Pagefind's entry file: the same cached file.
precacheAndRoute((self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

/**
 * How a request finds its saved copy: by address alone. Not by its query (`?q=` on the search page), and not by
 * the headers a server's `Vary` names: servers add `Vary: Origin` (`astro preview`, many CDNs), and a module
 * script asks with an Origin header the download's own fetch did not send, so its saved copy would not be found.
 */
const SAME_FILE = { ignoreSearch: true, ignoreVary: true };

// Pages (among them the question pages practice and the exam fetch): fresh when online, saved for offline.
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/')),
  new NetworkFirst({
    cacheName: CACHES.pages,
    networkTimeoutSeconds: 5,
    matchOptions: SAME_FILE,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: `${workerUrls.offline()}index.html` })],
  }),
);
// File names with a content hash never change: the saved copy is the right one.
registerRoute(({ url, sameOrigin }) => sameOrigin && /\/(_astro|pagefind)\//.test(url.pathname), new CacheFirst({ cacheName: CACHES.assets, matchOptions: SAME_FILE }));
// The download's list and the question index must be this build's.
const thisBuildOnly = new Set([OFFLINE_LIST, workerUrls.questionIndex()].map((file) => new URL(file, worker.location.href).pathname));
registerRoute(({ url, sameOrigin }) => sameOrigin && thisBuildOnly.has(url.pathname), new NetworkFirst({ cacheName: CACHES.files, matchOptions: SAME_FILE }));
registerRoute(({ sameOrigin }) => sameOrigin, new StaleWhileRevalidate({ cacheName: CACHES.files, matchOptions: SAME_FILE }));
