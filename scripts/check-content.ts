/**
 * Checks everything in content/ in a few seconds, without building the site:
 * `npm run check:content`. Prints every problem with its file and field; exits 1 if any.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ModuleSchema } from '../src/schemas/module.ts';
import { LessonSchema } from '../src/schemas/lesson.ts';
import { parseQuestionFile } from '../src/lib/question-bank.ts';
import { parseGlossaryFile } from '../src/lib/glossary.ts';
import { findDuplicateIds, formatIssue } from '../src/lib/yaml-list.ts';
import { validateCourse, type LessonRef, type ModuleRef, type PathRef } from '../src/lib/course-validation.ts';
import { ExamBlueprintSchema } from '../src/schemas/exam.ts';
import { LearningPathSchema } from '../src/schemas/path.ts';
import { examProblems } from '../src/lib/exam.ts';
import type { Question } from '../src/schemas/question.ts';

const root = process.argv[2] ?? process.cwd();
const rel = (path: string) => relative(root, path).split(sep).join('/');

async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

const errors: string[] = [];
const modules: ModuleRef[] = [];
for (const path of await files('content/modules', /\.ya?ml$/)) {
  const result = ModuleSchema.safeParse(parse(await readFile(path, 'utf8')));
  const id = path.split(sep).pop()!.replace(/\.ya?ml$/, '');
  if (result.success) modules.push({ id, file: rel(path), order: result.data.order });
  else errors.push(...result.error.issues.map((i) => `${rel(path)}: ${formatIssue(i)}`));
}

const lessons: LessonRef[] = [];
for (const path of await files('content/lessons', /\.mdx$/)) {
  const source = await readFile(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) {
    errors.push(`${rel(path)}: the file must start with frontmatter between two "---" lines`);
    continue;
  }
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    errors.push(`${rel(path)}: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  const result = LessonSchema.safeParse(data);
  if (!result.success) {
    errors.push(...result.error.issues.map((i) => `${rel(path)}: ${formatIssue(i)}`));
    continue;
  }
  const id = rel(path).replace(/^content\/lessons\//, '').replace(/\.mdx$/, '');
  lessons.push({ id, file: rel(path), module: result.data.module, order: result.data.order, related: result.data.related, body: match[2]! });
}

const questions: (Pick<Question, 'id' | 'lesson' | 'type' | 'tags'> & { file: string })[] = [];
for (const path of await files('content/questions', /\.ya?ml$/)) {
  const lessonId = rel(path).replace(/^content\/questions\//, '').replace(/\.ya?ml$/, '');
  const result = parseQuestionFile(rel(path), await readFile(path, 'utf8'), lessonId);
  errors.push(...result.errors);
  questions.push(...result.items.map((q) => ({ id: q.id, lesson: q.lesson, file: rel(path), type: q.type, tags: q.tags })));
}
errors.push(...findDuplicateIds(questions));

const terms: { id: string; file: string; lessons: string[] }[] = [];
for (const path of await files('content/glossary', /\.ya?ml$/)) {
  const result = parseGlossaryFile(rel(path), await readFile(path, 'utf8'));
  errors.push(...result.errors);
  terms.push(...result.items.map((t) => ({ id: t.id, file: rel(path), lessons: t.lessons })));
}
errors.push(...findDuplicateIds(terms));
const paths: PathRef[] = [];
for (const path of await files('content/paths', /\.ya?ml$/)) {
  const result = LearningPathSchema.safeParse(parse(await readFile(path, 'utf8')));
  if (result.success) paths.push({ id: rel(path), file: rel(path), steps: result.data.steps });
  else errors.push(...result.error.issues.map((i) => `${rel(path)}: ${formatIssue(i)}`));
}
errors.push(...validateCourse(modules, lessons, questions, terms, paths));

const examFile = join(root, 'content/exam.yaml');
const examSource = await readFile(examFile, 'utf8').catch(() => null);
if (examSource !== null) {
  const result = ExamBlueprintSchema.safeParse(parse(examSource));
  if (result.success) errors.push(...examProblems('content/exam.yaml', result.data, modules.map((m) => m.id), questions));
  else errors.push(...result.error.issues.map((i) => `content/exam.yaml: ${formatIssue(i)}`));
}

if (errors.length) {
  console.error(`✗ ${errors.length} problem(s) in content/:\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
const byType = Object.entries(Object.groupBy(questions, (q) => q.type)).map(([type, list]) => `${type} ${list!.length}`);
console.log(`✓ content/ is valid: ${modules.length} modules, ${lessons.length} lessons, ${questions.length} questions (${byType.join(', ')}), ${terms.length} glossary terms, ${paths.length} learning paths`);
