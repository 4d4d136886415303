/**
 * The 题库 workbook on disk, through exceljs: written with the template's headers, a drop-down for
 * 题型 and 难度 and a sheet of instructions; read back as text cells with Excel's row numbers.
 */
import ExcelJS from 'exceljs';
import { SHEET_HEADERS, type SheetRow } from '../../src/question-types/sheet-shared.ts';
import { TYPE_NAMES } from '../../src/lib/question-sheet.ts';

/** The sheet the questions are on. */
const SHEET_NAME = '题库';
const WIDTHS: Record<string, number> = { 编号: 22, 课程: 24, 题型: 10, 题干: 50, 答案: 30, 解析: 50, 难度: 6, 分值: 8 };
/** Rows of the drop-downs in a template or export, beyond the rows filled. */
const SPARE_ROWS = 500;

const HELP: [string, string][] = [
  ['编号', '题目的编号，如 six-steps-09。新题留空，导入时自动生成并写回本表；已发布的题目不要改编号。'],
  ['课程', '课程编号（如 complaints/six-steps）或课程标题，须与课程完全一致。'],
  ['题型', `${Object.values(TYPE_NAMES).join('、')}。对话题只能在 YAML 文件中编写。`],
  ['题干', '题目本身。填空题用三个下划线 ___ 标出每个空；简答题直接写问题；案例分析题先写案例材料，空一行，再写问题，有几个小问时每个小问另起一行，以（1）（2）开头。'],
  ['选项A–F', '单选、多选题的选项，从 A 开始依次填写；选项后可换行写“反馈：……”。分类题在这里写类别名称。'],
  [
    '答案',
    '单选 B；多选 ACD；判断 对 或 错；填空每个空一行，几种说法用 | 隔开；简答、案例分析每行一个要点（有小问时要点前写小问编号，如“（1）先道歉”）；排序按正确顺序一行一项；分类每行“A：项目”。',
  ],
  ['解析', '答案为什么是这样；学员答完后看到。'],
  ['难度', '1（易）、2（中）、3（难），也可以写 易、中、难；可以不填。'],
  ['分值', '简答、案例分析每个要点的分值，一行一个，与“答案”里的要点一一对应，例如 5；全题分值是各要点之和。可以不填（要点平分）。'],
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
    error: `请从列表中选择：${Object.values(TYPE_NAMES).join('、')}`,
  });
  validations.add(`${column('难度')}2:${column('难度')}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${DIFFICULTY_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '难度',
    error: '请填 1（易）、2（中）或 3（难），也可以直接写 易、中、难，或者不填',
  });
}

/** Writes `rows` (none for the blank template) to `path` as the 题库 workbook. */
export async function writeQuestionWorkbook(path: string, rows: readonly SheetRow[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '客户服务技能培训';
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SHEET_HEADERS.map((header) => ({ header, key: header, width: WIDTHS[header] ?? 18, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(SHEET_HEADERS.map((h) => (h === '难度' && row[h] ? Number(row[h]) : row[h])));
  addValidations(sheet, rows.length + 1 + SPARE_ROWS);
  const help = book.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'column', width: 12 },
    { header: '怎么填', key: 'how', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  help.getRow(1).font = { bold: true };
  for (const [col, how] of HELP) help.addRow([col, how]);
  help.addRow([]);
  help.addRow(['导入', '在课程文件夹中运行 npm run import:questions -- 题库.xlsx；有错误时会列出“第 N 行，列名：原因”，改好后再导入，错误改完之前不会写入任何文件。']);
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
