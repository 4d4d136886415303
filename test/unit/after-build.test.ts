import type { AstroConfig, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
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

describe('the pages handed to a step as Astro renders them', () => {
  /** Astro's prerenderer as the integration wraps it, rendering `html` for every request. */
  function wrapped(steps: BuildStep[], html: string) {
    const integration = afterBuild(steps);
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:done']!({ config: { base: '/', outDir: new URL('file:///tmp/site/') } as AstroConfig });
    let wrap: ((p: AstroPrerenderer) => AstroPrerenderer) | undefined;
    hooks['astro:build:start']!({ setPrerenderer: (w: typeof wrap) => (wrap = w) });
    return wrap!({
      name: 'astro',
      getStaticPaths: () => Promise.resolve([{ pathname: '/lessons/a/one/', route: {} }]),
      render: () => Promise.resolve(new Response(html, { status: 200, headers: { 'content-type': 'text/html' } })),
    } as unknown as AstroPrerenderer);
  }

  it('gives a step the bytes of each page it asks for, and Astro the whole page to write', async () => {
    const html = '<!doctype html><html lang="zh-CN"><head><title>第一课</title></head><body><main data-pagefind-body>光环效应</main></body></html>';
    const taken: [string, string][] = [];
    const expected: [string[], string][] = [];
    const prerenderer = wrapped(
      [
        {
          name: 'pagefind',
          pages: { files: /^lessons\//, expect: (files, site) => void expected.push([files, site]), take: (file, page) => void taken.push([file, new TextDecoder().decode(page)]) },
          run: async () => {},
        },
      ],
      html,
    );
    await prerenderer.getStaticPaths();
    const lesson = (await prerenderer.render(new Request('http://localhost/lessons/a/one/'), {} as never)) as Response;
    const other = (await prerenderer.render(new Request('http://localhost/search/'), {} as never)) as Response;
    expect(expected).toEqual([[['lessons/a/one/index.html'], '/tmp/site/']]);
    expect(taken).toEqual([['lessons/a/one/index.html', html]]);
    expect(await lesson.text()).toBe(html);
    expect(lesson.headers.get('content-type')).toBe('text/html');
    expect(await other.text()).toBe(html);
  });

  it('gives each of two steps asking for a page bytes of its own', async () => {
    const pages: Uint8Array[] = [];
    const step = (name: string): BuildStep => ({ name, pages: { files: /^lessons\//, expect: () => {}, take: (_file, page) => void pages.push(page) }, run: async () => {} });
    const prerenderer = wrapped([step('one'), step('two')], '<p>第一课</p>');
    await prerenderer.render(new Request('http://localhost/lessons/a/one/'), {} as never);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.buffer).not.toBe(pages[1]!.buffer);
    expect(new TextDecoder().decode(pages[1])).toBe('<p>第一课</p>');
  });
});
