import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { afterBuild, type BuildStep } from '../../src/utils/after-build-integration.ts';

/** Runs the steps as `astro build` does once the site is written, and returns what happened in order. */
async function runSteps(steps: BuildStep[]) {
  const integration = afterBuild(steps);
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const logger = { fork: () => logger } as unknown as AstroIntegrationLogger;
  hooks['astro:config:done']!({ config: { base: '/' } as AstroConfig });
  await hooks['astro:build:done']!({ dir: new URL('file:///tmp/site/'), logger });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the steps after the build', () => {
  it('lets a step wait, from its first line, for a step listed after it, and run the rest meanwhile', async () => {
    const order: string[] = [];
    await runSteps([
      {
        name: 'offline',
        run: async (_site, { finished }) => {
          const search = finished('pagefind');
          order.push('offline starts');
          await search;
          order.push('offline lists the index');
        },
      },
      {
        name: 'pagefind',
        run: async () => {
          order.push('pagefind starts');
          await tick();
          order.push('pagefind writes the index');
        },
      },
    ]);
    expect(order).toEqual(['offline starts', 'pagefind starts', 'pagefind writes the index', 'offline lists the index']);
  });

  it('fails the build when a step fails, and a step waiting for it hears of it', async () => {
    const heard: string[] = [];
    const build = runSteps([
      {
        name: 'offline',
        run: (_site, { finished }) => finished('pagefind').catch((error: Error) => void heard.push(error.message)),
      },
      { name: 'pagefind', run: () => Promise.reject(new Error('索引写不进去')) },
    ]);
    await expect(build).rejects.toThrow('索引写不进去');
    expect(heard).toEqual(['索引写不进去']);
  });

  it('names a step asked for that does not exist', async () => {
    await expect(runSteps([{ name: 'offline', run: (_site, { finished }) => finished('serach') }])).rejects.toThrow('after the build: no step is named "serach"');
  });
});
