/**
 * `node scripts/write-traditional-characters.ts`: writes src/utils/traditional-characters.json, the table of
 * Traditional characters and their Simplified forms that OpenCC's converters give (traditionalTableOfOpenCC).
 * Run it after updating opencc-js; test/unit/traditional-characters.test.ts fails until it is run.
 */
import { writeFileSync } from 'node:fs';
import { traditionalTableOfOpenCC } from '../src/utils/chinese.ts';

const file = new URL('../src/utils/traditional-characters.json', import.meta.url);
const table = traditionalTableOfOpenCC();
writeFileSync(file, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(table).length} characters → ${file.pathname}`);
