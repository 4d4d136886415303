/**
 * A real Learning Record Store for the tests: Learning Locker's xAPI statements service (npm
 * `xapi-statements`), started on 127.0.0.1 with in-memory models, its test auth (any key is its
 * test client), in-process events and local storage in a temporary folder. It validates every
 * statement strictly and answers the xAPI query API. It has no State API: the LMS harness keeps state.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from '../../../src/lib/cmi5/statements.ts';

export interface Lrs {
  /** The xAPI endpoint, ending in "/". */
  endpoint: string;
  /** The Authorization header of the LRS's test client. */
  auth: string;
  close(): Promise<void>;
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startLrs(): Promise<Lrs> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'xapi-statements-'));
  const script = new URL('../../../node_modules/xapi-statements/dist/index.js', import.meta.url).pathname;
  const child: ChildProcess = fork(script, [], {
    // Its own folder: the service reads a .env from where it runs, and writes its storage there.
    cwd: dir,
    execPath: process.execPath,
    silent: true,
    env: {
      PATH: process.env.PATH,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      SERVICE_AWAIT_UPDATES: 'true',
      NODE_NO_WARNINGS: '1',
    },
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`xapi-statements did not start in 30 s:\n${output}`)), 30_000);
    child.once('message', (m) => m === 'ready' && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`xapi-statements exited with ${code}:\n${output}`))));
  });
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    auth: `Basic ${Buffer.from('test:test').toString('base64')}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => (rmSync(dir, { recursive: true, force: true }), resolve()));
        child.kill('SIGTERM');
      }),
  };
}

/** Every statement of the LRS matching `query` (xAPI query parameters), oldest stored first. */
export async function queryStatements(lrs: Pick<Lrs, 'endpoint' | 'auth'>, query: Record<string, string> = {}): Promise<Statement[]> {
  const headers = { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3' };
  let url: string | null = `${lrs.endpoint}statements?${new URLSearchParams({ ascending: 'true', limit: '100', ...query })}`;
  const all: Statement[] = [];
  while (url) {
    const response: Response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`LRS query ${url}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { statements: Statement[]; more?: string };
    all.push(...body.statements);
    url = body.more ? new URL(body.more, lrs.endpoint).href : null;
  }
  return all;
}
