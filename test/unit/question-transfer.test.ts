import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportQuestions, exportTemplate, importQuestions } from '../../scripts/lib/question-transfer.ts';
import { readBank } from '../../scripts/lib/question-files.ts';
import { SHEET_HEADERS } from '../../src/question-types/sheet-shared.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A copy of the real content folder, so imports never touch the course's own files. */
async function copyCourse(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'course-excel-'));
  await cp(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

async function sheetOf(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { book, sheet: book.getWorksheet('题库')! };
}

let dir = '';
let exported: Awaited<ReturnType<typeof exportQuestions>>;

beforeAll(async () => {
  dir = await copyCourse();
  exported = await exportQuestions(dir, join(dir, 'exports'));
}, 60_000);

describe('the real question bank through Excel', () => {
  it('exports every question, one a row, under exactly the template headers', async () => {
    const bank = await readBank(ROOT);
    expect(exported.errors).toEqual([]);
    expect(exported.count).toBe(bank.questions.size);
    const { sheet } = await sheetOf(join(dir, 'exports', '题库.xlsx'));
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([...SHEET_HEADERS]);
    expect(sheet.actualRowCount).toBe(bank.questions.size + 1);
  }, 60_000);

  it('imports its own export back to the very same files', async () => {
    const outcome = await importQuestions(dir, join(dir, 'exports', '题库.xlsx'));
    expect(outcome.errors).toEqual([]);
    expect(outcome.written).toEqual([]);
    expect(outcome.unchanged).toBe(exported.count);
    const [before, after] = await Promise.all([readBank(ROOT), readBank(dir)]);
    expect(after.ordered.map((q) => q.question)).toEqual(before.ordered.map((q) => q.question));
  }, 60_000);

  it('adds a row without an id, writes the new id back into the workbook, and updates rather than duplicates on a second import', async () => {
    const course = await copyCourse();
    const file = join(course, 'new.xlsx');
    await exportTemplate(file);
    const { book, sheet } = await sheetOf(file);
    sheet.addRow(['', '投诉处理六步法', '单选', '投诉处理的第一步是什么？', '鼓励客户发泄', '马上解释原因', '', '', '', '', 'A', '先让客户把情绪说出来。', 1]);
    await book.xlsx.writeFile(file);

    const first = await importQuestions(course, file);
    expect(first.errors).toEqual([]);
    expect(first.added).toBe(1);
    const id = first.newIds[0]!.id;
    expect(id).toMatch(/^six-steps-\d{2}$/);
    expect((await sheetOf(file)).sheet.getRow(2).getCell(1).value).toBe(id);
    const yaml = await readFile(join(course, 'content/questions/complaints/six-steps.yaml'), 'utf8');
    expect(
      yaml.endsWith(
        `\n\n- id: ${id}\n  type: single\n  stem: 投诉处理的第一步是什么？\n  options:\n    - text: 鼓励客户发泄\n      correct: true\n    - text: 马上解释原因\n  explanation: 先让客户把情绪说出来。\n  difficulty: 1\n`,
      ),
    ).toBe(true);

    const again = await importQuestions(course, file);
    expect(again).toMatchObject({ errors: [], added: 0, unchanged: 1, newIds: [] });
    expect((await readBank(course)).questions.size).toBe(exported.count + 1);
  }, 60_000);

  it('writes nothing when one row is bad, and names that row', async () => {
    const course = await copyCourse();
    const file = join(course, 'bad.xlsx');
    await exportTemplate(file);
    const { book, sheet } = await sheetOf(file);
    sheet.addRow(['', '投诉处理六步法', '判断', '客户发火时先解释。', '', '', '', '', '', '', '错', '先让客户发泄。']);
    sheet.addRow(['', '投诉处理六步法', '单选', '哪一步最先？', '甲', '乙', '', '', '', '', 'AB', '解析。']);
    await book.xlsx.writeFile(file);
    const before = await readFile(join(course, 'content/questions/complaints/six-steps.yaml'), 'utf8');
    const outcome = await importQuestions(course, file);
    expect(outcome.errors).toEqual([expect.stringMatching(/^第 3 行，答案：单选题只能有一个正确答案/)]);
    expect(await readFile(join(course, 'content/questions/complaints/six-steps.yaml'), 'utf8')).toBe(before);
    expect((await sheetOf(file)).sheet.getRow(2).getCell(1).value || '').toBe('');
  }, 60_000);

  it('moves a question to the lesson its row names', async () => {
    const course = await copyCourse();
    const file = join(course, 'move.xlsx');
    await exportQuestions(course, course).then(async () => cp(join(course, '题库.xlsx'), file));
    const { book, sheet } = await sheetOf(file);
    let moved = '';
    sheet.eachRow((row, n) => {
      if (n > 1 && !moved && row.getCell(2).value === '投诉处理六步法' && row.getCell(3).value === '判断') {
        moved = row.getCell(1).text;
        row.getCell(2).value = 'complaints/cake-shop';
      }
    });
    await book.xlsx.writeFile(file);
    const outcome = await importQuestions(course, file);
    expect(outcome).toMatchObject({ errors: [], updated: 1 });
    expect(outcome.written.sort()).toEqual(['content/questions/complaints/cake-shop.yaml', 'content/questions/complaints/six-steps.yaml']);
    const bank = await readBank(course);
    expect(bank.questions.get(moved)?.question.lesson).toBe('complaints/cake-shop');
    expect(bank.errors).toEqual([]);
  }, 60_000);

  it('refuses a file that is not a workbook with a message naming it', async () => {
    const course = await copyCourse();
    const file = join(course, 'notes.xlsx');
    await writeFile(file, 'hello');
    const outcome = await importQuestions(course, file);
    expect(outcome.errors[0]).toMatch(/notes\.xlsx：无法读取这个文件/);
  });

  it('offers 易、中、难 in the 难度 drop-down, imports them, and writes ids back without overlapping drop-downs', async () => {
    const course = await copyCourse();
    const file = join(course, 'words.xlsx');
    await exportTemplate(file);
    const template = validationsOf(await readFile(file));
    expect(template.find((v) => v.title === '难度')!.formula).toBe('"1,2,3,易,中,难"');
    const { book, sheet } = await sheetOf(file);
    const last = SHEET_HEADERS.indexOf('难度') + 1;
    sheet.addRow(['', '投诉处理六步法', '判断', '客户发火时，先解释原因。', '', '', '', '', '', '', '错', '先让客户发泄，再解释。']).getCell(last).value = '中';
    await book.xlsx.writeFile(file);

    const outcome = await importQuestions(course, file);
    expect(outcome.errors).toEqual([]);
    expect((await readBank(course)).questions.get(outcome.newIds[0]!.id)?.question.difficulty).toBe(2);
    // The workbook written back, read as Excel reads it: each column's drop-down once, over rows that do not overlap.
    const back = validationsOf(await readFile(file));
    expect(back.map((v) => v.title).sort()).toEqual(['难度', '题型']);
    for (const v of back) expect(v.ranges, v.title).toHaveLength(1);
    const rows = back.flatMap((v) => v.ranges.map((r) => ({ title: v.title, ...r })));
    const overlapping = rows.filter((a, i) => rows.some((b, j) => i !== j && a.column === b.column && a.from <= b.to && b.from <= a.to));
    expect(overlapping).toEqual([]);
  }, 60_000);
});

describe('importing a file that is not an .xlsx workbook', () => {
  it.each([
    ['an .xls file', '题库.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['a .csv file', '题库.csv', Buffer.from('题型,题干\n单选,客户服务是什么？\n', 'utf8')],
  ])('refuses %s with one Chinese sentence saying to save it as .xlsx, and writes nothing', async (_name, name, bytes) => {
    const course = await copyCourse();
    const file = join(course, name);
    await writeFile(file, bytes);
    const outcome = await importQuestions(course, file);
    expect(outcome.errors).toEqual([
      `${file}：无法读取这个文件：它不是 .xlsx 格式的 Excel 工作簿（.xls、.csv 等格式都读不了）。请用 Excel 打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”，再导入新保存的文件`,
    ]);
    expect(outcome.written).toEqual([]);
  });
});
/** The data validations of the 题库 sheet as the file holds them: title, list formula and ranges. */
function validationsOf(xlsx: Uint8Array) {
  const files = unzipSync(xlsx);
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  return [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map(([, attributes, formula]) => ({
    title: /errorTitle="([^"]*)"/.exec(attributes!)![1]!,
    formula: formula!.replaceAll('&quot;', '"'),
    ranges: /sqref="([^"]*)"/
      .exec(attributes!)![1]!
      .split(' ')
      .map((range) => {
        const [, column, from, to] = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(range)!;
        return { column: column!, from: Number(from), to: Number(to ?? from) };
      }),
  }));
}
