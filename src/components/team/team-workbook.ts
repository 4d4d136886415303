/**
 * The team report as an Excel workbook. Imported with `import()` only when the trainer clicks
 * "导出 Excel": the library (exceljs without its old-browser polyfills) weighs about 230 KB gzipped,
 * too much for every visit (test/build/budgets.test.ts checks both). It is already a minified browser
 * build, so the site copies it as it is (a `?url` asset) rather than bundling it again in every build.
 */
import type ExcelJS from 'exceljs';
import excelLibraryUrl from 'exceljs/dist/exceljs.bare.min.js?url';
import type { CellKind, CellValue, ReportSheet } from '../../lib/team-sheets.ts';

type ExcelLibrary = typeof ExcelJS;

let loading: Promise<ExcelLibrary> | undefined;
/** exceljs, loaded once as a classic script: its browser build sets `window.ExcelJS`. */
function excelLibrary(): Promise<ExcelLibrary> {
  return (loading ??= new Promise<ExcelLibrary>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: excelLibraryUrl });
    script.addEventListener('load', () => resolve((window as unknown as { ExcelJS: ExcelLibrary }).ExcelJS));
    script.addEventListener('error', () => {
      loading = undefined;
      script.remove();
      reject(new Error(`could not load ${excelLibraryUrl}`));
    });
    document.head.append(script);
  }));
}

/** A sheet with its tab name and its column headers, as the page words them. */
export interface NamedSheet {
  name: string;
  headers: readonly string[];
  sheet: ReportSheet;
}

/** Excel's number format for each kind of cell. */
const NUMBER_FORMATS: Record<Exclude<CellKind, 'text'>, string> = { count: '0', percent: '0%', date: 'yyyy-mm-dd hh:mm' };

/**
 * A time as Excel keeps it: a date without a time zone. exceljs writes a Date's UTC fields, so the Date
 * carries the local wall-clock time in them and the trainer sees the time they would read on the page.
 */
export const excelDate = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);

// Full-width characters take two columns' width.
const width = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

function cellValue(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'date') return excelDate(value as number);
  // Text stays text: a string cell never becomes a formula, whatever it starts with (=, +, -, @).
  return value;
}

/** The workbook's bytes: numbers as number cells with formats, times as date cells, text as text. */
export async function workbookBuffer(sheets: readonly NamedSheet[], excel: ExcelLibrary): Promise<ArrayBuffer> {
  const book = new excel.Workbook();
  for (const { name, headers, sheet } of sheets) {
    const ws = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...headers]).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((value, i) => cellValue(value, sheet.columns[i]!.kind)));
    sheet.columns.forEach(({ kind }, i) => {
      const column = ws.getColumn(i + 1);
      if (kind !== 'text') column.numFmt = NUMBER_FORMATS[kind];
      const texts = [headers[i] ?? '', ...sheet.rows.map((row) => (kind === 'date' ? '2026-01-01 00:00' : String(row[i] ?? '')))];
      column.width = Math.min(Math.max(...texts.map(width)) + 2, 60);
    });
    // The header row keeps its text look in number columns.
    ws.getRow(1).eachCell((cell) => (cell.numFmt = '@'));
  }
  return await book.xlsx.writeBuffer();
}

/** The workbook as a file to download. */
export async function workbookBlob(sheets: readonly NamedSheet[]): Promise<Blob> {
  return new Blob([await workbookBuffer(sheets, await excelLibrary())], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
