import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findCredentials, isTextFile } from '../../scripts/lib/credentials.ts';
import { listFiles } from '../../src/utils/site-files.ts';
import { kb } from '../../scripts/lib/budgets.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { DIST, requireDist, ROOT } from './build-site.ts';

// The built site and the LMS packages hold no credential: an LMS hands the cmi5 package a token at
// each launch, and a trainer types the LRS key into /team/ at run time.
const builds = ['dist', 'dist-subpath', 'dist-scorm/site', 'dist-cmi5/site'].map((d) => join(ROOT, d)).filter((d) => existsSync(d));

describe('no credential in what is built', () => {
  it.each(builds)('%s', async (dir) => {
    const files = (await listFiles(dir)).filter(isTextFile).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(findCredentials(files)).toEqual([]);
  });
});

describe('the xAPI libraries', () => {
  it('load on /team/ only when the trainer reads an LRS, and never on a lesson', () => {
    const dist = requireDist(DIST);
    expect(pageWeight(dist, 'team/index.html').scripts.join(' ')).not.toMatch(/lrs-client/);
    expect(pageWeight(dist, 'lessons/communication/communication-model/index.html').scripts.join(' ')).not.toMatch(/lrs-client|cmi5/i);
    const chunk = readdirSync(join(dist, '_astro')).find((file) => /^lrs-client\..*\.js$/.test(file));
    expect(chunk, 'the lazily loaded LRS client').toBeDefined();
    const bytes = gzipSync(readFileSync(join(dist, '_astro', chunk!)), { level: 9 }).length;
    expect(bytes, `the LRS client is ${kb(bytes)} gzipped`).toBeLessThanOrEqual(20 * 1024);
  });

  it('the website has no cmi5 launch page: it is built into the cmi5 package only', () => {
    expect(existsSync(join(requireDist(DIST), 'cmi5'))).toBe(false);
  });
});
