/**
 * The question bank as a spreadsheet (题库.xlsx): one question a row under fixed Chinese headers.
 * Pure mapping both ways; reading and writing the workbook itself is scripts/lib/workbook.ts.
 * What each 题型 writes in 题干, 选项, 答案 and 分值 is the type's own (`sheet` in
 * src/question-types/<type>/definition.ts); docs/excel.md explains it to trainers.
 */
import { describeIssue, say, type ContentKey, type MessageValue, type SheetProblem } from './content-messages.ts';
import { definitionOf, definitions, QuestionSchema, type Question, type RawQuestion } from '../question-types/definitions.ts';
import { QUESTION_TYPES, type QuestionType } from '../question-types/shared.ts';
import { OPTION_LETTERS, OPTIONAL_HEADERS, SHEET_HEADERS, type RowInput, type SheetHeader, type SheetRow } from '../question-types/sheet-shared.ts';

/** 题型 as written in the sheet: each type's first name. */
export const TYPE_NAMES = Object.fromEntries(QUESTION_TYPES.map((type) => [type, definitions[type].sheet.names[0]])) as Record<QuestionType, string>;
const TYPE_BY_NAME = new Map<string, QuestionType>(QUESTION_TYPES.flatMap((type) => definitions[type].sheet.names.map((name) => [name, type] as const)));

/** 难度 as a number, or as the guide's words (易、中、难). */
const DIFFICULTY: Record<string, 1 | 2 | 3> = { '1': 1, '2': 2, '3': 3, 易: 1, 简单: 1, 中: 2, 中等: 2, 难: 3, 困难: 3 };

/** A lesson a row may name in 课程, by id or by title. */
interface SheetLesson {
  id: string;
  title: string;
}

/** The sheet row of a validated question; `lessonTitle` is written in 课程. */
export function questionToRow(question: Question, lessonTitle: string): SheetRow {
  const row = Object.fromEntries(SHEET_HEADERS.map((h) => [h, ''])) as SheetRow;
  const sheet = definitionOf(question).sheet;
  Object.assign(row, sheet.toRow(question));
  // A type edited in YAML only says so where its answer would be.
  if (sheet.editable === false) row.答案 = say('sheet.type.yamlOnlyCell', { type: TYPE_NAMES[question.type] });
  row.编号 = question.id;
  row.课程 = lessonTitle;
  row.题型 = TYPE_NAMES[question.type];
  row.解析 = question.explanation;
  row.难度 = question.difficulty ? String(question.difficulty) : '';
  return row;
}

/** The bank as the import sees it: every lesson, and every question with its lesson. */
export interface SheetBank {
  lessons: readonly SheetLesson[];
  questions: ReadonlyMap<string, { question: Question; raw: RawQuestion }>;
}

/** What one valid row becomes. */
interface ImportedQuestion {
  /** Excel's row number. */
  row: number;
  lesson: string;
  raw: RawQuestion;
  /** True when 编号 was empty and `raw.id` was made for it. */
  newId: boolean;
}

export type ImportPlan = { ok: true; questions: ImportedQuestion[] } | { ok: false; errors: SheetProblem[] };

/** Cells as text by header; `cells` is one row of the sheet, in the sheet's own column order. */
export function rowFromCells(headers: readonly string[], cells: readonly string[]): SheetRow {
  const row = Object.fromEntries(SHEET_HEADERS.map((h) => [h, ''])) as SheetRow;
  headers.forEach((header, i) => {
    const key = header.trim() as SheetHeader;
    if ((SHEET_HEADERS as readonly string[]).includes(key)) row[key] = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
  });
  return row;
}

/** The problem of a header row that lacks a column of the template. */
export function headerProblems(headers: readonly string[]): SheetProblem[] {
  const have = new Set(headers.map((h) => h.trim()));
  const missing = SHEET_HEADERS.filter((h) => !have.has(h) && !OPTIONAL_HEADERS.includes(h));
  return missing.length ? [{ row: 1, code: 'sheet.missingColumns', values: { columns: missing.join('”、“') } }] : [];
}

/**
 * Checks every row and turns it into a question of the bank, or lists every problem (row, column, message
 * code; content-messages.ts `formatSheetProblem` words it as "第 12 行，答案：…"). Rows are given with the row number Excel shows (the header is row 1).
 * Nothing is returned to write unless every row is valid.
 */
export function planImport(rows: readonly { row: number; cells: SheetRow }[], bank: SheetBank): ImportPlan {
  const errors: SheetProblem[] = [];
  const questions: ImportedQuestion[] = [];
  const usedIds = new Set(bank.questions.keys());
  const seenInSheet = new Map<string, number>();
  const pending: { row: number; cells: SheetRow; lesson: string }[] = [];

  for (const { row, cells } of rows) {
    if (SHEET_HEADERS.every((h) => !cells[h])) continue;
    const id = cells.编号;
    if (id) {
      const first = seenInSheet.get(id);
      if (first !== undefined) {
        errors.push({ row, column: '编号', code: 'sheet.duplicateId', values: { id, first } });
        continue;
      }
      seenInSheet.set(id, row);
    }
    const lesson = findLesson(cells.课程, bank.lessons);
    if (typeof lesson !== 'string') {
      errors.push({ row, column: '课程', ...lesson });
      continue;
    }
    pending.push({ row, cells, lesson });
  }

  for (const { row, cells, lesson } of pending) {
    const newId = !cells.编号;
    const id = cells.编号 || nextId(lesson, usedIds);
    usedIds.add(id);
    const existing = bank.questions.get(id);
    const result = rowToRaw(cells, id, existing);
    if ('errors' in result) {
      errors.push(...result.errors.map((problem) => ({ row, ...problem })));
      continue;
    }
    const parsed = QuestionSchema.safeParse({ lesson, ...result.raw });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { code, values } = describeIssue(issue, result.raw);
        errors.push({ row, column: columnOf(issue.path, result.raw.type), code, values });
      }
      continue;
    }
    questions.push({ row, lesson, raw: result.raw, newId });
  }
  // In row order, so a trainer works down the sheet once (both passes report).
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.row - b.row) } : { ok: true, questions };
}

/** The lesson id a 课程 cell names (an id, or a lesson's title), or what is wrong with it. */
function findLesson(cell: string, lessons: readonly SheetLesson[]): string | Problem {
  if (!cell) return { code: 'sheet.lesson.empty' };
  const byId = lessons.find((l) => l.id === cell);
  if (byId) return byId.id;
  const byTitle = lessons.filter((l) => l.title === cell);
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) return { code: 'sheet.lesson.sameTitle', values: { count: byTitle.length, title: cell, ids: byTitle.map((l) => l.id).join('、') } };
  return { code: 'sheet.lesson.unknown', values: { lesson: cell } };
}

/** A new id for a question of `lessonId`: `<lesson file name>-NN`, the next number not yet used. */
export function nextId(lessonId: string, used: ReadonlySet<string>): string {
  const slug = lessonId.split('/').pop()!;
  let n = 1;
  for (const id of used) {
    const match = new RegExp(`^${slug}-(\\d+)$`).exec(id);
    if (match) n = Math.max(n, Number(match[1]) + 1);
  }
  while (used.has(`${slug}-${String(n).padStart(2, '0')}`)) n++;
  return `${slug}-${String(n).padStart(2, '0')}`;
}

/** A problem of a row, before its row number is added. */
type Problem = Omit<SheetProblem, 'row'>;
type Problems = Problem[];

/** The YAML form of a row's question, keeping what the sheet does not hold (tags, source, lessonQuiz) from `existing`. */
function rowToRaw(cells: SheetRow, id: string, existing?: { question: Question; raw: RawQuestion }): { raw: RawQuestion } | { errors: Problems } {
  const errors: Problems = [];
  const type = TYPE_BY_NAME.get(cells.题型.replace(/\s/g, ''));
  const types = Object.values(TYPE_NAMES).join('、');
  if (!cells.题型) return { errors: [{ column: '题型', code: 'sheet.type.empty', values: { types } }] };
  if (!type) return { errors: [{ column: '题型', code: 'sheet.type.unknown', values: { type: cells.题型, types } }] };
  const sheet = definitions[type].sheet;

  if (sheet.editable === false) {
    // A type too rich for a row (a dialogue) is edited in YAML: its row is accepted only as exported.
    if (existing?.question.type === type) {
      const exported = questionToRow(existing.question, '');
      const changed = (['题干', '解析', '难度'] as const).filter((h) => exported[h] !== cells[h]);
      if (changed.length === 0) return { raw: existing.raw };
      return { errors: [{ column: changed[0]!, code: 'sheet.type.yamlOnlyChanged', values: { type: TYPE_NAMES[type] } }] };
    }
    return { errors: [{ column: '题型', code: 'sheet.type.yamlOnly', values: { type: TYPE_NAMES[type] } }] };
  }

  const kept = existing?.raw;
  const optionCells = OPTION_LETTERS.map((letter) => cells[`选项${letter}` as SheetHeader]);
  const options = optionCells.slice(0, optionCells.findLastIndex(Boolean) + 1);

  if (!cells.题干) errors.push({ column: '题干', code: 'sheet.stem.empty' });
  if (!cells.解析) errors.push({ column: '解析', code: 'sheet.explanation.empty' });

  const input: RowInput<Question> = {
    cells,
    answer: cells.答案,
    lines: cells.答案
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    options,
    emptyOption: options.findIndex((cell) => !cell),
    problem: (column: SheetHeader, code: ContentKey, values?: Readonly<Record<string, MessageValue>>) => errors.push({ column, code, values }),
  };
  if (existing?.question.type === type) input.existing = existing.question;
  const raw: RawQuestion = { id, type, ...(kept?.tags ? { tags: kept.tags } : {}), ...(kept?.lessonQuiz === false ? { lessonQuiz: false } : {}) };
  Object.assign(raw, (sheet as { fromRow(input: RowInput<Question>): Record<string, unknown> }).fromRow(input));
  raw.explanation = cells.解析;
  if (cells.难度) {
    const difficulty = DIFFICULTY[cells.难度];
    if (difficulty) raw.difficulty = difficulty;
    else errors.push({ column: '难度', code: 'sheet.difficulty.unknown', values: { value: cells.难度 } });
  }
  if (typeof kept?.source === 'string') raw.source = kept.source;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push({ column: '编号', code: 'sheet.id.invalid', values: { id } });
  return errors.length ? { errors } : { raw: orderKeys(raw, sheet.keys) };
}

/** The keys of a question in the order the bank's files write them: the common ones around the type's own. */
function orderKeys(raw: RawQuestion, typeKeys: readonly string[]): RawQuestion {
  const order = ['id', 'type', 'tags', ...typeKeys, 'explanation', 'difficulty', 'source', 'lessonQuiz'];
  const keys = Object.keys(raw).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return Object.fromEntries(keys.map((key) => [key, raw[key]])) as RawQuestion;
}

/** The sheet column a schema problem at `path` belongs to. */
function columnOf(path: readonly PropertyKey[], type: QuestionType): string {
  const own = definitions[type].sheet.column?.(path);
  if (own) return own;
  const common: Record<string, SheetHeader> = { id: '编号', stem: '题干', explanation: '解析', difficulty: '难度' };
  return common[String(path[0])] ?? '答案';
}
