import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Loader } from 'astro/loaders';
import { checkCourse } from '../../src/utils/course-check.ts';
import { yamlListLoader } from '../../src/utils/content-loader.ts';
import { offerParsedLists, type ParsedLists } from '../../src/utils/parsed-lists.ts';
import { parseQuestionFile } from '../../src/lib/question-bank.ts';

// In a build, the content check reads the question and glossary files in its own thread; the content
// loader takes what it read instead of reading and validating every file a second time.

const MINI = join(import.meta.dirname, '../fixtures/mini-course');
let dir = '';
const before = process.env.COURSE_CONTENT_DIR;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
  offerParsedLists(Promise.resolve(undefined));
  if (before === undefined) delete process.env.COURSE_CONTENT_DIR;
  else process.env.COURSE_CONTENT_DIR = before;
});

/** What the questions collection's loader puts in Astro's store for the course in `root`. */
async function loadQuestions(root: string): Promise<Map<string, { id: string; stem?: string }>> {
  process.env.COURSE_CONTENT_DIR = root;
  const stored = new Map<string, { id: string; stem?: string }>();
  const store = { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: { id: string; stem?: string } }) => void stored.set(id, data) };
  const loader = yamlListLoader('questions', parseQuestionFile);
  await loader.load({ store, config: { root: new URL(`file://${root}/`) } } as unknown as Parameters<Loader['load']>[0]);
  return stored;
}

describe('the list files the content check hands to the content loader', () => {
  it('are every question and glossary file, by path, with its valid items', async () => {
    let lists: ParsedLists | undefined;
    await checkCourse(MINI, (read) => (lists = read));
    const question = join(MINI, 'questions/basics/first.yaml');
    expect([...lists!.keys()].sort()).toEqual([join(MINI, 'glossary/basics.yaml'), question]);
    expect(lists!.get(question)).toEqual(parseQuestionFile('first.yaml', readFileSync(question, 'utf8'), 'basics/first').items);
  });

  it('are what the loader stores in a build, without reading the files again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'course-lists-'));
    cpSync(MINI, dir, { recursive: true });
    let lists: ParsedLists | undefined;
    await checkCourse(dir, (read) => (lists = read));
    // Changed on disk after the check read it: the build stores what the check read (and checked).
    writeFileSync(join(dir, 'questions/basics/first.yaml'), '- id: only-on-disk\n  type: truefalse\n  stem: 改过的文件\n  answer: true\n');
    offerParsedLists(Promise.resolve(lists));
    const stored = await loadQuestions(dir);
    expect(stored.has('only-on-disk')).toBe(false);
    expect([...stored.keys()]).toEqual(lists!.get(join(dir, 'questions/basics/first.yaml'))!.map((q) => (q as { id: string }).id));
  });

  it('are read from the files when the check offered none (npm run dev, or its thread could not start)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'course-lists-'));
    cpSync(MINI, dir, { recursive: true });
    writeFileSync(join(dir, 'questions/basics/first.yaml'), '- id: only-on-disk\n  type: truefalse\n  stem: 文件里的题\n  answer: true\n  explanation: 说明\n');
    offerParsedLists(Promise.resolve(undefined));
    expect([...(await loadQuestions(dir)).keys()]).toEqual(['only-on-disk']);
  });
});
