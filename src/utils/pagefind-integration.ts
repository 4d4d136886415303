import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site for search as the last step of `astro build`, wherever its output goes. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'course:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
