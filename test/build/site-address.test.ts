import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, DIST, requireDist } from './build-site.ts';

let dist = '';

beforeAll(() => {
  dist = join(mkdtempSync(join(tmpdir(), 'course-site-')), 'dist');
  const { code, output } = buildSite({ contentDir: copyFixture(), outDir: dist, site: 'https://training.example.cn' });
  if (code !== 0) throw new Error(`the fixture course did not build:\n${output}`);
});

describe('a course built with COURSE_SITE', () => {
  it('lists its pages in a sitemap, without the search and 404 pages', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('https://training.example.cn/sitemap-0.xml');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://training.example.cn/lessons/basics/second/</loc>');
    expect(sitemap).not.toMatch(/\/search\/<|404/);
  });

  it('gives each page its canonical address, but not the 404 page', () => {
    expect(readFileSync(join(dist, 'lessons/basics/second/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://training.example.cn/lessons/basics/second/">');
    expect(readFileSync(join(dist, '404.html'), 'utf8')).not.toContain('rel="canonical"');
  });
});

describe('a course built without COURSE_SITE', () => {
  it('claims no address: no sitemap and no canonical link', () => {
    requireDist();
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain('rel="canonical"');
  });
});
