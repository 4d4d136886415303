/**
 * `npm run export:questions`: the whole question bank as exports/题库.xlsx, exports/questions.moodle.xml
 * and exports/questions.gift.txt. `npm run export:questions -- --template` writes the blank template
 * exports/题库模板.xlsx instead.
 */
import { join, relative } from 'node:path';
import { exportQuestions, exportTemplate } from './lib/question-transfer.ts';

const root = process.cwd();
const out = join(root, 'exports');
if (process.argv.includes('--template')) {
  const path = join(out, '题库模板.xlsx');
  await exportTemplate(path);
  console.log(`✓ 空白模板已写入 ${relative(root, path)}`);
} else {
  const { files, count, errors } = await exportQuestions(root, out);
  if (errors.length) {
    console.error(`✗ 题库有 ${errors.length} 个问题，请先修正（npm run check:content）：\n- ${errors.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`✓ 已导出 ${count} 道题：\n${files.map((f) => `  ${relative(root, f)}`).join('\n')}`);
}
