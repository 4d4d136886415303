/**
 * The part of a built page Pagefind reads: its head (title, language) and its one element marked
 * data-pagefind-body, without the rest (the site header, the course menu). Pagefind indexes only that element
 * anyway, so the index is the same byte for byte, but it no longer has the whole page encoded, sent and parsed:
 * at 300 lessons the course menu alone is half of a lesson page. A page with no such element, or with more than
 * one, is given whole.
 */
export function searchablePart(html: string): string {
  const first = markedTag(html, 0);
  const headEnd = html.indexOf('</head>');
  if (!first || headEnd < 0 || headEnd > first.start) return html;
  // Its end: the close tag that balances it, counting the same element nested inside it.
  const tag = new RegExp(`<(/?)${first.name}[\\s/>]`, 'g');
  tag.lastIndex = first.start + 1;
  let depth = 1;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth > 0) continue;
    const end = html.indexOf('>', match.index) + 1;
    if (markedTag(html, end)) return html;
    return `${html.slice(0, headEnd)}</head><body>${html.slice(first.start, end)}</body></html>`;
  }
  return html;
}

const MARK = 'data-pagefind-body';
const SPACE = /\s/;

/**
 * The first element from `from` on whose tag carries the mark as an attribute (not in text): where its tag
 * starts and its name. Found by the mark, then its tag, rather than by trying every tag of the page.
 */
function markedTag(html: string, from: number): { start: number; name: string } | undefined {
  for (let at = html.indexOf(MARK, from); at >= 0; at = html.indexOf(MARK, at + MARK.length)) {
    const after = html[at + MARK.length] ?? '';
    if (!SPACE.test(html[at - 1] ?? '') || !(SPACE.test(after) || after === '=' || after === '>')) continue;
    const start = html.lastIndexOf('<', at);
    if (start < from || html.lastIndexOf('>', at) > start) continue;
    const name = /^<([a-z][a-z0-9-]*)[\s/>]/.exec(html.slice(start, start + 64))?.[1];
    if (name) return { start, name };
  }
  return undefined;
}
