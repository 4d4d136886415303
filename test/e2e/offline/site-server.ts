import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SiteServer {
  url: string;
  /** Serves a changed build from now on: a new home page, and a service worker that knows it. */
  publish(marker: string): void;
  close(): Promise<void>;
}

/** Serves the built site in `dir` as a static host would, with no-cache on every file and `Vary: Origin`. */
export async function startSiteServer(dir: string): Promise<SiteServer> {
  let marker: string | undefined;
  const server = createServer(
    (request, response) =>
      void (async () => {
        let path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const file = join(dir, normalize(path));
        let body: Buffer | string;
        try {
          body = await readFile(file);
        } catch {
          response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(dir, '404.html')));
          return;
        }
        if (marker && path === '/index.html') body = body.toString().replace('</h1>', `</h1><p class="published">${marker}</p>`);
        // The changed home page has another revision in the new worker's precache list.
        if (marker && path === '/sw.js') body = body.toString().replace(/(\{"url":"index\.html","revision":")[0-9a-f]+/, `$1${Buffer.from(marker).toString('hex').slice(0, 32)}`);
        // `Vary: Origin`, as `astro preview` (npm start) and many CDNs send it: a module script asks with an Origin
        // header, and its saved copy must be found all the same.
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'Origin' }).end(body);
      })(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    publish: (text) => (marker = text),
    // The page's service worker may still be fetching in the background (a new version's precache): a test
    // that is over does not wait for it.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
