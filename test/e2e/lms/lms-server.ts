import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
};

/** The test LMS: a page that installs scorm-again's API for one SCORM version and launches the package in a frame. */
function hostPage(version: '1.2' | '2004', launch: string): string {
  const [file, global, name, init, finish, commit] =
    version === '1.2'
      ? ['scorm12', 'Scorm12API', 'API', 'LMSInitialize', 'LMSFinish', 'LMSCommit']
      : ['scorm2004', 'Scorm2004API', 'API_1484_11', 'Initialize', 'Terminate', 'Commit'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/runtime/${file}.min.js"></script>
<script>
  const api = new ${global}({ logLevel: 5, autocommit: false });
  // What an LMS restores when the learner comes back: set by the test before the page loads.
  if (window.__restore) api.loadFromJSON(window.__restore);
  window.${name} = api;
  window.lms = { initialized: 0, commits: 0, finished: 0, errors: [], cmi: () => api.renderCMIToJSONObject().cmi };
  api.on('${init}', () => lms.initialized++);
  api.on('${commit}', () => lms.commits++);
  api.on('${finish}', () => { lms.finished++; lms.final = lms.cmi(); });
  api.on('${version === '1.2' ? 'LMSSetValue' : 'SetValue'}.cmi.*', (element, value) => {
    const code = String(api.${version === '1.2' ? 'LMSGetLastError' : 'GetLastError'}());
    if (code !== '0') lms.errors.push(element + '=' + value + ' -> ' + code);
  });
</script></head>
<body><iframe id="sco" title="course" src="${launch}" style="width:100%;height:95vh;border:0"></iframe></body></html>`;
}

export interface LmsServer {
  url: string;
  /** Where the package is served: a random deep path nobody could know at build time. */
  packagePath: string;
  close(): Promise<void>;
}

/** Serves `zip` (a package from `npm run package:scorm`) under a random deep path, with the test LMS at /lms.html. */
export async function startLmsServer(zip: string, version: '1.2' | '2004'): Promise<LmsServer> {
  const files = unzipSync(readFileSync(zip));
  const packagePath = `/moodle/pluginfile.php/${randomBytes(4).toString('hex')}/mod_scorm/content/${randomBytes(3).toString('hex')}/`;
  const runtime = new URL('../../../node_modules/scorm-again/dist/', import.meta.url);
  const host = hostPage(version, `${packagePath}scorm/index.html`);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    let body: Uint8Array | string | undefined;
    if (path === '/lms.html') body = host;
    else if (path.startsWith('/runtime/')) body = readFileSync(new URL(path.slice('/runtime/'.length), runtime));
    else if (path.startsWith(packagePath)) {
      const file = path.slice(packagePath.length);
      body = files[file] ?? files[`${file}index.html`] ?? (file === '' ? undefined : files[`${file}/index.html`]);
    }
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const ext = path.endsWith('/') ? 'html' : (path.split('.').pop() ?? '');
    response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, packagePath, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
