import { readdir, readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';
import { ModuleSchema } from '../schemas/module.ts';
import { LessonSchema } from '../schemas/lesson.ts';
import { ExamBlueprintSchema, type ExamBlueprint } from '../schemas/exam.ts';
import type { Question } from '../question-types/definitions.ts';
import { LearningPathSchema } from '../schemas/path.ts';
import { describeIssue, formatProblem, say, sortProblems, type Issue, type Problem } from '../lib/content-messages.ts';
import { readYaml, yamlProblemCode } from '../lib/yaml-source.ts';
import { policyWarnings } from '../lib/content-policy.ts';
import { parseQuestionFile } from '../lib/question-bank.ts';
import { parseGlossaryFile } from '../lib/glossary.ts';
import { findDuplicateIds } from '../lib/yaml-list.ts';
import { validateCourse, type LessonRef, type ModuleRef, type PathRef, type QuestionRef, type TermRef } from '../lib/course-validation.ts';
import { componentProblems, mdxSyntaxProblem, type MdxNode } from '../lib/lesson-components.ts';
import { examProblems } from '../lib/exam.ts';
import { contentFiles, isIdFileName, type ContentFile } from './content-files.ts';
import type { ParsedLists } from './parsed-lists.ts';

/**
 * The one content check: `npm run check:content`, `npm run build` (before anything is built) and
 * `npm run dev` (on every change) all run this, on files found and named by content-files.ts.
 */

/** What the check found: every problem once (errors stop the build, warnings do not), and what the course holds. */
export interface CourseCheck {
  problems: Problem[];
  warnings: Problem[];
  counts: { modules: number; lessons: number; questions: number; terms: number; paths: number; byType: Record<string, number> };
}

/** The diagram components: every file in src/components/diagrams/ but the frame `Diagram.astro`. */
export async function diagramNames(): Promise<string[]> {
  const files = await readdir(new URL('../components/diagrams/', import.meta.url)).catch(() => []);
  return files.filter((f) => f.endsWith('.astro') && f !== 'Diagram.astro').map((f) => f.replace(/\.astro$/, ''));
}

/** Problems of one object file (module, path, exam) checked against its schema, each with its line. */
function schemaProblems(file: string, issues: readonly Issue[], raw: unknown, lineOf: (path: readonly PropertyKey[], key?: string) => number | undefined): Problem[] {
  return issues.map((issue) => ({ file, line: lineOf(issue.path, issue.keys?.[0]), ...describeIssue(issue, raw) }));
}

interface ObjectFile<T> {
  file: ContentFile;
  data?: T;
  problems: Problem[];
}

async function readObjectFile<T>(file: ContentFile, schema: z.ZodType<T>): Promise<ObjectFile<T>> {
  const yaml = readYaml(await readFile(file.path, 'utf8'));
  if (yaml.error) return { file, problems: [{ file: file.file, line: yaml.error.line, code: yaml.error.code }] };
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return { file, data: result.data, problems: [] };
  return { file, problems: schemaProblems(file.file, result.error.issues, yaml.value, yaml.lineOf) };
}

/** Reads one lesson as the build does (Astro's frontmatter reader, the MDX parser of @astrojs/mdx). */
async function checkLesson(file: ContentFile, diagrams: readonly string[]): Promise<{ ref?: LessonRef; problems: Problem[] }> {
  const source = await readFile(file.path, 'utf8');
  const problems: Problem[] = [];
  const add = (problem: Omit<Problem, 'file'>) => problems.push({ file: file.file, ...problem });
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
    const cause = own?.code ?? yamlProblemCode({ code: '', message: (error as Error).message });
    add({ line, code: 'yaml.frontmatter', values: { cause: { code: cause } } });
    return { problems };
  }
  if (!parsed.rawFrontmatter) {
    add({ line: 1, code: 'lesson.noFrontmatter' });
    return { problems };
  }
  const yaml = readYaml(parsed.rawFrontmatter, 1);
  const result = LessonSchema.safeParse(parsed.frontmatter);
  if (!result.success) problems.push(...schemaProblems(file.file, result.error.issues, parsed.frontmatter, yaml.lineOf));

  let tree: MdxNode | undefined;
  try {
    tree = mdxToMdast(parsed.content) as unknown as MdxNode;
  } catch (error) {
    add(mdxSyntaxProblem((error as Error).message));
  }
  if (tree) for (const problem of componentProblems(tree, diagrams)) add(problem);
  if (!result.success) return { problems };
  // Fields the lesson writes (not those a default filled in) have a line.
  const written = Object.keys(parsed.frontmatter as object).filter((key) => key in result.data);
  const fieldLines = Object.fromEntries(written.map((key) => [key, yaml.lineOf([], key)]));
  return {
    ref: { id: file.id, file: file.file, module: result.data.module, order: result.data.order, related: result.data.related, body: parsed.content, bodyLine: 1, fieldLines },
    problems,
  };
}

/**
 * Checks the course in the content folder `root`. `listsRead`, if given, is told the valid items of every list
 * file (questions, glossary terms) by path as soon as they are read, before the rest of the check.
 */
export async function checkCourse(root: string, listsRead?: (lists: ParsedLists) => void): Promise<CourseCheck> {
  const lists: ParsedLists = new Map();
  const problems: Problem[] = [];
  const diagrams = await diagramNames();
  const named = (files: ContentFile[]) => {
    for (const f of files) if (!isIdFileName(f.entry)) problems.push({ file: f.file, code: 'file.badName' });
    return files;
  };

  // The list files first: the build's content loader waits for them (listsRead).
  const questions: (QuestionRef & { type: string })[] = [];
  const invalidQuestions: string[] = [];
  const questionLessons: string[] = [];
  const questionFiles: { lesson: string; file: string }[] = [];
  const bank: (Question & { file: string; line?: number | undefined })[] = [];
  for (const file of named(await contentFiles(root, 'questions'))) {
    const result = parseQuestionFile(file.file, await readFile(file.path, 'utf8'), file.id);
    lists.set(file.path, result.items);
    problems.push(...result.errors);
    if (result.errors.length) questionLessons.push(file.id);
    questionFiles.push({ lesson: file.id, file: file.file });
    invalidQuestions.push(...(result.invalidIds ?? []));
    result.items.forEach((q, i) => {
      const line = result.itemLines?.[i];
      questions.push({ id: q.id, lesson: q.lesson, file: file.file, line, lessonQuiz: q.lessonQuiz, type: q.type });
      bank.push({ ...q, file: file.file, line });
    });
  }
  problems.push(...findDuplicateIds(questions));

  const terms: (TermRef & { definition: string })[] = [];
  const invalidTerms: string[] = [];
  for (const file of named(await contentFiles(root, 'glossary'))) {
    const result = parseGlossaryFile(file.file, await readFile(file.path, 'utf8'));
    lists.set(file.path, result.items);
    problems.push(...result.errors);
    invalidTerms.push(...(result.invalidIds ?? []));
    terms.push(...result.items.map((t, i) => ({ id: t.id, file: file.file, lessons: t.lessons, line: result.itemLines?.[i], definition: t.definition })));
  }
  problems.push(...findDuplicateIds(terms));
  listsRead?.(lists);

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

  let exam: { file: string; papers: ExamBlueprint['papers'] } | undefined;
  for (const file of await contentFiles(root, 'exam')) {
    const read = await readObjectFile(file, ExamBlueprintSchema);
    problems.push(...read.problems);
    // With a broken question file the bank is incomplete: counting it would only repeat that problem.
    if (read.data && !questionLessons.length) problems.push(...examProblems(file.file, read.data, [...modules.map((m) => m.id), ...invalidModules], bank));
    if (read.data) exam = { file: file.file, papers: read.data.papers };
  }

  const byType: Record<string, number> = {};
  for (const q of questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
  return {
    problems: sortProblems(problems),
    warnings: sortProblems(policyWarnings({ questions: bank, questionFiles, lessons, terms, exam })),
    counts: { modules: modules.length, lessons: lessons.length, questions: questions.length, terms: terms.length, paths: paths.length, byType },
  };
}

/** The report a trainer reads in the terminal: the problems, then the warnings. */
export function problemReport(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  const list = (items: readonly Problem[]) => items.map((p) => `- ${formatProblem(p)}`).join('\n');
  return [
    ...(problems.length ? [`${say('report.problems', { count: problems.length })}\n${list(problems)}`] : []),
    ...(warnings.length ? [`${say('report.warnings', { count: warnings.length })}\n${list(warnings)}`] : []),
  ].join('\n\n');
}
