/**
 * `npm run import:questions -- <file.xlsx>`: reads a 题库 workbook into content/questions/. Nothing is
 * written until every row is valid; ids made for new rows are written back into the workbook.
 */
import { resolve } from 'node:path';
import { say } from '../src/lib/content-messages.ts';
import { importQuestions } from './lib/question-transfer.ts';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (!file) {
  console.error(say('import.usage'));
  process.exit(1);
}
const outcome = await importQuestions(process.cwd(), resolve(file));
if (outcome.errors.length) {
  console.error(`${say('import.failed', { file, count: outcome.errors.length })}\n- ${outcome.errors.join('\n- ')}`);
  process.exit(1);
}
console.log(say('import.done', { added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged }));
for (const path of outcome.written) console.log(say('import.wrote', { path }));
if (outcome.newIds.length) console.log(say('import.newIds', { count: outcome.newIds.length, file }));
console.log(say('import.next'));
