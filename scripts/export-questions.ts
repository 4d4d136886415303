/**
 * `npm run export:questions`: the whole question bank as exports/题库.xlsx, exports/questions.moodle.xml
 * and exports/questions.gift.txt. `npm run export:questions -- --template` writes the blank template
 * exports/题库模板.xlsx instead.
 */
import { join, relative } from 'node:path';
import { say } from '../src/lib/content-messages.ts';
import { exportQuestions, exportTemplate } from './lib/question-transfer.ts';

const root = process.cwd();
const out = join(root, 'exports');
if (process.argv.includes('--template')) {
  const path = join(out, '题库模板.xlsx');
  await exportTemplate(path);
  console.log(say('export.template', { path: relative(root, path) }));
} else {
  const { files, count, errors } = await exportQuestions(root, out);
  if (errors.length) {
    console.error(`${say('export.failed', { count: errors.length })}\n- ${errors.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${say('export.done', { count })}\n${files.map((f) => `  ${relative(root, f)}`).join('\n')}`);
}
