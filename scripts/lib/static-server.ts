/**
 * A static server for the built site that compresses text with gzip, as the README asks of a
 * deployment, so the bench measures the bytes a learner's browser would really fetch.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

export interface StaticServer {
  stop(): void;
  /** Bytes sent so far (compressed where compressed), response bodies only. */
  sent(): number;
}

/** Serves `dir` on `port`. */
export function serveStatic(dir: string, port: number): Promise<StaticServer> {
  let sent = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const type = TYPES[extname(file)];
    const gzip = type !== undefined && type !== 'image/svg+xml' && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'Content-Type': type ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(file);
    const body = gzip ? stream.pipe(createGzip()) : stream;
    let own = 0;
    body.on('data', (chunk: Buffer) => ((sent += chunk.length), (own += chunk.length)));
    if (process.env.LOG_SERVED) body.on('end', () => console.log('served', path, own));
    body.pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ stop: () => server.close(), sent: () => sent })));
}
