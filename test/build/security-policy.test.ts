import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from './build-site.ts';

// Every page declares one static policy (src/utils/security-policy.ts), so nothing a page runs or styles may
// need more: an inline script must be allowed by its hash, and no style may be inline.
const pages = readdirSync(requireDist(DIST), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

function policyOf(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  expect(meta, 'one policy').toHaveLength(1);
  return new Map(
    meta[0]![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the content security policy of every built page', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s runs and styles nothing the policy forbids', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const policy = policyOf(html);
    expect(html.indexOf('http-equiv="content-security-policy"'), 'the policy comes before any script').toBeLessThan(html.indexOf('<script'));
    const scriptSources = policy.get('script-src') ?? policy.get('default-src')!;
    expect(scriptSources).not.toContain("'unsafe-inline'");
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const type = /\btype="([^"]*)"/.exec(attributes!)?.[1] ?? '';
      if (/\bsrc=/.test(attributes!) || !['', 'module', 'text/javascript'].includes(type)) continue;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      expect(scriptSources, `an inline script not allowed by the policy: ${body!.slice(0, 80)}`).toContain(hash);
    }
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(html, 'an inline <style> element').not.toMatch(/<style[\s>]/);
    expect(html, 'an inline style attribute').not.toMatch(/<[a-z][^>]*\sstyle="/);
  });
});
