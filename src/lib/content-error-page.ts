import { say } from './content-messages.ts';

/** HTML text with `& < > "` escaped: file names and messages may hold anything a trainer typed. */
function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The page `npm run dev` shows instead of the course while content has problems: the same messages as
 * the terminal, in Chinese. With `status` (a URL answering `{ "version": n }`), the page asks every
 * second and reloads itself when the problems change (fixed, or others found).
 */
export function contentErrorPage(problems: readonly string[], status?: { url: string; version: number }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say('page.title', { count: problems.length })}</title>
<style>
  body { font: 16px/1.7 system-ui, "Noto Sans SC", "Microsoft YaHei", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.5rem; color: #9b1c1c; }
  li { margin-block: .75rem; padding: .5rem .75rem; border-inline-start: 4px solid #9b1c1c; background: #fdf2f2; overflow-wrap: anywhere; }
  code { font-family: ui-monospace, monospace; }
</style>
</head>
<body>
<main>
<h1 id="content-problems">${say('page.heading', { count: problems.length })}</h1>
<p>${say('page.intro')}</p>
<ol aria-labelledby="content-problems">
${problems.map((p) => `<li>${escape(p)}</li>`).join('\n')}
</ol>
<p>${say('page.recheck')}</p>
</main>
${
  status
    ? `<script type="module">
const url = ${JSON.stringify(status.url).replace(/</g, '\\u003c')};
setInterval(async () => {
  const now = await fetch(url).then((r) => r.json()).catch(() => null);
  if (now && now.version !== ${status.version}) location.reload();
}, 1000);
</script>`
    : ''
}
</body>
</html>
`;
}
