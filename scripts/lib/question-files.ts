/**
 * Reads a course's content folder from disk for the Excel export and import: modules, lessons in
 * reading order, and every question file with its raw YAML and validated questions.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { parseQuestionFile } from '../../src/lib/question-bank.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';
import type { SheetBank } from '../../src/lib/question-sheet.ts';
import type { RawQuestion } from '../../src/question-types/definitions.ts';
import type { Question } from '../../src/question-types/definitions.ts';

interface DiskLesson {
  id: string;
  title: string;
  module: string;
  moduleTitle: string;
}

export interface DiskBank extends SheetBank {
  lessons: DiskLesson[];
  /** Questions in reading order: lesson by lesson, each in its file's order. */
  ordered: { question: Question; raw: RawQuestion }[];
  /** Problems that stop an export or import: the bank must pass the content check first. */
  errors: string[];
}

async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The path of a lesson's question file below `root`. */
export const questionFile = (root: string, lessonId: string) => join(root, 'content', 'questions', `${lessonId}.yaml`);

/** The course below `root` (the folder holding content/). */
export async function readBank(root: string): Promise<DiskBank> {
  const errors: string[] = [];
  const modules = new Map<string, { title: string; order: number }>();
  for (const path of await files(join(root, 'content', 'modules'), /\.ya?ml$/)) {
    const data = parse(await readFile(path, 'utf8')) as { title?: string; order?: number };
    modules.set(
      path
        .split(sep)
        .pop()!
        .replace(/\.ya?ml$/, ''),
      { title: String(data?.title ?? ''), order: Number(data?.order ?? 0) },
    );
  }
  const lessons: (DiskLesson & { order: number })[] = [];
  for (const path of await files(join(root, 'content', 'lessons'), /\.mdx$/)) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(path, 'utf8'));
    const data = (front ? parse(front[1]!) : {}) as { title?: string; module?: string; order?: number };
    const id = relative(join(root, 'content', 'lessons'), path)
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '');
    const module = String(data.module ?? id.split('/')[0]);
    lessons.push({ id, title: String(data.title ?? id), module, moduleTitle: modules.get(module)?.title ?? module, order: Number(data.order ?? 0) });
  }
  lessons.sort((a, b) => (modules.get(a.module)?.order ?? 0) - (modules.get(b.module)?.order ?? 0) || a.order - b.order);
  const position = new Map(lessons.map((l, i) => [l.id, i]));

  const questions = new Map<string, { question: Question; raw: RawQuestion }>();
  const byFile: { lesson: string; list: { question: Question; raw: RawQuestion }[] }[] = [];
  for (const path of await files(join(root, 'content', 'questions'), /\.ya?ml$/)) {
    const file = relative(root, path).split(sep).join('/');
    const lesson = file.replace(/^content\/questions\//, '').replace(/\.ya?ml$/, '');
    const source = await readFile(path, 'utf8');
    const result = parseQuestionFile(file, source, lesson);
    errors.push(...result.errors.map(formatProblem));
    const raws = (parse(source) ?? []) as RawQuestion[];
    const list = result.items.map((question) => ({ question, raw: raws.find((r) => r?.id === question.id)! }));
    for (const entry of list) questions.set(entry.question.id, entry);
    byFile.push({ lesson, list });
  }
  byFile.sort((a, b) => (position.get(a.lesson) ?? Infinity) - (position.get(b.lesson) ?? Infinity));
  return { lessons: lessons.map(({ id, title, module, moduleTitle }) => ({ id, title, module, moduleTitle })), questions, ordered: byFile.flatMap((f) => f.list), errors };
}
