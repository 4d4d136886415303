/**
 * Export of the bank to 题库.xlsx, Moodle XML and GIFT, and import of a 题库 workbook into
 * content/questions/: the work behind `npm run export:questions` and `npm run import:questions`.
 */
import { formatSheetProblem, say } from '../../src/lib/content-messages.ts';
import { t } from '../../src/lib/i18n.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { giftText, moodleXml, type LmsQuestion } from '../../src/lib/question-lms.ts';
import { headerProblems, planImport, questionToRow, rowFromCells } from '../../src/lib/question-sheet.ts';
import type { RawQuestion } from '../../src/question-types/definitions.ts';
import { sameJson, updateQuestionFile } from '../../src/lib/question-yaml.ts';
import { QuestionSchema } from '../../src/question-types/definitions.ts';
import { questionFile, readBank } from './question-files.ts';
import { readQuestionWorkbook, writeQuestionWorkbook } from './workbook.ts';

const COURSE = t('site.title');

/** Writes the bank below `root` to `outDir`: 题库.xlsx, questions.moodle.xml, questions.gift.txt. */
export async function exportQuestions(root: string, outDir: string): Promise<{ files: string[]; count: number; errors: string[] }> {
  const bank = await readBank(root);
  if (bank.errors.length) return { files: [], count: 0, errors: bank.errors };
  const lessons = new Map(bank.lessons.map((l) => [l.id, l]));
  const rows = bank.ordered.map(({ question }) => questionToRow(question, lessons.get(question.lesson)?.title ?? question.lesson));
  const lms: LmsQuestion[] = bank.ordered.map(({ question }) => ({
    question,
    module: lessons.get(question.lesson)?.moduleTitle ?? question.lesson.split('/')[0]!,
    lesson: lessons.get(question.lesson)?.title ?? question.lesson,
  }));
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, '题库.xlsx'), join(outDir, 'questions.moodle.xml'), join(outDir, 'questions.gift.txt')];
  await writeQuestionWorkbook(files[0]!, rows);
  await writeFile(files[1]!, moodleXml(lms, COURSE));
  await writeFile(files[2]!, giftText(lms, COURSE));
  return { files, count: rows.length, errors: [] };
}

/** Writes the blank template to `path`. */
export async function exportTemplate(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeQuestionWorkbook(path, []);
}

export interface ImportOutcome {
  errors: string[];
  /** Question files written, relative to root. */
  written: string[];
  added: number;
  updated: number;
  unchanged: number;
  /** Ids made for rows without one, written back into the workbook. */
  newIds: { row: number; id: string }[];
}

/**
 * Reads the workbook at `file` into the question files below `root`. Every row is checked first;
 * with any problem nothing is written and `errors` says "第 N 行，列：…" for each (worded here, at the edge).
 */
export async function importQuestions(root: string, file: string): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { errors: [], written: [], added: 0, updated: 0, unchanged: 0, newIds: [] };
  let book;
  try {
    book = await readQuestionWorkbook(file);
  } catch {
    // The zip library's own words (English, with a URL) say nothing a trainer can act on.
    outcome.errors.push(say('import.notXlsx', { file }));
    return outcome;
  }
  outcome.errors.push(...headerProblems(book.headers).map(formatSheetProblem));
  const bank = await readBank(root);
  outcome.errors.push(...bank.errors.map((problem) => say('import.bankBroken', { problem })));
  if (outcome.errors.length) return outcome;
  const plan = planImport(
    book.rows.map(({ row, cells }) => ({ row, cells: rowFromCells(book.headers, cells) })),
    bank,
  );
  if (!plan.ok) {
    outcome.errors.push(...plan.errors.map(formatSheetProblem));
    return outcome;
  }
  // The same question as data, once both sides are read through the schema (defaults, punctuation).
  const same = (lesson: string) => (a: unknown, b: unknown) => {
    const x = QuestionSchema.safeParse({ lesson, ...(a as object) });
    const y = QuestionSchema.safeParse({ lesson, ...(b as object) });
    return x.success && y.success ? sameJson(x.data, y.data) : sameJson(a, b);
  };
  const byLesson = new Map<string, RawQuestion[]>();
  const removals = new Map<string, string[]>();
  for (const q of plan.questions) {
    byLesson.set(q.lesson, [...(byLesson.get(q.lesson) ?? []), q.raw]);
    const before = bank.questions.get(q.raw.id);
    if (!before) outcome.added++;
    else if (before.question.lesson === q.lesson && same(q.lesson)(before.raw, q.raw)) outcome.unchanged++;
    else outcome.updated++;
    // A question moved to another lesson leaves its old file.
    if (before && before.question.lesson !== q.lesson) removals.set(before.question.lesson, [...(removals.get(before.question.lesson) ?? []), q.raw.id]);
  }
  for (const lesson of new Set([...byLesson.keys(), ...removals.keys()])) {
    const path = questionFile(root, lesson);
    const source = await readFile(path, 'utf8').catch(() => null);
    const next = updateQuestionFile(source, byLesson.get(lesson) ?? [], removals.get(lesson) ?? [], same(lesson));
    if (next === source) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, next);
    outcome.written.push(`content/questions/${lesson}.yaml`);
  }
  outcome.newIds = plan.questions.filter((q) => q.newId).map((q) => ({ row: q.row, id: q.raw.id }));
  if (outcome.newIds.length) await book.writeIds(file, outcome.newIds);
  return outcome;
}
