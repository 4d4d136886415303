import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every internal link is made by src/lib/urls.ts, so a route can change in one place and the base path
// is never forgotten. A route written as text anywhere else in src/ ("practice/", `/lessons/${id}/`) is a
// link that went around it.
const ROUTES = ['lessons', 'modules', 'questions', 'practice', 'paths', 'exam', 'review', 'progress', 'glossary', 'search', 'team', 'certificate', 'offline', 'question-types'];
const routeText = new RegExp(`['"\`]/?(?:${ROUTES.join('|')})/`);

describe('internal links', () => {
  // Build integrations name output files (search/index.html), not links.
  const files = globSync('src/**/*.{ts,astro}').filter((file) => file !== 'src/lib/urls.ts' && !file.endsWith('-integration.ts'));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('are built by the URL module, never written as route text', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
        // Comments may name a route to explain it.
        .filter(({ text }) => routeText.test(text) && !/^(\/\/|\*|\/\*)/.test(text)),
    );
    expect(found).toEqual([]);
  });
});
