/**
 * The 题库 workbook on disk, through exceljs: written with the template's headers, a drop-down for
 * 题型 and 难度 and a sheet of instructions; read back as text cells with Excel's row numbers.
 */
import ExcelJS from 'exceljs';
import { SHEET_HEADERS, type SheetRow } from '../../src/question-types/sheet-shared.ts';
import { TYPE_NAMES } from '../../src/lib/question-sheet.ts';
import { say } from '../../src/lib/content-messages.ts';
import { t } from '../../src/lib/i18n.ts';

/** The sheet the questions are on. */
const SHEET_NAME = '题库';
const WIDTHS: Record<string, number> = { 编号: 22, 课程: 24, 题型: 10, 题干: 50, 答案: 30, 解析: 50, 难度: 6, 分值: 8 };
/** Rows of the drop-downs in a template or export, beyond the rows filled. */
const SPARE_ROWS = 500;

/** The instructions sheet: each column (a header of the sheet, or a label) and how to fill it (content.zh-CN.json). */
const help = (): [string, string][] => [
  ['编号', say('workbook.help.id')],
  ['课程', say('workbook.help.lesson')],
  ['题型', say('workbook.help.type', { types: Object.values(TYPE_NAMES).join('、') })],
  ['题干', say('workbook.help.stem')],
  [say('workbook.help.optionsColumn'), say('workbook.help.options')],
  ['答案', say('workbook.help.answer')],
  ['解析', say('workbook.help.explanation')],
  ['难度', say('workbook.help.difficulty')],
  ['分值', say('workbook.help.marks')],
];

/** The validations exceljs keeps, by range or, in a workbook read back, by cell; its type declarations leave them out. */
type Validations = { model: Record<string, ExcelJS.DataValidation | undefined>; add(range: string, rule: ExcelJS.DataValidation): void };

/** 难度 as the guide allows it: a number or its word. */
const DIFFICULTY_CHOICES = ['1', '2', '3', '易', '中', '难'];

/**
 * The drop-downs of 题型 and 难度, from row 2 to row `last`. Any earlier ones of those two columns are
 * taken away first: exceljs reads a range back cell by cell and writes it out again as overlapping ranges
 * (C2:C862 and C10:C862), which Excel reports as a damaged file.
 */
function addValidations(sheet: ExcelJS.Worksheet, last: number): void {
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  const column = (header: string) => sheet.getColumn(SHEET_HEADERS.indexOf(header as never) + 1).letter;
  const ours = new Set([column('题型'), column('难度')]);
  for (const address of Object.keys(validations.model)) {
    if (ours.has(address.split(':')[0]!.replace(/[\d$]/g, ''))) delete validations.model[address];
  }
  validations.add(`${column('题型')}2:${column('题型')}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${Object.values(TYPE_NAMES).join(',')}"`],
    showErrorMessage: true,
    errorTitle: '题型',
    error: say('workbook.typeError', { types: Object.values(TYPE_NAMES).join('、') }),
  });
  validations.add(`${column('难度')}2:${column('难度')}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${DIFFICULTY_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '难度',
    error: say('workbook.difficultyError'),
  });
}

/** Writes `rows` (none for the blank template) to `path` as the 题库 workbook. */
export async function writeQuestionWorkbook(path: string, rows: readonly SheetRow[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = t('site.title');
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SHEET_HEADERS.map((header) => ({ header, key: header, width: WIDTHS[header] ?? 18, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(SHEET_HEADERS.map((h) => (h === '难度' && row[h] ? Number(row[h]) : row[h])));
  addValidations(sheet, rows.length + 1 + SPARE_ROWS);
  const guide = book.addWorksheet(say('workbook.helpSheet'));
  guide.columns = [
    { header: say('workbook.helpColumn'), key: 'column', width: 12 },
    { header: say('workbook.helpHow'), key: 'how', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  guide.getRow(1).font = { bold: true };
  for (const [col, how] of help()) guide.addRow([col, how]);
  guide.addRow([]);
  guide.addRow([say('workbook.help.importColumn'), say('workbook.help.import')]);
  await book.xlsx.writeFile(path);
}

/** A read workbook: its rows as text, with Excel's row numbers, and the means to write ids back. */
export interface ReadWorkbook {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  /** Puts `id` in the 编号 cell of `row` and saves the workbook to `path`. */
  writeIds(path: string, ids: readonly { row: number; id: string }[]): Promise<void>;
}

/** Cell text as a trainer sees it: numbers, dates, rich text and formula results as plain text. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result ?? '';
    return typeof result === 'object' && 'error' in result ? result.error : String(result);
  }
  return cell.text;
}

/** Reads the sheet 题库 (or the first sheet) of the workbook at `path`. */
export async function readQuestionWorkbook(path: string): Promise<ReadWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(SHEET_NAME) ?? book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no worksheet');
  const width = Math.max(sheet.columnCount, SHEET_HEADERS.length);
  const texts = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1)));
  const headers = texts(sheet.getRow(1)).map((h) => h.trim());
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > 1) rows.push({ row: number, cells: texts(row) });
  });
  const idColumn = headers.indexOf('编号') + 1;
  return {
    headers,
    rows,
    async writeIds(out, ids) {
      for (const { row, id } of ids) sheet.getRow(row).getCell(idColumn).value = id;
      addValidations(sheet, sheet.actualRowCount + SPARE_ROWS);
      await book.xlsx.writeFile(out);
    },
  };
}
