import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

/** One step after Astro has written the site: it reads and writes the output folder `site`. */
export interface BuildStep {
  name: string;
  run(site: string, context: { config: AstroConfig; logger: AstroIntegrationLogger }): Promise<void>;
}

/**
 * The course's steps after the build, in stages: the steps of a stage run side by side (Pagefind indexes
 * the lessons in a process of its own), and each stage waits for the one
 * before (the service worker lists every file the others wrote). A step that fails fails the build.
 */
export function afterBuild(stages: readonly (readonly BuildStep[])[]): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'course:after-build',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const stage of stages) await Promise.all(stage.map((step) => step.run(site, { config: config!, logger: logger.fork(`course:${step.name}`) })));
      },
    },
  };
}
