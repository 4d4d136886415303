import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

/** What a step after the build is given besides the output folder. */
interface BuildStepContext {
  config: AstroConfig;
  logger: AstroIntegrationLogger;
  /** Settles when the step named `name` has finished (rejects if it failed): for a step that reads what another writes. */
  finished: (name: string) => Promise<void>;
}

/** One step after Astro has written the site: it reads and writes the output folder `site`. */
export interface BuildStep {
  name: string;
  run(site: string, context: BuildStepContext): Promise<void>;
}

/**
 * The course's steps after the build. They start together (Pagefind indexes the lessons in a process of its
 * own while the service worker's step reads the rest of the site); a step waits for another only where it
 * reads what that one writes (`finished`). A step that fails fails the build.
 */
export function afterBuild(steps: readonly BuildStep[]): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'course:after-build',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const runs = new Map<string, Promise<void>>();
        const finished = async (name: string) => {
          // Every run is registered before any step gets to ask.
          await Promise.resolve();
          const run = runs.get(name);
          if (!run) throw new Error(`after the build: no step is named "${name}"`);
          return run;
        };
        for (const step of steps) runs.set(step.name, step.run(site, { config: config!, logger: logger.fork(`course:${step.name}`), finished }));
        await Promise.all(runs.values());
      },
    },
  };
}
