/**
 * The same lessons as a Starlight site, for `npm run bench` to compare builds against: a project in
 * a folder of its own inside this one (so it resolves our `node_modules`, where `@astrojs/starlight` is a devDependency),
 * with a generated config, one page per lesson (title and description from its frontmatter, the body as
 * it is) and each of our MDX components stubbed by one that renders its children, so Starlight builds
 * the same text. Starlight indexes its pages with Pagefind, as our build does.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

export function writeStarlightProject(content: string, dir: string): { lessons: number; firstPage: string } {
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } }));
  const modules = readdirSync(join(content, 'modules'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(content, 'modules', f), 'utf8')) as { title: string; order: number }) }))
    .sort((a, b) => a.order - b.order);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  integrations: [starlight({ title: '客户服务技能培训', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } }, sidebar: ${JSON.stringify(
    modules.map((m) => ({ label: m.title, items: [{ autogenerate: { directory: m.id } }] })),
  )} })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/components/Stub.astro'), '<span><slot /></span>\n');
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), `---\ntitle: 客户服务技能培训\n---\n\n${modules.map((m) => `- [${m.title}](/${m.id}/)`).join('\n')}\n`);
  let lessons = 0;
  let firstPage = '';
  for (const file of readdirSync(join(content, 'lessons'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(join(content, 'lessons', file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const data = parse(match[1]!) as { title: string; description: string; order: number };
    const body = match[2]!;
    const names = [...new Set([...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]!))];
    const imports = names.map((name) => `import ${name} from '${'../'.repeat(file.split('/').length + 1)}components/Stub.astro';`).join('\n');
    const out = join(dir, 'src/content/docs', file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `---\n${stringify({ title: data.title, description: data.description, sidebar: { order: data.order } })}---\n${imports}\n\n${body}`);
    lessons++;
    firstPage ||= file.replace(/\.mdx$/, '/');
  }
  return { lessons, firstPage };
}
