import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourse, diagramNames } from '../../src/utils/course-check.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';
import { CALLOUT_KINDS, LESSON_COMPONENTS } from '../../src/lib/lesson-components.ts';
import { QUESTION_TYPES } from '../../src/question-types/shared.ts';

// Every example of the authoring guides is taken out of the guide and run through the content check,
// so a guide cannot drift from what works. A fence says where its example goes:
//   ```yaml file=content/…            the whole file
//   ```mdx append=content/…           added to the end of a file
//   ```yaml file=content/… broken     a mistake: the check must report it, as the next ```text expect block says
//   ```text expect file=… remove="…"  the message for the file with that line removed

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDES = ['docs/authoring.md', 'docs/authoring.en.md'];

interface Block {
  lang: string;
  meta: Record<string, string | true>;
  code: string;
  line: number;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```\s*$/gm)) {
    const meta: Record<string, string | true> = {};
    for (const [, key, quoted, bare] of match[2]!.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|(\S+)))?/g)) meta[key!] = quoted ?? bare ?? true;
    blocks.push({ lang: match[1]!, meta, code: match[3]!, line: markdown.slice(0, match.index).split('\n').length });
  }
  return blocks;
}

/** The real course with the guide's examples written in (all of them, or all but the broken ones). */
function courseWith(blocks: readonly Block[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'course-guide-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const block of blocks) {
    const target = (block.meta.file ?? block.meta.append) as string;
    const path = join(dir, target);
    mkdirSync(dirname(path), { recursive: true });
    if (block.meta.file) writeFileSync(path, block.code);
    else appendFileSync(path, `\n${block.code}`);
  }
  return dir;
}

/** Problems with the temporary folder written as the trainer's `content/`. */
async function problemsOf(dir: string): Promise<string[]> {
  const { problems } = await checkCourse(join(dir, 'content'));
  return problems.map(formatProblem).map((p) => p.replaceAll(`${dir.split('\\').join('/')}/`, ''));
}

const linesOf = (text: string) => text.split('\n').filter((line) => line.trim());

for (const guide of GUIDES) {
  let markdown: string;
  try {
    markdown = readFileSync(join(ROOT, guide), 'utf8');
  } catch {
    continue; // The English guide is optional.
  }
  const blocks = blocksOf(markdown);
  const examples = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'mdx');
  const good = examples.filter((b) => !b.meta.broken);

  describe(guide, () => {
    it('says where every YAML and MDX example goes', () => {
      const loose = examples.filter((b) => typeof b.meta.file !== 'string' && typeof b.meta.append !== 'string');
      expect(loose.map((b) => `line ${b.line}`)).toEqual([]);
      expect(good.length).toBeGreaterThan(8);
    });

    it('has examples that pass the content check, together with the course', async () => {
      expect(await problemsOf(courseWith(good))).toEqual([]);
    }, 60_000);

    it('shows each mistake with the very message the check gives for it', async () => {
      let broken: Block | undefined;
      let checked = 0;
      for (const block of blocks) {
        if (block.meta.broken) broken = block;
        if (!(block.lang === 'text' && block.meta.expect)) continue;
        let dir: string;
        if (typeof block.meta.remove === 'string') {
          dir = courseWith(good);
          const path = join(dir, block.meta.file as string);
          const text = readFileSync(path, 'utf8');
          expect(text, `${guide} line ${block.line}`).toContain(`${block.meta.remove}\n`);
          writeFileSync(path, text.replace(`${block.meta.remove}\n`, ''));
        } else {
          expect(broken, `${guide} line ${block.line}: an expected message needs a broken example before it`).toBeDefined();
          dir = courseWith([...good, broken!]);
          broken = undefined;
        }
        // One message per problem: exactly the lines the guide shows.
        expect(await problemsOf(dir), `${guide} line ${block.line}`).toEqual(linesOf(block.code));
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }, 60_000);

    it('shows every component, every Callout kind and every diagram', async () => {
      const mdx = examples
        .filter((b) => b.lang === 'mdx')
        .map((b) => b.code)
        .join('\n');
      for (const name of Object.keys(LESSON_COMPONENTS)) expect(mdx, name).toMatch(new RegExp(`<${name}\\b`));
      for (const kind of CALLOUT_KINDS) expect(mdx, kind).toContain(`<Callout kind="${kind}"`);
      for (const diagram of await diagramNames()) expect(markdown, diagram).toContain(diagram);
    });

    it('has a question of each type', () => {
      const yaml = examples
        .filter((b) => b.lang === 'yaml' && !b.meta.broken)
        .map((b) => b.code)
        .join('\n');
      for (const type of QUESTION_TYPES) expect(yaml, type).toMatch(new RegExp(`^\\s*type: ${type}\\b`, 'm'));
    });

    it('names only npm commands that exist', () => {
      const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
      const named = [...markdown.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
      expect(named.length).toBeGreaterThan(0);
      for (const script of named) expect(scripts, script).toContain(script);
    });
  });
}
