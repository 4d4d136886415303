// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { punctuationPlugin } from './src/utils/vite-punctuation.ts';
import { pagefindIndex } from './src/utils/pagefind-integration.ts';
import { offlineApp } from './src/utils/offline-integration.ts';
import { deadHeadInjectDirective } from './src/utils/vite-head-inject.ts';
import { contentCheck } from './src/utils/content-integration.ts';
import { afterBuild } from './src/utils/after-build-integration.ts';

// COURSE_BASE lets a company host the course under a sub-path, e.g.
// COURSE_BASE=/training/customer-service/ npm run build
const base = process.env.COURSE_BASE ?? '/';
// COURSE_OUT_DIR builds elsewhere than dist/ (the sub-path test, benchmarks).
const outDir = process.env.COURSE_OUT_DIR ?? './dist';
// Builds of other content (fixtures, benchmarks) keep their own content cache, so no entry leaks between courses.
const cacheDir = process.env.COURSE_CACHE_DIR ?? './node_modules/.astro';
// COURSE_SITE is the course's public address, e.g. https://training.example.cn: canonical metadata and
// every link a trainer sends (paths, exam papers, questions) are built from it. Pages read it as
// import.meta.env.COURSE_SITE ('' when not set; see src/lib/share.ts).
const courseSite = (process.env.COURSE_SITE ?? '').trim();

/**
 * The shared chunk a browser module goes into (see vite.build below), or undefined to let Vite decide.
 * @param {string} id
 */
function browserChunk(id) {
  const file = id.replaceAll('\\', '/');
  if (
    /vite\/preload-helper|\/src\/components\/base\/course-element\.ts$|\/src\/components\/progress\/progress-client\.ts$|\/src\/lib\/(progress\/(store|migrate|validate|types|record|completion|lesson-state)|template)\.ts$/.test(
      file,
    )
  )
    return 'core';
  return undefined;
}

export default defineConfig({
  // COURSE_SITE also gives pages canonical links and the site a sitemap; without it, neither.
  site: courseSite || undefined,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  integrations: [
    // contentCheck first: content problems stop the build before anything else runs.
    contentCheck(),
    mdx(),
    afterBuild([
      // The search index reads the lesson pages only (they alone mark their text with data-pagefind-body).
      // Index chunks of 2,000 word locations keep a search within about 150 KB (docs/performance.md).
      pagefindIndex({ pages: /^lessons\/.+\/index\.html$/, chunkSize: Number(process.env.COURSE_INDEX_CHUNK_SIZE ?? 2000) }),
      offlineApp({
        enabled: !process.env.COURSE_PACKAGE,
        serviceWorker: './src/components/offline/service-worker.ts',
        // The shell, precached at the first visit with the scripts and styles of a learner's pages: the home,
        // search and offline pages, Pagefind's core, the Traditional-character table, the icons.
        shell:
          /^(index\.html|search\/index\.html|offline\/index\.html|pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)|search\/traditional\.json|favicon\.svg|manifest\.webmanifest|icons\/[^/]+\.png)$/,
        // The team report is for trainers: its Excel library loads when a trainer exports.
        trainerPages: /^team\//,
        // The service worker lists every file: the search index's once Pagefind has written it.
        writtenBy: { pagefind: 'pagefind/' },
      }),
    ]),
    // Search results and the 404 page are kept out of search engines, so out of the sitemap too.
    ...(courseSite ? [sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) })] : []),
  ],
  vite: {
    plugins: [punctuationPlugin(), deadHeadInjectDirective()],
    define: { 'import.meta.env.COURSE_SITE': JSON.stringify(courseSite) },
    build: {
      rolldownOptions: {
        output: {
          // Fewer requests for a phone on a poor connection: the code every page runs (element base, progress
          // store) is one file.
          manualChunks: browserChunk,
          // Astro's own naming (`_astro/<name>.<hash><ext>`), except that a name ending in a dot loses it: the CSS
          // of the `[...slug]` pages is named "_.", which made "_..BITVTraF.css", a name old LMSs and zip-slip
          // filters refuse in a SCORM package.
          assetFileNames: (/** @type {{ names?: string[] }} */ asset) => {
            const name = asset.names?.[0] ?? '';
            const stem = name.includes('@_@') ? (name.split('@_@')[0] ?? '') : name.replace(/\.[^./]*$/, '');
            return `_astro/${stem.replace(/\.{2,}/g, '.').replace(/\.+$/, '') || 'asset'}.[hash][extname]`;
          },
        },
      },
    },
  },
  markdown: { syntaxHighlight: false },
  // Pages render in turns on one thread; four at a time let one page's file be written while the next renders.
  // No stylesheet is inlined: every page then declares the same Content-Security-Policy, with no hash to compute
  // per page (src/utils/security-policy.ts), and a stylesheet is downloaded once for all pages.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
