import { glob } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where each kind of content lives and how its files become ids: the one way `npm run check:content`,
 * the build's content collections and `npm run dev` find and name content files.
 */
export const CONTENT_LAYOUT = {
  modules: { folder: 'modules', pattern: '*.yaml' },
  lessons: { folder: 'lessons', pattern: '**/*.mdx' },
  questions: { folder: 'questions', pattern: '**/*.{yaml,yml}' },
  glossary: { folder: 'glossary', pattern: '**/*.{yaml,yml}' },
  paths: { folder: 'paths', pattern: '*.yaml' },
  exam: { folder: '.', pattern: 'exam.yaml' },
} as const;

export type ContentKind = keyof typeof CONTENT_LAYOUT;

/** The content folder: `COURSE_CONTENT_DIR` (fixtures, benchmarks) or `content/`, as an absolute path. */
export function contentRoot(dir = process.env.COURSE_CONTENT_DIR ?? 'content'): string {
  return resolve(dir);
}

/** A file's id: its path below its collection's folder, without the extension (`basics/first`). */
export function entryId(entry: string): string {
  return entry
    .split(sep)
    .join('/')
    .replace(/\.(mdx|ya?ml)$/, '');
}

/** Ids are written in links and saved progress: lower-case letters, digits and hyphens, per folder. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Whether a file's name can be an id (the content check says `file.badName` when it cannot). */
export function isIdFileName(entry: string): boolean {
  return ID_PATTERN.test(entryId(entry));
}

/** How a file is named in messages: below the working folder as `content/…`, else its full path. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path.split(sep).join('/') : rel.split(sep).join('/');
}

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path below the collection's folder, with `/`. */
  entry: string;
  id: string;
  /** For messages. */
  file: string;
}

/** The files of one kind of content, sorted by path. */
export async function contentFiles(root: string, kind: ContentKind): Promise<ContentFile[]> {
  const { folder, pattern } = CONTENT_LAYOUT[kind];
  const base = join(root, folder);
  const entries: string[] = [];
  try {
    for await (const entry of glob(pattern, { cwd: base })) entries.push(entry.split(sep).join('/'));
  } catch {
    return [];
  }
  return entries.sort().map((entry) => {
    const path = join(base, entry);
    return { path, entry, id: entryId(entry), file: displayPath(path) };
  });
}
