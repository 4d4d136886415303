import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fillQuestionPage, questionParts, TEMPLATE_ID } from '../lib/question-pages.ts';
import type { BuildStep } from './after-build-integration.ts';

export interface QuestionPagesOptions {
  /** Folder of the question pages below the output folder ("questions"). */
  pages: string;
  /** Folder of the question sets below the output folder ("question-sets"). */
  sets: string;
  /** Filled with each written page's address (with the site's address, when the build has one), for the sitemap. */
  written?: string[];
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name === 'index.html') yield path;
  }
}

/**
 * Writes each question's own page (`<pages>/<id>/index.html`) from the template page and the question
 * sets Astro rendered (src/lib/question-pages.ts): the same page as rendering it whole, for a fraction
 * of the time. Runs beside the search index and before the service worker, which lists the pages.
 */
export function questionPages(options: QuestionPagesOptions): BuildStep {
  return {
    name: 'question-pages',
    async run(site, { config, logger }) {
      const root = config.site ? new URL(config.base, config.site).href : config.base;
      const started = performance.now();
      const templateDir = join(site, options.pages, TEMPLATE_ID);
      const template = await readFile(join(templateDir, 'index.html'), 'utf8').catch(() => undefined);
      if (template === undefined) return;
      let count = 0;
      for await (const set of htmlFiles(join(site, options.sets))) {
        const parts = questionParts(await readFile(set, 'utf8'));
        await Promise.all(
          parts.map(async (part) => {
            const folder = join(site, options.pages, part.id);
            await mkdir(folder, { recursive: true });
            await writeFile(join(folder, 'index.html'), fillQuestionPage(template, part));
            options.written?.push(`${root.replace(/\/?$/, '/')}${options.pages}/${encodeURIComponent(part.id)}/`);
          }),
        );
        count += parts.length;
      }
      await rm(templateDir, { recursive: true, force: true });
      logger.info(`${count} question pages written in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
