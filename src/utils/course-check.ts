import { readdir, readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';
import { ModuleSchema } from '../schemas/module.ts';
import { LessonSchema } from '../schemas/lesson.ts';
import { ExamBlueprintSchema } from '../schemas/exam.ts';
import { LearningPathSchema } from '../schemas/path.ts';
import { describeIssue, formatProblem, type Issue } from '../lib/content-messages.ts';
import { readYaml, yamlErrorMessage } from '../lib/yaml-source.ts';
import { parseQuestionFile } from '../lib/question-bank.ts';
import { parseGlossaryFile } from '../lib/glossary.ts';
import { findDuplicateIds } from '../lib/yaml-list.ts';
import { validateCourse, type LessonRef, type ModuleRef, type PathRef, type QuestionRef, type TermRef } from '../lib/course-validation.ts';
import { componentProblems, mdxSyntaxProblem, type MdxNode } from '../lib/lesson-components.ts';
import { examProblems } from '../lib/exam.ts';
import { contentFiles, fileNameProblem, type ContentFile } from './content-files.ts';

/**
 * The one content check: `npm run check:content`, `npm run build` (before anything is built) and
 * `npm run dev` (on every change) all run this, on files found and named by content-files.ts.
 */

/** What the check found: every problem once, in Chinese, and what the course holds. */
export interface CourseCheck {
  problems: string[];
  counts: { modules: number; lessons: number; questions: number; terms: number; paths: number; byType: Record<string, number> };
}

/** The diagram components: every file in src/components/diagrams/ but the frame `Diagram.astro`. */
export async function diagramNames(): Promise<string[]> {
  const files = await readdir(new URL('../components/diagrams/', import.meta.url)).catch(() => []);
  return files.filter((f) => f.endsWith('.astro') && f !== 'Diagram.astro').map((f) => f.replace(/\.astro$/, ''));
}

/** Problems of one object file (module, path, exam) checked against its schema, each with its line. */
function schemaProblems(file: string, issues: readonly Issue[], raw: unknown, lineOf: (path: readonly PropertyKey[], key?: string) => number | undefined): string[] {
  return issues.map((issue) => {
    const { field, message } = describeIssue(issue, raw);
    return formatProblem({ file, line: lineOf(issue.path, issue.keys?.[0]), field, message });
  });
}

interface ObjectFile<T> {
  file: ContentFile;
  data?: T;
  problems: string[];
}

async function readObjectFile<T>(file: ContentFile, schema: z.ZodType<T>): Promise<ObjectFile<T>> {
  const yaml = readYaml(await readFile(file.path, 'utf8'));
  if (yaml.error) return { file, problems: [formatProblem({ file: file.file, line: yaml.error.line, message: yaml.error.message })] };
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return { file, data: result.data, problems: [] };
  return { file, problems: schemaProblems(file.file, result.error.issues, yaml.value, yaml.lineOf) };
}

/** Reads one lesson as the build does (Astro's frontmatter reader, the MDX parser of @astrojs/mdx). */
export async function checkLesson(file: ContentFile, diagrams: readonly string[]): Promise<{ ref?: LessonRef; problems: string[] }> {
  const source = await readFile(file.path, 'utf8');
  const problems: string[] = [];
  const say = (message: string, line?: number, field?: string) => problems.push(formatProblem({ file: file.file, line, field, message }));
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // Lines are kept, so a line in the body is a line in the file.
    parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    // Astro's reader (js-yaml) refused it; the YAML reader of the other files says why in Chinese.
    const raw = /^\uFEFF?---(\r?\n[\s\S]*?\r?\n)---/.exec(source)?.[1];
    const own = raw === undefined ? undefined : readYaml(raw, 1).error;
    const mark = (error as { mark?: { line: number } }).mark;
    const line = own?.line ?? (mark ? mark.line + 1 : undefined);
    say(`开头两行 --- 之间的基本信息（frontmatter）：${own?.message ?? yamlErrorMessage((error as Error).message)}`, line);
    return { problems };
  }
  if (!parsed.rawFrontmatter) {
    say('文件要以 frontmatter 开头：第一行写 ---，接着写 title: 等字段，再写一行 ---', 1);
    return { problems };
  }
  const yaml = readYaml(parsed.rawFrontmatter, 1);
  const result = LessonSchema.safeParse(parsed.frontmatter);
  if (!result.success) problems.push(...schemaProblems(file.file, result.error.issues, parsed.frontmatter, yaml.lineOf));

  let tree: MdxNode | undefined;
  try {
    tree = mdxToMdast(parsed.content) as unknown as MdxNode;
  } catch (error) {
    const { line, message } = mdxSyntaxProblem((error as Error).message);
    say(message, line);
  }
  if (tree) for (const { line, message } of componentProblems(tree, diagrams)) say(message, line);
  if (!result.success) return { problems };
  const fieldLines = Object.fromEntries(Object.keys(result.data).map((key) => [key, yaml.lineOf([], key)]));
  return {
    ref: { id: file.id, file: file.file, module: result.data.module, order: result.data.order, related: result.data.related, body: parsed.content, bodyLine: 1, fieldLines },
    problems,
  };
}

/** Checks the course in the content folder `root`. */
export async function checkCourse(root: string): Promise<CourseCheck> {
  const problems: string[] = [];
  const diagrams = await diagramNames();
  const named = (files: ContentFile[]) => {
    for (const f of files) {
      const problem = fileNameProblem(f.entry);
      if (problem) problems.push(formatProblem({ file: f.file, message: problem }));
    }
    return files;
  };

  const modules: ModuleRef[] = [];
  const invalidModules: string[] = [];
  for (const file of named(await contentFiles(root, 'modules'))) {
    const read = await readObjectFile(file, ModuleSchema);
    problems.push(...read.problems);
    if (read.data) modules.push({ id: file.id, file: file.file, order: read.data.order });
    else invalidModules.push(file.id);
  }

  const lessons: LessonRef[] = [];
  const invalidLessons: string[] = [];
  for (const file of named(await contentFiles(root, 'lessons'))) {
    const { ref, problems: found } = await checkLesson(file, diagrams);
    problems.push(...found);
    if (ref) lessons.push(ref);
    else invalidLessons.push(file.id);
  }

  const questions: (QuestionRef & { type: string })[] = [];
  const invalidQuestions: string[] = [];
  const questionLessons: string[] = [];
  const bank: Parameters<typeof examProblems>[3][number][] = [];
  for (const file of named(await contentFiles(root, 'questions'))) {
    const result = parseQuestionFile(file.file, await readFile(file.path, 'utf8'), file.id);
    problems.push(...result.errors);
    if (result.errors.length) questionLessons.push(file.id);
    invalidQuestions.push(...(result.invalidIds ?? []));
    for (const q of result.items) {
      questions.push({ id: q.id, lesson: q.lesson, file: file.file, line: result.lines?.get(q.id), lessonQuiz: q.lessonQuiz, type: q.type });
      bank.push(q);
    }
  }
  problems.push(...findDuplicateIds(questions));

  const terms: TermRef[] = [];
  const invalidTerms: string[] = [];
  for (const file of named(await contentFiles(root, 'glossary'))) {
    const result = parseGlossaryFile(file.file, await readFile(file.path, 'utf8'));
    problems.push(...result.errors);
    invalidTerms.push(...(result.invalidIds ?? []));
    terms.push(...result.items.map((t) => ({ id: t.id, file: file.file, lessons: t.lessons, line: result.lines?.get(t.id) })));
  }
  problems.push(...findDuplicateIds(terms));

  const paths: PathRef[] = [];
  for (const file of named(await contentFiles(root, 'paths'))) {
    const read = await readObjectFile(file, LearningPathSchema);
    problems.push(...read.problems);
    if (read.data) paths.push({ id: file.id, file: file.file, steps: read.data.steps });
  }

  problems.push(
    ...validateCourse(modules, lessons, questions, terms, paths, {
      modules: invalidModules,
      lessons: invalidLessons,
      questions: invalidQuestions,
      terms: invalidTerms,
      questionLessons,
    }),
  );

  for (const file of await contentFiles(root, 'exam')) {
    const read = await readObjectFile(file, ExamBlueprintSchema);
    problems.push(...read.problems);
    // With a broken question file the bank is incomplete: counting it would only repeat that problem.
    if (read.data && !questionLessons.length) problems.push(...examProblems(file.file, read.data, [...modules.map((m) => m.id), ...invalidModules], bank));
  }

  const byType: Record<string, number> = {};
  for (const q of questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
  return {
    problems: byFileAndLine([...new Set(problems)]),
    counts: { modules: modules.length, lessons: lessons.length, questions: questions.length, terms: terms.length, paths: paths.length, byType },
  };
}

/** Problems grouped by file, in line order, so a trainer can work down each file once. */
function byFileAndLine(problems: string[]): string[] {
  const key = (p: string) => {
    const match = /^(\S+?)(?: 第 (\d+) 行)?：/.exec(p);
    return { file: match?.[1] ?? '', line: Number(match?.[2] ?? 0) };
  };
  return problems
    .map((p, i) => ({ p, i, ...key(p) }))
    .sort((a, b) => (a.file === b.file ? a.line - b.line || a.i - b.i : a.file < b.file ? -1 : 1))
    .map(({ p }) => p);
}

/** The report a trainer reads in the terminal. */
export function problemReport(problems: readonly string[]): string {
  return `✗ 内容有 ${problems.length} 个问题，请逐条修改后再试：\n${problems.map((p) => `- ${p}`).join('\n')}`;
}
