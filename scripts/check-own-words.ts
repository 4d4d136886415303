/**
 * The own-words check: `node scripts/check-own-words.ts [rootDir] [seedsDir]`.
 * Lists every run of 30 or more consecutive Han characters that a lesson or question file shares
 * with a seed document (see scripts/lib/own-words.ts), minus what test/own-words-allow.yaml allows.
 * The seeds are looked up in $OWN_WORDS_SEEDS, else in the first `shared/seeds` beside the root or
 * an ancestor of it (../shared/seeds for /work/main). Exits 1 if anything is found.
 */
import { resolve } from 'node:path';
import { ALLOW_LIST, checkOwnWords, findSeedsDir, formatRun } from './lib/own-words.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const seedsDir = process.argv[3] ? resolve(process.argv[3]) : findSeedsDir(root);
if (!seedsDir) {
  console.error(`No seeds folder found: pass it as the second argument or set OWN_WORDS_SEEDS.`);
  process.exit(2);
}

const { findings, allowed, unused } = await checkOwnWords(root, seedsDir);
for (const run of findings) console.log(formatRun(run));
for (const entry of unused) console.log(`note: ${ALLOW_LIST} entry for ${entry.file} matches nothing any more: “${entry.text}”`);
const files = new Set(findings.map((run) => run.file)).size;
console.log(
  findings.length === 0
    ? `Own words: no run of 30+ Han characters shared with a seed (${allowed.length} allowed by ${ALLOW_LIST}).`
    : `Own words: ${findings.length} shared run(s) in ${files} file(s); ${allowed.length} allowed by ${ALLOW_LIST}.`,
);
process.exit(findings.length === 0 ? 0 : 1);
