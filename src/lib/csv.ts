/** CSV for spreadsheets, Excel in particular. */

/** A cell as CSV: a formula guard, then RFC 4180 quoting when it holds a comma, quote or line break. */
function cell(value: string): string {
  // A leading = + - @ (or tab, carriage return) makes a spreadsheet run the cell as a formula: CSV injection.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text: CRLF line ends and a UTF-8 byte order mark, without which Excel garbles Chinese. */
export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}
