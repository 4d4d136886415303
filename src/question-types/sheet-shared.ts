/**
 * The 题库 workbook's row, as each question type maps itself to it (its `sheet` in definition.ts).
 * The generic reading and writing of rows is src/lib/question-sheet.ts; docs/excel.md explains the row to trainers.
 * A problem in a row is a message code of src/i18n/content.zh-CN.json with its values: the import words it.
 */
import type { ContentKey, MessageValues } from '../i18n/content-keys.ts';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const OPTION_HEADERS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'] as const;

/** The column headers of the sheet, in order: the template and every export use exactly these. */
export const SHEET_HEADERS = ['编号', '课程', '题型', '题干', ...OPTION_HEADERS, '答案', '解析', '难度', '分值'] as const;
export type SheetHeader = (typeof SHEET_HEADERS)[number];
/** Columns a workbook may leave out (it was made before they existed): read as empty. */
export const OPTIONAL_HEADERS: readonly SheetHeader[] = ['分值'];
/** One row as text, by header. */
export type SheetRow = Record<SheetHeader, string>;

/** What a type's `fromRow` is given: the row's cells, read the way most types need them. */
export interface RowInput<Q> {
  cells: SheetRow;
  /** 答案 as written. */
  answer: string;
  /** 答案's non-empty lines, trimmed. */
  lines: string[];
  /** 选项A… up to the last filled one. */
  options: string[];
  /** The first empty option cell before the last filled one, or -1. */
  emptyOption: number;
  /** The question of the bank with this row's id, when it is of the same type. */
  existing?: Q;
  /** Reports a problem in `column`: a message code of src/i18n/content.zh-CN.json and its values. */
  problem: (column: SheetHeader, code: ContentKey, values?: MessageValues) => void;
}

/** How a question type travels in a row of the 题库 workbook. */
export interface SheetMapping<Q> {
  /** 题型 as written in the sheet, then the other names the import accepts. */
  names: readonly [string, ...string[]];
  /** The YAML fields the type adds to the common ones, in the order its files write them. */
  keys: readonly string[];
  /**
   * False for a type too rich for a row (a dialogue): it is written out for reference, and a row of it
   * is accepted back only unchanged.
   */
  editable?: false;
  /** The cells this type fills (题干, 选项…, 答案, 分值); 编号, 课程, 题型, 解析 and 难度 are written for every type. */
  toRow(question: Q): Partial<SheetRow>;
  /** The type's YAML fields from a row (the stem included); problems go to `input.problem`. */
  fromRow(input: RowInput<Q>): Record<string, unknown>;
  /** The column a schema problem at `path` belongs to, when not the common fields' nor 答案. */
  column?(path: readonly PropertyKey[]): SheetHeader | undefined;
}

/** The option cells a list of texts fills, from 选项A on. */
export function optionCells(texts: readonly string[], what: string, id: string): Partial<SheetRow> {
  if (texts.length > OPTION_LETTERS.length) throw new Error(`question "${id}" has more than ${OPTION_LETTERS.length} ${what}`);
  return Object.fromEntries(texts.map((text, i) => [`选项${OPTION_LETTERS[i]!}`, text]));
}

/** The 选项 column of option `index` (0 for 选项A). */
export const optionColumn = (index: number): SheetHeader => `选项${OPTION_LETTERS[index] ?? 'A'}` as SheetHeader;
