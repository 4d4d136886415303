/**
 * The team report as an Excel workbook. Imported with `import()` only when the trainer clicks
 * "导出 Excel": the library (exceljs without its old-browser polyfills) weighs about 230 KB gzipped,
 * too much for every visit (test/build/budgets.test.ts checks both).
 */
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';

/** One sheet: its name and its rows of text, header first. */
export interface ReportSheet {
  name: string;
  rows: string[][];
}

/** A cell that a spreadsheet would run as a formula (=, +, -, @) is written as text, never as a formula. */
export async function workbookBlob(sheets: readonly ReportSheet[]): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(...rows.map((row) => [...(row[i] ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));
      column.width = Math.min(Math.max(widest + 2, 8), 60);
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
