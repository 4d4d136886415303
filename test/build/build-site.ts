import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The main build, made by `npm run build` before these tests run. */
export const DIST = join(ROOT, 'dist');

/** Fails clearly when the site has not been built. */
export function requireDist(dir = DIST): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  return dir;
}

/** A writable copy of a fixture course in a temporary folder. */
export function copyFixture(name = 'mini-course'): string {
  const dir = mkdtempSync(join(tmpdir(), `course-${name}-`));
  cpSync(join(ROOT, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}

/** Builds the site from `contentDir` into `outDir`; returns the exit code and everything printed. */
export function buildSite({ contentDir, outDir, base, site }: { contentDir: string; outDir: string; base?: string; site?: string }) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      COURSE_CONTENT_DIR: contentDir,
      COURSE_OUT_DIR: outDir,
      COURSE_CACHE_DIR: join(outDir, '..', '.cache'),
      ...(base ? { COURSE_BASE: base } : {}),
      COURSE_SITE: site ?? '',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}
