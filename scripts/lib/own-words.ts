/**
 * The own-words check: the course may take facts, lists and figures from the seed documents,
 * but not their sentences. This finds every run of MIN_RUN or more consecutive Han characters
 * that a course file shares with a seed. Only Han characters are compared: punctuation, ASCII,
 * digits and whitespace between them are skipped, so a sentence copied with other punctuation
 * still counts as copied.
 *
 * Both sides go through the same normalisation before comparing:
 * - a Traditional seed (003) is converted to Simplified with OpenCC (Taiwan → mainland);
 * - the characters the seeds' PDF extraction repeated are dropped (see collapseRepeats).
 *
 * Pure functions, plus two loaders at the end for the CLI (scripts/check-own-words.ts) and the test.
 */
import * as OpenCC from 'opencc-js';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

/** Shortest shared run that counts as copied. */
const MIN_RUN = 30;

export interface CourseText {
  /** Path relative to the repository root, with "/" separators. */
  file: string;
  text: string;
}

export interface SeedText {
  /** The seed's file name, e.g. "003_c55adad5f4d669d9.txt". */
  name: string;
  text: string;
}

export interface SharedRun {
  file: string;
  seed: string;
  /** The shared Han characters after normalisation (what is compared and what the allow-list matches). */
  han: string;
  /** The course file's own text for the run, punctuation included, to find it in the file. */
  text: string;
  /** Number of shared (normalised) Han characters. */
  length: number;
}

export interface AllowEntry {
  file: string;
  /** The shared text (punctuation may differ; only its Han characters count). */
  text: string;
  why: string;
}

const HAN = /\p{Script=Han}/u;

/** Han characters of a text, each with its index in the text. */
interface Units {
  chars: string[];
  at: number[];
}

function hanUnits(text: string): Units {
  const chars: string[] = [];
  const at: number[] = [];
  let index = 0;
  for (const char of text) {
    if (HAN.test(char)) {
      chars.push(char);
      at.push(index);
    }
    index += char.length;
  }
  return { chars, at };
}

function keep(units: Units, keepIt: (i: number) => boolean): Units {
  const chars: string[] = [];
  const at: number[] = [];
  units.chars.forEach((char, i) => {
    if (keepIt(i)) {
      chars.push(char);
      at.push(units.at[i]!);
    }
  });
  return { chars, at };
}

/** Longest phrase checked for an immediate repeat. */
const MAX_REPEATED_PHRASE = 40;

/**
 * Drops what the PDF extraction of the seeds repeated. Seen in the seeds (Han characters only,
 * punctuation between them already skipped):
 * 1. one character written three or more times in a row: seed 000 prints its slide titles with
 *    every character four times ("服服服服务务务务人人人人员员员员");
 * 2. every character of a phrase doubled: "信信息息与与通通道道", "一一分分钟钟优优质质服服务务"
 *    (seed 000) — collapsed only when three or more doubled characters follow each other, so a real
 *    doubled word ("谢谢", "常常", "悻悻") stays;
 * 3. a phrase of two or more characters written twice (or more) in a row: headings and speaker
 *    labels in 000 and 004 ("顾客答顾客答", "有哪些不妥之处？有哪些不妥之处？", "群体投诉明显上升群体投诉明显上升"),
 *    and lines repeated across a page break in 004 ("被要求付两份邮费。于是她就拨通了客户服务的电被要求付两份邮费。于是…").
 * The same rules run over the course text, so a faithful copy normalises exactly like its seed
 * (a course sentence that really says "一点一点" loses one "一点" on both sides alike).
 */
function collapseRepeats(input: Units): Units {
  // 1. Three or more of the same character → one.
  const single = new Set<number>();
  for (let i = 0; i < input.chars.length;) {
    let j = i + 1;
    while (j < input.chars.length && input.chars[j] === input.chars[i]) j++;
    if (j - i >= 3) for (let k = i + 1; k < j; k++) single.add(k);
    i = j;
  }
  let units = keep(input, (i) => !single.has(i));
  // 2. Runs of three or more doubled characters (aabbcc…) → abc….
  const doubled = new Set<number>();
  for (let i = 0; i < units.chars.length;) {
    let j = i;
    while (j + 1 < units.chars.length && units.chars[j] === units.chars[j + 1]) j += 2;
    if ((j - i) / 2 >= 3) {
      for (let k = i + 1; k < j; k += 2) doubled.add(k);
      i = j;
    } else i++;
  }
  units = keep(units, (i) => !doubled.has(i));
  // 3. A phrase immediately repeated → once.
  const chars = [...units.chars];
  const at = [...units.at];
  for (let i = 0; i < chars.length; i++) {
    let found = true;
    while (found) {
      found = false;
      for (let length = 2; length <= MAX_REPEATED_PHRASE && i + 2 * length <= chars.length; length++) {
        let same = true;
        for (let k = 0; k < length; k++) {
          if (chars[i + k] !== chars[i + length + k]) {
            same = false;
            break;
          }
        }
        if (same) {
          chars.splice(i + length, length);
          at.splice(i + length, length);
          found = true;
          break;
        }
      }
    }
  }
  return { chars, at };
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** True when a text is written in Traditional characters (more than 3 % of its Han characters change). */
function isTraditional(text: string): boolean {
  const han = hanUnits(text).chars;
  if (han.length === 0) return false;
  const converted = [...toSimplified(han.join(''))];
  let changed = 0;
  han.forEach((char, i) => {
    if (converted[i] !== char) changed++;
  });
  return changed / han.length > 0.03;
}

/** The Han characters of a text as the check compares them: Simplified, without extraction repeats. */
export function normaliseHan(text: string, traditional = false): string {
  return collapseRepeats(hanUnits(traditional ? toSimplified(text) : text)).chars.join('');
}

interface PreparedSeed {
  name: string;
  chars: string[];
  grams: Map<string, number[]>;
}

function prepareSeed(seed: SeedText, minLength: number): PreparedSeed {
  // OpenCC's character conversion keeps the length of the text, but the Han characters are taken
  // from the converted text anyway.
  const text = isTraditional(seed.text) ? toSimplified(seed.text) : seed.text;
  const chars = collapseRepeats(hanUnits(text)).chars;
  const grams = new Map<string, number[]>();
  for (let p = 0; p + minLength <= chars.length; p++) {
    const gram = chars.slice(p, p + minLength).join('');
    const list = grams.get(gram);
    if (list) list.push(p);
    else grams.set(gram, [p]);
  }
  return { name: seed.name, chars, grams };
}

/**
 * Every maximal run of `minLength` (30) or more consecutive Han characters that a course file
 * shares with a seed, in file order. A run shared with two seeds is listed once per seed.
 */
export function findSharedRuns(course: CourseText[], seeds: SeedText[], minLength = MIN_RUN): SharedRun[] {
  const prepared = seeds.map((seed) => prepareSeed(seed, minLength));
  const runs: SharedRun[] = [];
  for (const { file, text } of course) {
    const units = collapseRepeats(hanUnits(text));
    const c = units.chars;
    for (const seed of prepared) {
      const s = seed.chars;
      const found = new Map<number, number>(); // course start → longest run from there
      for (let i = 0; i + minLength <= c.length; i++) {
        const positions = seed.grams.get(c.slice(i, i + minLength).join(''));
        if (!positions) continue;
        for (const p of positions) {
          if (i > 0 && p > 0 && c[i - 1] === s[p - 1]) continue; // inside a run found from an earlier start
          let length = minLength;
          while (i + length < c.length && p + length < s.length && c[i + length] === s[p + length]) length++;
          if (length > (found.get(i) ?? 0)) found.set(i, length);
        }
      }
      const starts = [...found.keys()].sort((a, b) => a - b);
      let coveredTo = -1;
      for (const start of starts) {
        const length = found.get(start)!;
        if (start + length <= coveredTo) continue; // wholly inside a longer run already listed
        coveredTo = Math.max(coveredTo, start + length);
        const from = units.at[start]!;
        const lastAt = units.at[start + length - 1]!;
        const to = lastAt + String.fromCodePoint(text.codePointAt(lastAt)!).length;
        runs.push({ file, seed: seed.name, han: c.slice(start, start + length).join(''), text: text.slice(from, to), length });
      }
    }
  }
  return runs;
}

/**
 * Splits findings into those an allow-list entry covers and the rest. An entry covers a finding
 * in the same file whose shared characters lie within the entry's text (compared as Han characters,
 * normalised the same way), so an entry never excuses a longer copy around its quotation.
 */
export function applyAllowList(runs: SharedRun[], allow: AllowEntry[]): { findings: SharedRun[]; allowed: SharedRun[]; unused: AllowEntry[] } {
  const normalised = allow.map((entry) => ({ entry, han: normaliseHan(entry.text) }));
  const used = new Set<AllowEntry>();
  const findings: SharedRun[] = [];
  const allowed: SharedRun[] = [];
  for (const run of runs) {
    const match = normalised.find(({ entry, han }) => entry.file === run.file && han.includes(run.han));
    if (match) {
      used.add(match.entry);
      allowed.push(run);
    } else findings.push(run);
  }
  return { findings, allowed, unused: allow.filter((entry) => !used.has(entry)) };
}

/** One line per finding: file, seed, length and the shared text. */
export function formatRun(run: SharedRun): string {
  return `${run.file}: ${run.length} Han characters shared with seed ${run.seed}: “${run.text.replace(/\s+/g, ' ')}”`;
}

// ---------------------------------------------------------------------------------------------
// Loaders (file system) for the CLI and the whole-course test.

/** The seeds folder: $OWN_WORDS_SEEDS, else the first `shared/seeds` found beside the root or an ancestor of it. */
export function findSeedsDir(root: string): string | undefined {
  const fromEnv = process.env['OWN_WORDS_SEEDS'];
  if (fromEnv) return resolve(fromEnv);
  let dir = resolve(root);
  for (;;) {
    const parent = dirname(dir);
    const candidate = join(parent, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function loadSeeds(seedsDir: string): Promise<SeedText[]> {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(seedsDir, name), 'utf8') })));
}

/** Every lesson (.mdx) and question (.yaml) file of the course under a repository root. */
async function loadCourseTexts(root: string): Promise<CourseText[]> {
  const texts: CourseText[] = [];
  for (const [dir, pattern] of [
    ['content/lessons', /\.mdx?$/],
    ['content/questions', /\.ya?ml$/],
  ] as const) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    const paths = entries
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const path of paths) texts.push({ file: relative(root, path).split(sep).join('/'), text: await readFile(path, 'utf8') });
  }
  return texts;
}

export const ALLOW_LIST = 'test/own-words-allow.yaml';

async function loadAllowList(root: string): Promise<AllowEntry[]> {
  const path = join(root, ALLOW_LIST);
  if (!existsSync(path)) return [];
  const data = parse(await readFile(path, 'utf8')) as unknown;
  if (data == null) return [];
  if (!Array.isArray(data)) throw new Error(`${ALLOW_LIST}: expected a list of { file, text, why }`);
  return data.map((item, index) => {
    const { file, text, why } = (item ?? {}) as Record<string, unknown>;
    if (typeof file !== 'string' || typeof text !== 'string' || typeof why !== 'string' || !why.trim()) {
      throw new Error(`${ALLOW_LIST}: entry ${index + 1} needs file, text and why (all text)`);
    }
    return { file, text, why };
  });
}

/** The whole check over a repository root: findings not covered by the allow-list, and unused entries. */
export async function checkOwnWords(root: string, seedsDir: string) {
  const [course, seeds, allow] = await Promise.all([loadCourseTexts(root), loadSeeds(seedsDir), loadAllowList(root)]);
  return applyAllowList(findSharedRuns(course, seeds), allow);
}
