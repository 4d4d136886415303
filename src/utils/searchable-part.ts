/**
 * The part of a built page Pagefind reads: its head (title, language) and its one element marked
 * data-pagefind-body, without the rest (the site header, the course menu). Pagefind indexes only that element
 * anyway, so the index is the same byte for byte, but it no longer has the whole page encoded, sent and parsed:
 * at 300 lessons the course menu alone is half of a lesson page. A page with no such element, or with more than
 * one, is given whole.
 */
export function searchablePart(html: string): string {
  const body = /<([a-z][a-z0-9-]*)\b[^<>]*\sdata-pagefind-body[\s=>]/g;
  const first = body.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!first || headEnd < 0 || headEnd > first.index) return html;
  // Its end: the close tag that balances it, counting the same element nested inside it.
  const tag = new RegExp(`<(/?)${first[1]}[\\s/>]`, 'g');
  tag.lastIndex = first.index + 1;
  let depth = 1;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth > 0) continue;
    const end = html.indexOf('>', match.index) + 1;
    body.lastIndex = end;
    if (body.test(html)) return html;
    return `${html.slice(0, headEnd)}</head><body>${html.slice(first.index, end)}</body></html>`;
  }
  return html;
}
