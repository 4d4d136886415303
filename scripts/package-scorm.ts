/**
 * npm run package:scorm [-- --path <id>]
 *
 * Builds the course for an LMS and writes dist-scorm/course-scorm12.zip (SCORM 1.2) and
 * dist-scorm/course-scorm2004.zip (SCORM 2004 4th edition). With --path, completion counts the
 * lessons of that learning path (content/paths/<id>.yaml) instead of the whole course.
 * The packaged site uses relative links only, so it works under whatever path the LMS gives it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { scormManifest } from '../src/lib/scorm/manifest.ts';
import type { ScormVersion } from '../src/lib/scorm/report.ts';
import strings from '../src/i18n/zh-CN.json' with { type: 'json' };
import { relativizeSite, SENTINEL } from './lib/relative-urls.ts';
import { packageEntries, schemaFiles } from './lib/scorm-package.ts';
import { listFiles } from '../src/utils/site-files.ts';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { path: { type: 'string' }, out: { type: 'string', default: 'dist-scorm' } } });
const out = join(root, values.out);
const site = join(out, 'site');
const LAUNCH = 'scorm/index.html';

const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
let identifier = pkg.name;
let title = strings['site.title'];
if (values.path) {
  const file = join(root, 'content/paths', `${values.path}.yaml`);
  if (!existsSync(file)) throw new Error(`--path ${values.path}: there is no content/paths/${values.path}.yaml`);
  const path = parse(await readFile(file, 'utf8')) as { title: string };
  identifier += `.${values.path}`;
  title += `：${path.title}`;
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const build = spawnSync('npx', ['astro', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    COURSE_BASE: SENTINEL,
    COURSE_OUT_DIR: site,
    COURSE_CACHE_DIR: './node_modules/.astro-scorm',
    COURSE_PACKAGE: 'scorm',
    COURSE_SCORM_PATH: values.path ?? '',
  },
});
if (build.status !== 0) process.exit(build.status ?? 1);
if (!existsSync(join(site, LAUNCH))) throw new Error(`the build has no ${LAUNCH}`);

const changed = await relativizeSite(site);
const files = (await listFiles(site)).filter((f) => f !== '404.html');
const contents: Record<string, Uint8Array> = {};
for (const file of files) contents[file] = new Uint8Array(await readFile(join(site, file)));

for (const [version, name] of [
  ['1.2', 'course-scorm12.zip'],
  ['2004', 'course-scorm2004.zip'],
] as [ScormVersion, string][]) {
  const manifest = scormManifest({ version, identifier, title, launch: LAUNCH, files });
  // The manifest and the XSD control files its schemaLocation names sit at the root, beside the site.
  const zip = zipSync(packageEntries(contents, manifest, await schemaFiles(version)), { level: 9 });
  await writeFile(join(out, name), zip);
  console.log(`${name}: SCORM ${version}, ${files.length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
}
console.log(`links made relative in ${changed} files; the unpacked site is in ${site}`);
