import ExcelJS from 'exceljs';
import { it } from 'vitest';
import { writeQuestionWorkbook, readQuestionWorkbook } from '../../scripts/lib/workbook.ts';
it('x', async () => {
  await writeQuestionWorkbook('/tmp/t.xlsx', []);
  const r = await readQuestionWorkbook('/tmp/t.xlsx');
  await r.writeIds('/tmp/t2.xlsx', [{ row: 10, id: 'x-01' }]);
  for (const f of ['/tmp/t.xlsx', '/tmp/t2.xlsx']) {
    const b = new ExcelJS.Workbook(); await b.xlsx.readFile(f);
    console.log(f, JSON.stringify(Object.keys((b.getWorksheet('题库') as any).dataValidations.model).length));
  }
});
