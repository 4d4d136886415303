// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { punctuationPlugin } from './src/utils/vite-punctuation.ts';

// COURSE_BASE lets a company host the course under a sub-path, e.g.
// COURSE_BASE=/training/customer-service/ npm run build
const base = process.env.COURSE_BASE ?? '/';

export default defineConfig({
  site: process.env.COURSE_SITE ?? 'https://course.example.com',
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: { plugins: [punctuationPlugin()] },
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
