/**
 * `npm run import:questions -- <file.xlsx>`: reads a 题库 workbook into content/questions/. Nothing is
 * written until every row is valid; ids made for new rows are written back into the workbook.
 */
import { resolve } from 'node:path';
import { importQuestions } from './lib/question-transfer.ts';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (!file) {
  console.error('用法：npm run import:questions -- 题库.xlsx');
  process.exit(1);
}
const outcome = await importQuestions(process.cwd(), resolve(file));
if (outcome.errors.length) {
  console.error(`✗ ${file} 有 ${outcome.errors.length} 个问题，没有写入任何文件。改好后请重新导入：\n- ${outcome.errors.join('\n- ')}`);
  process.exit(1);
}
console.log(`✓ 导入完成：新增 ${outcome.added} 道，修改 ${outcome.updated} 道，未变 ${outcome.unchanged} 道。`);
for (const path of outcome.written) console.log(`  写入 ${path}`);
if (outcome.newIds.length) console.log(`  为 ${outcome.newIds.length} 道新题生成了编号，已写回 ${file}（再次导入会更新这些题，不会重复添加）。`);
console.log('下一步：运行 npm run check:content 检查课程内容。');
