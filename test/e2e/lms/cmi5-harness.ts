/**
 * The LMS's part of a cmi5 launch, for the tests: serves the package of `npm run package:cmi5` under a
 * random deep path, reads its cmi5.xml, and for each launch writes LaunchData to the State API, sends
 * "launched" to the LRS and builds the launch URL (endpoint, fetch, actor, registration, activityId).
 * Its fetch URL hands out a one-time token. The endpoint it gives the course is its own LRS front, on
 * another origin (so CORS is real): statements go to the real LRS (xapi-statements), whose answer is
 * passed back as it is and kept; the State API (which that service does not have) is kept here.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Lrs } from './lrs.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
};

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

interface Au {
  id: string;
  url: string;
  moveOn: string;
  masteryScore?: number;
}

interface LrsCall {
  method: string;
  path: string;
  status: number;
  body: string;
  response: string;
}

export interface Cmi5Harness {
  /** The LMS's origin (package, fetch URL, return page). */
  url: string;
  packagePath: string;
  /** The endpoint handed to the course. */
  endpoint: string;
  courseId: string;
  aus: Au[];
  /** Every statement request the front passed to the LRS, with the LRS's answer. */
  calls: LrsCall[];
  /** Requests the front refused: a missing or wrong token. */
  refused: string[];
  /** Tokens asked for at the fetch URL, and fetch URLs used twice. */
  tokens: string[];
  fetchReused: number;
  /** Starts a launch: LaunchData in the State API, "launched" in the LRS; returns the launch URL. */
  launch(options: { au: Au; actor: Record<string, unknown>; registration: string; launchMode?: 'Normal' | 'Browse' | 'Review' }): Promise<{ url: string; sessionId: string }>;
  state(key: { activityId: string; registration: string; stateId: string }): unknown;
  close(): Promise<void>;
}

const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent?.trim() ?? '';

function readStructure(xml: string): { courseId: string; aus: Au[] } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const course = doc.getElementsByTagName('course')[0];
  if (!course) throw new Error('cmi5.xml has no <course>');
  const aus = [...(doc.getElementsByTagName('au') as unknown as Iterable<Element>)].map((au) => ({
    id: au.getAttribute('id')!,
    url: text(au, 'url'),
    moveOn: au.getAttribute('moveOn') ?? 'NotApplicable',
    ...(au.getAttribute('masteryScore') ? { masteryScore: Number(au.getAttribute('masteryScore')) } : {}),
  }));
  return { courseId: course.getAttribute('id')!, aus };
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export async function startCmi5Harness(zip: string, lrs: Lrs): Promise<Cmi5Harness> {
  const files = unzipSync(readFileSync(zip));
  const structure = readStructure(new TextDecoder().decode(files['cmi5.xml']));
  const packagePath = `/lms/content/${randomBytes(4).toString('hex')}/cmi5/${randomBytes(3).toString('hex')}/`;
  const calls: LrsCall[] = [];
  const refused: string[] = [];
  const tokens: string[] = [];
  const fetchUrls = new Map<string, string | null>();
  const states = new Map<string, string>();
  let fetchReused = 0;
  const stateKey = (k: { activityId: string; registration?: string | null; stateId: string; agent?: string | null }) =>
    JSON.stringify([k.activityId, k.registration ?? '', k.stateId]);

  const sendToLrs = async (method: string, path: string, body: string | undefined) => {
    const response = await fetch(`${lrs.endpoint}${path}`, {
      method,
      headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body,
    });
    const answer = await response.text();
    calls.push({ method, path, status: response.status, body: body ?? '', response: answer });
    return { status: response.status, answer, type: response.headers.get('content-type') ?? 'application/json' };
  };

  // The LMS: the package, the fetch URL, the page the course returns to.
  const lms = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url!, 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith('/lms/fetch/') && request.method === 'POST') {
      const id = path.slice('/lms/fetch/'.length);
      if (!fetchUrls.has(id)) return void response.writeHead(404).end();
      // cmi5 8.2.3: a fetch URL gives its token once; later calls get an error.
      if (fetchUrls.get(id) === null) {
        fetchReused++;
        return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      }
      const token = randomBytes(18).toString('base64');
      tokens.push(token);
      fetchUrls.set(id, null);
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ 'auth-token': token }));
    }
    if (path === '/lms/returned')
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>LMS</title><h1>Back in the LMS</h1>');
    if (path.startsWith(packagePath)) {
      const file = path.slice(packagePath.length);
      const body = files[file] ?? files[`${file}index.html`] ?? (file === '' ? undefined : files[`${file}/index.html`]);
      if (body) {
        const ext = path.endsWith('/') ? 'html' : (path.split('.').pop() ?? '');
        return void response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' }).end(body);
      }
    }
    response.writeHead(404).end('not found');
  });

  // The LRS front the course talks to: another origin, so the browser asks CORS first.
  const front = createServer(
    (request: IncomingMessage, response: ServerResponse) =>
      void (async () => {
        const cors = {
          'Access-Control-Allow-Origin': request.headers.origin ?? '*',
          'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
          'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version, X-Experience-API-Consistent-Through',
        };
        if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
        const url = new URL(request.url!, 'http://x');
        const path = url.pathname.replace(/^\/xapi\//, '');
        const auth = String(request.headers.authorization ?? '');
        if (!tokens.some((t) => auth === `Basic ${t}`)) {
          refused.push(`${request.method} ${path}`);
          return void response.writeHead(401, cors).end('{"error":"no valid token"}');
        }
        const body = await readBody(request);
        if (path === 'activities/state') {
          const key = stateKey({ activityId: url.searchParams.get('activityId')!, registration: url.searchParams.get('registration'), stateId: url.searchParams.get('stateId')! });
          if (request.method === 'GET') {
            const doc = states.get(key);
            return void (doc === undefined ? response.writeHead(404, cors).end() : response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(doc));
          }
          if (request.method === 'PUT' || request.method === 'POST') {
            states.set(key, body);
            return void response.writeHead(204, cors).end();
          }
        }
        if (path === 'agents/profile') return void response.writeHead(404, cors).end();
        if (path === 'statements' || path === 'about') {
          const { status, answer, type } = await sendToLrs(request.method!, `${path}${url.search}`, request.method === 'GET' ? undefined : body);
          return void response.writeHead(status, { ...cors, 'content-type': type }).end(answer);
        }
        response.writeHead(404, cors).end();
      })(),
  );

  const lmsUrl = await listen(lms);
  const frontUrl = await listen(front);
  const endpoint = `${frontUrl}/xapi/`;

  return {
    url: lmsUrl,
    packagePath,
    endpoint,
    courseId: structure.courseId,
    aus: structure.aus,
    calls,
    refused,
    tokens,
    get fetchReused() {
      return fetchReused;
    },
    async launch({ au, actor, registration, launchMode = 'Normal' }) {
      const sessionId = randomUUID();
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: au.id }] },
        extensions: { [SESSION_ID]: sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode,
        moveOn: au.moveOn,
        ...(au.masteryScore !== undefined ? { masteryScore: au.masteryScore } : {}),
        returnURL: `${lmsUrl}/lms/returned`,
      };
      states.set(stateKey({ activityId: au.id, registration, stateId: 'LMS.LaunchData' }), JSON.stringify(launchData));
      // The LMS says "launched" before the course says anything.
      const launched = await sendToLrs(
        'POST',
        'statements',
        JSON.stringify({
          id: randomUUID(),
          actor,
          verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
          object: { objectType: 'Activity', id: au.id },
          context: {
            ...contextTemplate,
            registration,
            contextActivities: { ...contextTemplate.contextActivities, category: [{ id: CMI5_CATEGORY }] },
            extensions: {
              ...contextTemplate.extensions,
              'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
              'https://w3id.org/xapi/cmi5/context/extensions/moveon': au.moveOn,
              'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${lmsUrl}${packagePath}${au.url}`,
            },
          },
          timestamp: new Date().toISOString(),
        }),
      );
      if (launched.status !== 200) throw new Error(`the LRS refused "launched": ${launched.answer}`);
      const fetchId = randomBytes(8).toString('hex');
      fetchUrls.set(fetchId, '');
      const query = new URLSearchParams({ endpoint, fetch: `${lmsUrl}/lms/fetch/${fetchId}`, actor: JSON.stringify(actor), registration, activityId: au.id });
      return { url: `${lmsUrl}${packagePath}${au.url}?${query}`, sessionId };
    },
    state: (key) => {
      const doc = states.get(stateKey(key));
      return doc === undefined ? undefined : (JSON.parse(doc) as unknown);
    },
    close: async () => {
      await Promise.all([lms, front].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
