import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['题目', '得分'],
        ['q1', '1'],
      ]),
    ).toBe(`${BOM}题目,得分\r\nq1,1\r\n`);
  });

  it('gives only the byte order mark for no rows', () => {
    expect(toCsv([])).toBe(BOM);
  });

  it.each([
    ['plain text', '客户服务', '客户服务'],
    ['an empty cell', '', ''],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a formula', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['a leading plus', '+86 10 1234', "'+86 10 1234"],
    ['a leading minus', '-1', "'-1"],
    ['a leading at sign', '@cmd', "'@cmd"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a formula with quotes and commas', '=HYPERLINK("http://x",1)', `"'=HYPERLINK(""http://x"",1)"`],
    ['a sign later in the text', 'a=b+c', 'a=b+c'],
  ])('writes a cell with %s safely', (_case, value, cell) => {
    expect(toCsv([[value]])).toBe(`${BOM}${cell}\r\n`);
  });
});
