import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/links.ts';
import { listFiles } from '../../src/utils/site-files.ts';
import { requireDist } from './build-site.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('brokenLinks', () => {
  it('names the page and the link for a missing page and a missing anchor', () => {
    const dir = site({
      'index.html': '<a href="/lessons/a/">a</a><a href="/lessons/b/">b</a><a href="/lessons/a/#intro">ok</a><a href="/lessons/a/#gone">x</a><a href="#top">t</a>',
      'lessons/a/index.html': '<h2 id="intro">Intro</h2>',
    });
    expect(brokenLinks(dir)).toEqual([
      'index.html: /lessons/b/ leads to no page',
      'index.html: /lessons/a/#gone points to a missing anchor #gone',
      'index.html: #top points to a missing anchor #top',
    ]);
  });

  it('follows relative links and the base of a site hosted under a sub-path', () => {
    const dir = site({ 'index.html': '<a href="/training/lessons/a/">a</a><a href="lessons/a/">rel</a><a href="/other/">out</a>', 'lessons/a/index.html': '' });
    expect(brokenLinks(dir, '/training/')).toEqual(["index.html: /other/ is outside the site's base /training/"]);
  });

  it('decodes Chinese anchors', () => {
    const dir = site({ 'index.html': '<a href="#%E6%B2%9F%E9%80%9A">x</a><h2 id="沟通">沟通</h2>' });
    expect(brokenLinks(dir)).toEqual([]);
  });
});

describe('the built site', () => {
  it('has no broken internal link or anchor on any page', () => {
    expect(brokenLinks(requireDist())).toEqual([]);
  });

  it('names no file with "..", which LMSs and zip-slip filters refuse in a SCORM package (astro.config.mjs)', async () => {
    const files = await listFiles(requireDist());
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => file.includes('..'))).toEqual([]);
  });
});
