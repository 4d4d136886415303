/**
 * npm run package:cmi5
 *
 * Builds the course for an LMS that launches cmi5 and writes dist-cmi5/course-cmi5.zip: cmi5.xml (the
 * course structure) at the root, and the built site. Two assignable units (AUs): the course, complete
 * once every lesson is, and the mock exam, passed at its pass mark (the masteryScore). The packaged
 * site uses relative links only, so it works under whatever path the LMS gives it; it holds no LRS
 * address and no key: the LMS passes both at each launch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { cmi5Xml } from '../src/lib/cmi5/structure.ts';
import { COURSE_IRI, iris } from '../src/lib/cmi5/statements.ts';
import strings from '../src/i18n/zh-CN.json' with { type: 'json' };
import { relativizeSite, SENTINEL } from './lib/relative-urls.ts';
import { listFiles } from '../src/utils/site-files.ts';
import { findCredentials } from './lib/credentials.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-cmi5');
const site = join(out, 'site');
const LAUNCH = { course: 'cmi5/course/index.html', exam: 'cmi5/exam/index.html' };

// The default paper's pass mark is the exam AU's mastery score, as the course itself judges it.
const exam = parse(await readFile(join(root, 'content/exam.yaml'), 'utf8')) as { papers: { passMark: number }[] };
const masteryScore = exam.papers[0]!.passMark;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const build = spawnSync('npx', ['astro', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, COURSE_BASE: SENTINEL, COURSE_OUT_DIR: site, COURSE_CACHE_DIR: './node_modules/.astro-cmi5', COURSE_PACKAGE: 'cmi5' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
for (const launch of Object.values(LAUNCH)) if (!existsSync(join(site, launch))) throw new Error(`the build has no ${launch}`);

const changed = await relativizeSite(site);
const files = (await listFiles(site)).filter((f) => f !== '404.html');
const contents: Zippable = {};
for (const file of files) contents[file] = await readFile(join(site, file));
const leaks = findCredentials(Object.entries(contents).map(([name, bytes]) => ({ name, text: new TextDecoder().decode(bytes as Uint8Array) })));
if (leaks.length) throw new Error(`the package holds what looks like a credential:\n${leaks.join('\n')}`);

const xml = cmi5Xml({
  id: COURSE_IRI,
  title: strings['site.title'],
  description: strings['cmi5.au.courseDescription'],
  lang: 'zh-CN',
  aus: [
    { id: iris.au('course'), title: strings['cmi5.au.course'], description: strings['cmi5.au.courseDescription'], url: LAUNCH.course, moveOn: 'Completed' },
    { id: iris.au('exam'), title: strings['cmi5.au.exam'], description: strings['cmi5.au.examDescription'], url: LAUNCH.exam, moveOn: 'Passed', masteryScore },
  ],
});
const zip = zipSync({ 'cmi5.xml': new TextEncoder().encode(xml), ...contents }, { level: 9 });
await writeFile(join(out, 'course-cmi5.zip'), zip);
await writeFile(join(out, 'cmi5.xml'), xml);
console.log(`course-cmi5.zip: cmi5, 2 AUs, ${files.length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
console.log(`links made relative in ${changed} files; the unpacked site is in ${site}`);
