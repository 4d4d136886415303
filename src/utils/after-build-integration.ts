import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { pageFile } from '../lib/urls.ts';

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
  /**
   * Pages (their output files, "lessons/a/b/index.html") the step is handed as Astro renders them, so its work
   * starts while the rest of the site renders. A page Astro did not render (restored from its build cache)
   * is not handed over: `run` finds it in the output folder.
   */
  pages?: {
    files: RegExp;
    /**
     * The step's pages in Astro's order of its paths (the same every build), told before the first is rendered,
     * and the output folder they are written to.
     */
    expect: (files: string[], site: string) => void;
    /**
     * A page's bytes, as soon as it is rendered: with several rendering at a time, not always in that order.
     * They are the step's own (Astro writes a copy), to keep or to move to another thread.
     */
    take: (file: string, page: Uint8Array) => void;
  };
  run(site: string, context: BuildStepContext): Promise<void>;
}

/** Astro's prerenderer, also handing each rendered HTML page a step asks for to it. */
function handingPagesTo(steps: readonly BuildStep[], base: string, outDir: URL) {
  return (prerenderer: AstroPrerenderer): AstroPrerenderer => {
    const getStaticPaths = prerenderer.getStaticPaths.bind(prerenderer);
    prerenderer.getStaticPaths = async () => {
      const paths = await getStaticPaths();
      // Paths come without the base ("/lessons/a/b/"); the requests rendered below have it.
      const files = paths.flatMap(({ pathname }) => pageFile(pathname, '/') ?? []);
      const site = fileURLToPath(outDir);
      for (const step of steps)
        step.pages?.expect(
          files.filter((file) => step.pages!.files.test(file)),
          site,
        );
      return paths;
    };
    const render = prerenderer.render.bind(prerenderer);
    prerenderer.render = async (request, options) => {
      const result = await render(request, options);
      const file = pageFile(new URL(request.url).pathname, base);
      const takers = file ? steps.filter((step) => step.pages?.files.test(file)) : [];
      if (!takers.length) return result;
      // The bytes are read once, not decoded here: a step reads them in its own time (the indexer in its own thread).
      const response = result instanceof Response ? result : result.response;
      const page = new Uint8Array(await response.arrayBuffer());
      // A Response made from bytes holds a copy of them (the Fetch standard's "extract a body"), so `page` is free to give away.
      const written = new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
      takers.forEach((step, i) => step.pages!.take(file!, i === takers.length - 1 ? page : page.slice()));
      return result instanceof Response ? written : { ...result, response: written };
    };
    return prerenderer;
  };
}

/**
 * The course's steps after the build. A step may be handed pages while Astro renders them (Pagefind indexes the
 * lessons in a process of its own meanwhile). After the build the steps run together; a step waits for another
 * only where it reads what that one writes (`finished`). A step that fails fails the build.
 */
export function afterBuild(steps: readonly BuildStep[]): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'course:after-build',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (steps.some((step) => step.pages)) setPrerenderer(handingPagesTo(steps, config!.base, config!.outDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const runs = new Map<string, Promise<void>>();
        // A step may ask for another as it starts, before the steps after it have started: it is answered once all have.
        const allStarted = Promise.withResolvers<void>();
        const finished = async (name: string) => {
          await allStarted.promise;
          const run = runs.get(name);
          if (!run) throw new Error(`after the build: no step is named "${name}"`);
          return run;
        };
        for (const step of steps) runs.set(step.name, step.run(site, { config: config!, logger: logger.fork(`course:${step.name}`), finished }));
        allStarted.resolve();
        await Promise.all(runs.values());
      },
    },
  };
}
