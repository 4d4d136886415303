/**
 * `npm run bench`: prints the figures the issues ask for, as tables.
 *   - side by side with Starlight: clean builds of the same lessons (the real course's 30, and generated
 *     courses: `--sizes 300` by default), ours and Starlight's interleaved (`--rounds`, 3 by default, 2 for
 *     generated courses), with time, peak memory and their ratios; and the dev server's time to its first page;
 *   - the service worker's first-visit precache;
 *   - page weights against their budgets;
 *   - search: the findability test set's top-3 hit rate per kind and share of empty results, and
 *     the time from the last keystroke to the first result in the header's box (Chromium, 4× CPU
 *     slowdown) with the bytes fetched before it;
 *   - Lighthouse (mobile) scores per page type (`--no-lighthouse` to skip).
 * `--write-doc` puts the tables into docs/performance.md (between its bench markers).
 * Figures are measured, never asserted: budgets that must hold are in test/build/budgets.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUDGETS, kb } from './lib/budgets.ts';
import { generateCourse } from './lib/generate-course.ts';
import { pageWeight } from './lib/page-weight.ts';
import { loadQueries, runFindability, summarize } from './lib/findability.ts';
import { searchTiming } from './lib/search-timing.ts';
import { serveStatic } from './lib/static-server.ts';
import { writeStarlightProject } from './lib/starlight-project.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '300').split(',').filter(Boolean).map(Number);
const rounds = Number(option('--rounds') ?? 3);
const largeRounds = Number(option('--large-rounds') ?? Math.min(rounds, 2));
const lighthouse = !args.includes('--no-lighthouse');
const writeDoc = args.includes('--write-doc');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'course-bench-'));

/** Everything printed, for docs/performance.md. */
const report: string[] = [];
const say = (text = '') => {
  console.log(text);
  report.push(text);
};

function table(title: string, rows: Record<string, string | number>[], notes: string[] = []) {
  say(`\n### ${title}\n`);
  if (!rows.length) return say('(nothing measured)');
  const keys = Object.keys(rows[0]!);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(width[i]!)).join(' | ') + ' |';
  say(line(keys));
  say('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) say(line(keys.map((k) => String(row[k]))));
  if (notes.length) say('\n' + notes.map((n) => `- ${n}`).join('\n'));
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const load = () => loadavg()[0]!.toFixed(1);

interface Run {
  code: number;
  output: string;
  seconds: number;
  peakMb: number;
}

/** Runs a command in `cwd`, returning its output, wall time and peak memory (GNU time: the largest process's resident set). */
function run(command: string, commandArgs: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(timed ? '/usr/bin/time' : command, timed ? ['-f', 'PEAK_KB=%M', command, ...commandArgs] : commandArgs, {
      cwd,
      env: { ...process.env, ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const peak = /PEAK_KB=(\d+)/.exec(output);
      done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : NaN });
    });
  });
}

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
      if (f.endsWith('.html')) pages++;
    }
  }
  return { bytes, files, pages };
}

/** A clean build of our course from `contentDir` (fresh output and caches). */
async function buildOurs(name: string, contentDir: string) {
  const outDir = join(work, name, 'dist');
  const cacheDir = join(work, name, 'cache');
  rmSync(join(work, name), { recursive: true, force: true });
  const result = await run(process.execPath, [ASTRO, 'build'], ROOT, { COURSE_CONTENT_DIR: contentDir, COURSE_OUT_DIR: outDir, COURSE_CACHE_DIR: cacheDir });
  if (result.code !== 0) throw new Error(`${name} did not build:\n${result.output.slice(-3000)}`);
  const indexMs = Number(/indexed \d+ pages for search in (\d+) ms/.exec(result.output)?.[1] ?? NaN);
  return { ...result, outDir, indexMs, size: folderSize(outDir) };
}

/** A clean build of the Starlight project in `dir`. */
async function buildStarlight(dir: string) {
  for (const d of ['dist', '.astro-cache', '.vite-cache', '.astro']) rmSync(join(dir, d), { recursive: true, force: true });
  const result = await run(process.execPath, [ASTRO, 'build'], dir);
  if (result.code !== 0) throw new Error(`Starlight (${dir}) did not build:\n${result.output.slice(-3000)}`);
  return { ...result, size: folderSize(join(dir, 'dist')) };
}

/** Seconds from starting `astro dev` in `cwd` to the first full answer for `path` (cold: caches removed before). */
async function devFirstPage(cwd: string, port: number, path: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 180_000) throw new Error(`dev server in ${cwd} gave no page in 3 minutes`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/${path}`, { headers: { accept: 'text/html' } });
        const body = await response.text();
        if (response.ok && body.includes('</html>')) return (performance.now() - started) / 1000;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Serves `dir` with astro preview on `port` until the returned stop function is called. */
async function serve(dir: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, COURSE_OUT_DIR: dir },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return () => child.kill();
}

async function searchCost(course: string, dir: string, port: number, query: string) {
  const stop = await serve(dir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/') || response.url().includes('t2cn')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = performance.now();
    await page.getByRole('main').getByRole('searchbox').fill(query);
    await page.getByRole('main').getByRole('searchbox').press('Enter');
    await page.locator('#search-results > li').first().waitFor();
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return { course, query, 'first result (ms)': Math.round(ms), 'bytes fetched': kb(bytes) };
  } finally {
    await browser.close();
    stop();
  }
}

/** The findability test set against `dir`'s search page, and the header box's timing on the lesson page `lesson`. */
async function searchFigures(course: string, dir: string, port: number, lesson: string, queries: string[], findability: boolean) {
  const server = await serveStatic(dir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const hits = findability ? summarize(await runFindability(await browser.newPage(), `http://127.0.0.1:${port}/search/`, loadQueries())) : [];
    const timing = [];
    for (const query of queries) timing.push(await searchTiming(browser, server, course, `http://127.0.0.1:${port}/${lesson}`, query));
    return { hits, timing };
  } finally {
    await browser.close();
    server.stop();
  }
}

/** The first lesson page of a built course, below its output folder ("lessons/m/a/"). */
function firstLesson(dir: string): string {
  const modules = readdirSync(join(dir, 'lessons')).sort();
  const lessons = readdirSync(join(dir, 'lessons', modules[0]!)).sort();
  return `lessons/${modules[0]}/${lessons[0]}/`;
}

/** What the service worker precaches at the first visit: its list, read from the built sw.js, with sizes. */
function precache(dir: string) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const bytes = readFileSync(join(dir, url));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const assets = readdirSync(join(dir, '_astro'));
  const notPrecached = assets.filter((a) => !urls.includes(`_astro/${a}`));
  return { urls, raw, gzip, notPrecached };
}

async function lighthouseScores(dir: string, port: number) {
  const stop = await serve(dir, port);
  const rows = [];
  try {
    const pages: [string, string][] = [
      ['home', ''],
      ['module', 'modules/communication/'],
      ['lesson', 'lessons/communication/communication-model/'],
      ['search', 'search/?q=%E5%85%89%E7%8E%AF%E6%95%88%E5%BA%94'],
      ['glossary', 'glossary/'],
      ['question', 'questions/complaints/cake-shop/'],
      ['practice', 'practice/'],
      ['module practice', 'practice/communication/'],
      ['sequential practice', 'practice/sequential/'],
      ['exam', 'exam/'],
      ['certificate', 'certificate/'],
      ['review', 'review/'],
      ['progress', 'progress/'],
      ['paths', 'paths/'],
      ['path', 'paths/new-hire/'],
    ];
    for (const [name, path] of pages) {
      if (!existsSync(join(dir, path.split('?')[0]!, 'index.html'))) continue;
      const out = join(work, `lh-${name}.json`);
      const result = await run(
        'npx',
        [
          '-y',
          'lighthouse@13',
          `http://127.0.0.1:${port}/${path}`,
          '--quiet',
          `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
          '--output=json',
          `--output-path=${out}`,
          '--only-categories=performance,accessibility,best-practices,seo',
        ],
        ROOT,
        { CHROME_PATH: CHROMIUM },
      );
      if (result.code !== 0 || !existsSync(out)) {
        rows.push({ page: name, performance: 'failed', accessibility: '', 'best practices': '', seo: '' });
        continue;
      }
      const { categories } = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
      const score = (k: string) => Math.round(categories[k]!.score * 100);
      rows.push({ page: name, performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), seo: score('seo') });
    }
  } finally {
    stop();
  }
  return rows;
}

say(
  `Measured on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC; load average at the start ${load()}.`,
);

// The courses: the real one and generated ones, each also as a Starlight project.
const courses = [{ name: 'real course', content: join(ROOT, 'content'), rounds }];
for (const lessons of sizes) {
  const content = join(work, `gen-${lessons}-content`);
  mkdirSync(content, { recursive: true });
  generateCourse(join(ROOT, 'content'), content, lessons);
  courses.push({ name: `generated ${lessons}`, content, rounds: largeRounds });
}
// Inside the project, so that they resolve its node_modules; removed at the end.
const STARLIGHT = join(ROOT, '.bench-starlight');
rmSync(STARLIGHT, { recursive: true, force: true });
const starlightDir = (i: number) => join(STARLIGHT, String(i));
const starlight = courses.map((c, i) => writeStarlightProject(c.content, starlightDir(i)));

const buildRows = [];
const loads: string[] = [];
let real: Awaited<ReturnType<typeof buildOurs>> | undefined;
let largest: { name: string; outDir: string } | undefined;
for (const [i, course] of courses.entries()) {
  const lessons = starlight[i]!.lessons;
  const ours: Awaited<ReturnType<typeof buildOurs>>[] = [];
  const theirs: Awaited<ReturnType<typeof buildStarlight>>[] = [];
  for (let r = 0; r < course.rounds; r++) {
    loads.push(load());
    // Interleaved: ours, Starlight, ours, Starlight…; the same machine state for both as far as it goes.
    const name = `${course.name.replace(/\s/g, '-')}`;
    ours.push(await buildOurs(name, course.content));
    theirs.push(await buildStarlight(starlightDir(i)));
    console.error(
      `  ${course.name} round ${r + 1}: ours ${ours.at(-1)!.seconds.toFixed(1)} s ${ours.at(-1)!.peakMb} MB, Starlight ${theirs.at(-1)!.seconds.toFixed(1)} s ${theirs.at(-1)!.peakMb} MB (load ${load()})`,
    );
  }
  const ratios = ours.map((o, k) => o.seconds / theirs[k]!.seconds);
  const memRatios = ours.map((o, k) => o.peakMb / theirs[k]!.peakMb);
  const last = ours.at(-1)!;
  buildRows.push({
    course: course.name,
    lessons,
    builds: `${ours.length} + ${theirs.length}`,
    'ours (s)': median(ours.map((o) => o.seconds)).toFixed(1),
    'Starlight (s)': median(theirs.map((t) => t.seconds)).toFixed(1),
    'time ratio': median(ratios).toFixed(2),
    'ratio range': `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
    's per lesson (ours / Starlight)': `${(median(ours.map((o) => o.seconds)) / lessons).toFixed(3)} / ${(median(theirs.map((t) => t.seconds)) / lessons).toFixed(3)}`,
    'of which index (s)': (median(ours.map((o) => o.indexMs)) / 1000).toFixed(1),
    'peak MB (ours / Starlight)': `${Math.round(median(ours.map((o) => o.peakMb)))} / ${Math.round(median(theirs.map((t) => t.peakMb)))}`,
    'memory ratio': median(memRatios).toFixed(2),
    'HTML pages (ours / Starlight)': `${last.size.pages} / ${theirs.at(-1)!.size.pages}`,
    'dist MB (ours)': (last.size.bytes / 1048576).toFixed(1),
  });
  if (i === 0) real = last;
  else {
    // Kept for the search timing of the largest course.
    if (largest) rmSync(largest.outDir, { recursive: true, force: true });
    largest = { name: course.name, outDir: last.outDir };
  }
}
table('Build and index, side by side with Starlight (clean builds, interleaved)', buildRows, [
  "Time ratio: median of the rounds' ours ÷ Starlight; ratio range: the lowest and highest round, which says how noisy the machine was.",
  `Load average (1 min) before each round: ${loads.join(', ')} on ${cpus().length} cores.`,
  'Goals (issue 22): time ratio ≤ 1.2 at 30 lessons, ≤ 1.0 at 300; memory ratio ≤ 1.2.',
]);

// Dev server: cold start (fresh caches) to the first full lesson page, interleaved. The other Starlight
// projects and the built sites go first: our dev server watches the project folder they are in.
for (const i of courses.keys()) rmSync(join(starlightDir(i), i ? '' : 'dist'), { recursive: true, force: true });
const devRounds = Math.max(1, Math.min(rounds, 3));
const ourDev: number[] = [];
const theirDev: number[] = [];
for (let r = 0; r < devRounds; r++) {
  rmSync(join(ROOT, 'node_modules/.vite'), { recursive: true, force: true });
  const devCache = join(work, 'dev-cache');
  rmSync(devCache, { recursive: true, force: true });
  ourDev.push(await devFirstPage(ROOT, 4395, `lessons/${starlight[0]!.firstPage}`, { COURSE_CACHE_DIR: devCache }));
  for (const d of ['.astro-cache', '.vite-cache', '.astro']) rmSync(join(starlightDir(0), d), { recursive: true, force: true });
  theirDev.push(await devFirstPage(starlightDir(0), 4396, starlight[0]!.firstPage, {}));
}
const devRatios = ourDev.map((o, k) => o / theirDev[k]!);
table(
  'Dev server, cold start to the first lesson page (real course, interleaved)',
  [
    {
      rounds: devRounds,
      'ours (s)': median(ourDev).toFixed(1),
      'Starlight (s)': median(theirDev).toFixed(1),
      ratio: median(devRatios).toFixed(2),
      'ratio range': `${Math.min(...devRatios).toFixed(2)}–${Math.max(...devRatios).toFixed(2)}`,
    },
  ],
  ['Goal (issue 22): ≤ 1.5.'],
);

const cache = precache(real!.outDir);
table(
  'Service worker: precached at the first visit (real course)',
  [
    {
      files: cache.urls.length,
      'bytes (raw)': kb(cache.raw),
      'bytes (gzip)': kb(cache.gzip),
      'built assets left to load when used': cache.notPrecached.length,
      'Excel library precached': cache.urls.some((u) => /workbook|exceljs/.test(u)) ? 'yes' : 'no',
    },
  ],
  [
    "The shell (home, search and offline pages, Pagefind's core, the Traditional-character table, icons) and the scripts and styles a learner's pages load; the team report's own code and its Excel library load when a trainer opens or exports it.",
  ],
);

const fixture = await buildOurs('fixture', join(ROOT, 'test/fixtures/mini-course'));
table(
  'Page weight (gzipped) against budgets',
  BUDGETS.map((b) => {
    const w = pageWeight(b.fixture ? fixture.outDir : real!.outDir, b.page);
    const mark = (kind: 'js' | 'css' | 'html') => `${kb(w[kind])} / ${kb(b[kind])}${w[kind] > b[kind] ? ' OVER' : ''}`;
    const files = `${w.scripts.length}${b.scripts !== undefined ? ` / ${b.scripts}${w.scripts.length > b.scripts ? ' OVER' : ''}` : ''}`;
    return { page: b.name, 'JS / budget': mark('js'), 'script files': files, 'CSS / budget': mark('css'), 'HTML / budget': mark('html') };
  }),
);

const realSearch = await searchFigures(
  'real course',
  real!.outDir,
  4391,
  'lessons/communication/communication-model/',
  ['光环效应', '客户发火怎么办', '顾客说话太啰嗦怎么办', 'Haier', '光環效應'],
  true,
);
table('Findability: the test set (test/search/queries.yaml), top-3 hits and empty results per kind', realSearch.hits);
table('Search as you type in the header box (Chromium, 4× CPU slowdown, gzip, cold cache, box focused 1 s before typing)', [
  ...realSearch.timing,
  ...(largest ? (await searchFigures(largest.name, largest.outDir, 4393, firstLesson(largest.outDir), ['光环效应', '客户发火怎么办'], false)).timing : []),
]);
table('Search page, pressing Enter (Chromium, no slowdown, cold cache, astro preview)', [await searchCost('real course', real!.outDir, 4392, '光环效应')]);

if (lighthouse) table('Lighthouse 13, mobile', await lighthouseScores(real!.outDir, 4394));
say(`\nLoad average at the end: ${load()}.`);

if (writeDoc) {
  const doc = join(ROOT, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${doc}: no ${start} … ${end} markers`);
  writeFileSync(
    doc,
    text.slice(0, text.indexOf(start) + start.length) + `\n\nOutput of \`npm run bench ${args.join(' ')}\`:\n\n${report.join('\n').trim()}\n\n` + text.slice(text.indexOf(end)),
  );
  console.log(`\nwrote ${doc}`);
}
rmSync(work, { recursive: true, force: true });
rmSync(STARLIGHT, { recursive: true, force: true });
