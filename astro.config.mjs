// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { punctuationPlugin } from './src/utils/vite-punctuation.ts';
import { pagefindIndex } from './src/utils/pagefind-integration.ts';
import { offlineApp } from './src/utils/offline-integration.ts';
import { deadHeadInjectDirective } from './src/utils/vite-head-inject.ts';
import { contentCheck } from './src/utils/content-integration.ts';

// COURSE_BASE lets a company host the course under a sub-path, e.g.
// COURSE_BASE=/training/customer-service/ npm run build
const base = process.env.COURSE_BASE ?? '/';
// COURSE_OUT_DIR builds elsewhere than dist/ (the sub-path test, benchmarks).
const outDir = process.env.COURSE_OUT_DIR ?? './dist';
// Builds of other content (fixtures, benchmarks) keep their own content cache, so no entry leaks between courses.
const cacheDir = process.env.COURSE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.COURSE_SITE ?? 'https://course.example.com',
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // contentCheck first: content problems stop the build before anything else runs.
  // The service worker comes last: it lists the files, search index included, that the others wrote.
  integrations: [contentCheck(), mdx(), pagefindIndex(), offlineApp()],
  vite: { plugins: [punctuationPlugin(), deadHeadInjectDirective()] },
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: {
    csp: {
      // Pagefind runs WebAssembly; nothing else needs more than 'self' + Astro's hashes.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
