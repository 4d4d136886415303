/**
 * `npm run bench`: prints the figures the issues ask for, as tables.
 *   - build and index time, peak memory and size of the real course and of generated courses
 *     (300, 1,000 and 3,000 lessons with 10 questions each; `--sizes 300,1000` to choose);
 *   - page weights against their budgets;
 *   - search: the findability test set's top-3 hit rate per kind and share of empty results, and
 *     the time from the last keystroke to the first result in the header's box (Chromium, 4× CPU
 *     slowdown) with the bytes fetched before it;
 *   - Lighthouse (mobile) scores per page type (`--no-lighthouse` to skip).
 * Figures are measured, never asserted: budgets that must hold are in test/build/budgets.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGETS, kb } from './lib/budgets.ts';
import { generateCourse } from './lib/generate-course.ts';
import { pageWeight } from './lib/page-weight.ts';
import { loadQueries, runFindability, summarize } from './lib/findability.ts';
import { searchTiming } from './lib/search-timing.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => args[args.indexOf(name) + 1];
const sizes = (args.includes('--sizes') ? option('--sizes')! : '300,1000,3000').split(',').filter(Boolean).map(Number);
const lighthouse = !args.includes('--no-lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const work = mkdtempSync(join(tmpdir(), 'course-bench-'));

function table(title: string, rows: Record<string, string | number>[]) {
  console.log(`\n${title}`);
  if (!rows.length) return console.log('  (nothing measured)');
  const keys = Object.keys(rows[0]!);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(width[i]!)).join(' | ') + ' |';
  console.log(line(keys));
  console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(keys.map((k) => String(row[k]))));
}

/** Runs a command, returning its output, wall time and (with GNU time) peak memory. */
function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string; seconds: number; peakMb?: number }> {
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(timed ? '/usr/bin/time' : command, timed ? ['-f', 'PEAK_KB=%M', command, ...commandArgs] : commandArgs, {
      cwd: ROOT,
      env: { ...process.env, ...env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const peak = /PEAK_KB=(\d+)/.exec(output);
      done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000, ...(peak ? { peakMb: Math.round(Number(peak[1]) / 1024) } : {}) });
    });
  });
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

async function build(name: string, contentDir: string) {
  const outDir = join(work, name, 'dist');
  const result = await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    COURSE_CONTENT_DIR: contentDir,
    COURSE_OUT_DIR: outDir,
    COURSE_CACHE_DIR: join(work, name, 'cache'),
  });
  if (result.code !== 0) throw new Error(`${name} did not build:\n${result.output.slice(-3000)}`);
  const indexMs = Number(/indexed \d+ pages for search in (\d+) ms/.exec(result.output)?.[1] ?? NaN);
  const lessons = readdirSync(join(contentDir, 'lessons'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
  const size = folderSize(outDir);
  return {
    outDir,
    row: {
      course: name,
      lessons,
      'build + index (s)': result.seconds.toFixed(1),
      'of which index (s)': (indexMs / 1000).toFixed(1),
      's per 100 lessons': ((result.seconds / lessons) * 100).toFixed(2),
      'peak memory (MB)': result.peakMb ?? 'n/a',
      'dist (MB)': (size.bytes / 1024 / 1024).toFixed(1),
      files: size.files,
    },
  };
}

/** Serves `dir` with astro preview on `port` until the returned stop function is called. */
async function serve(dir: string, port: number): Promise<() => void> {
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
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

/** The findability test set against `dir`'s search page, and the header box's timing. */
async function searchFigures(course: string, dir: string, port: number, queries: string[], findability: boolean) {
  const server = await serveStatic(dir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const hits = findability ? summarize(await runFindability(await browser.newPage(), `http://127.0.0.1:${port}/search/`, loadQueries())) : [];
    const timing = [];
    for (const query of queries) timing.push(await searchTiming(browser, server, course, `http://127.0.0.1:${port}/lessons/communication/communication-model/`, query));
    return { hits, timing };
  } finally {
    await browser.close();
    server.stop();
  }
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
      ['question', 'questions/cake-shop-01/'],
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
      const report = join(work, `lh-${name}.json`);
      const result = await run('npx', ['-y', 'lighthouse@13', `http://127.0.0.1:${port}/${path}`, '--quiet', `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`, '--output=json', `--output-path=${report}`, '--only-categories=performance,accessibility,best-practices,seo'], { CHROME_PATH: CHROMIUM });
      if (result.code !== 0 || !existsSync(report)) {
        rows.push({ page: name, performance: 'failed', accessibility: '', 'best practices': '', seo: '' });
        continue;
      }
      const { categories } = JSON.parse(readFileSync(report, 'utf8'));
      const score = (k: string) => Math.round(categories[k].score * 100);
      rows.push({ page: name, performance: score('performance'), accessibility: score('accessibility'), 'best practices': score('best-practices'), seo: score('seo') });
    }
  } finally {
    stop();
  }
  return rows;
}

console.log(`Benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${new Date().toISOString()}`);

const builds = [await build('real course', join(ROOT, 'content'))];
const fixture = await build('fixture', join(ROOT, 'test/fixtures/mini-course'));
table(
  'Page weight (gzipped) against budgets',
  BUDGETS.map((b) => {
    const w = pageWeight(b.fixture ? fixture.outDir : builds[0]!.outDir, b.page);
    const mark = (kind: 'js' | 'css' | 'html') => `${kb(w[kind])} / ${kb(b[kind])}${w[kind] > b[kind] ? ' OVER' : ''}`;
    const files = `${w.scripts.length}${b.scripts !== undefined ? ` / ${b.scripts}${w.scripts.length > b.scripts ? ' OVER' : ''}` : ''}`;
    return { page: b.name, 'JS / budget': mark('js'), 'script files': files, 'CSS / budget': mark('css'), 'HTML / budget': mark('html') };
  }),
);

for (const lessons of sizes) {
  const content = join(work, `gen-${lessons}`, 'content');
  mkdirSync(content, { recursive: true });
  generateCourse(join(ROOT, 'content'), content, lessons);
  builds.push(await build(`generated ${lessons}`, content));
  // Keep only what the search benchmark needs.
  if (lessons !== Math.max(...sizes)) rmSync(builds.at(-1)!.outDir, { recursive: true, force: true });
}
table('Build and index', builds.map((b) => b.row));

const largest = builds.at(-1)!;
const real = await searchFigures('real course', builds[0]!.outDir, 4391, ['光环效应', '客户发火怎么办', '顾客说话太啰嗦怎么办', 'Haier', '光環效應'], true);
table('Findability: the test set (test/search/queries.yaml), top-3 hits and empty results per kind', real.hits);
table('Search as you type in the header box (Chromium, 4× CPU slowdown, gzip, cold cache, box focused 1 s before typing)', [
  ...real.timing,
  ...(sizes.length ? (await searchFigures(largest.row.course, largest.outDir, 4393, ['光环效应', '客户发火怎么办'], false)).timing : []),
]);
table('Search page, pressing Enter (Chromium, no slowdown, cold cache, astro preview)', [
  await searchCost('real course', builds[0]!.outDir, 4392, '光环效应'),
]);

if (lighthouse) table('Lighthouse 13, mobile', await lighthouseScores(builds[0]!.outDir, 4394));
rmSync(work, { recursive: true, force: true });
