import { migrate } from './migrate.ts';
import { MAX_ATTEMPTS } from './record.ts';
import { PROGRESS_VERSION, type Attempt, type ProgressData } from './types.ts';
import { isRecord, validateProgress } from './validate.ts';

const FORMAT = 'cs-course-progress';

/**
 * The largest progress file read: a year of daily study is well under 1 MB, so a larger file is
 * something else, and reading it would only hold up the page.
 */
export const MAX_PROGRESS_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Why a file cannot be read, for the page to say in its own words (`progressFile.<code>` in
 * src/i18n/zh-CN.json): not a progress export, exported by a newer course, damaged, empty, an export cut
 * short, too large.
 */
export type ProgressFileError = { code: 'notProgress' | 'newer' | 'damaged' | 'empty' | 'incomplete' } | { code: 'tooLarge'; megabytes: number; limit: number };

/** Every code of ProgressFileError, for the pages that word them. */
export const PROGRESS_FILE_ERRORS = ['notProgress', 'newer', 'damaged', 'empty', 'incomplete', 'tooLarge'] as const satisfies readonly ProgressFileError['code'][];

/** The outcome of importProgress: merged data and what it added (and whose the file is, when another learner's), or why the file was refused. */
export type ImportResult =
  | { ok: true; data: ProgressData; added: { attempts: number; lessons: number; exams: number }; dropped: string[]; otherLearner?: { name: string; id: string } }
  | { ok: false; error: ProgressFileError };

/** The progress as a pretty-printed JSON file the learner can keep or carry to another browser. */
export function exportProgress(data: ProgressData, exportedAt = Date.now()): string {
  return JSON.stringify({ format: FORMAT, version: PROGRESS_VERSION, exportedAt, data }, null, 2);
}

/**
 * Merges an exported file into `current` without duplicates, or refuses it saying why. `current` itself
 * is never changed. Invalid entries in the file are skipped and listed in `dropped`. `bytes` is the file's
 * size, when the page knows it (a file too large is refused before it is read).
 */
export function importProgress(text: string, current: ProgressData, bytes?: number): ImportResult {
  const read = readProgressFile(text, bytes);
  if (!read.ok) return read;
  const other = otherLearner(current, read.data);
  return { ok: true, ...mergeProgress(current, read.data), dropped: read.dropped, ...(other ? { otherLearner: other } : {}) };
}

/** Whether `data` is progress nobody has used yet: a new browser, where a file restores the learner's progress. */
function isUnused(data: ProgressData): boolean {
  return !data.exams.length && !Object.keys({ ...data.lessons, ...data.attempts, ...data.notebook, ...data.practice, ...data.favourites, ...data.pathSteps }).length;
}

/**
 * The learner of `incoming` when the file is another learner's: both have an id, the ids differ, and this
 * device's progress is in use. Merged, the other's lessons and exams would count as this learner's, also in
 * what goes to the trainer; the page asks first.
 */
function otherLearner(current: ProgressData, incoming: ProgressData): { name: string; id: string } | undefined {
  if (isUnused(current) || !current.learnerId || !incoming.learnerId || current.learnerId === incoming.learnerId) return undefined;
  return { name: incoming.learnerName, id: incoming.learnerId };
}

/**
 * Merged progress of a file that, the learner says, is their own from another device: it keeps the id it had
 * there (`fileLearnerId`), so what reaches the trainer stays one learner's.
 */
export function asOwnProgress(merged: ProgressData, fileLearnerId: string): ProgressData {
  return { ...merged, learnerId: fileLearnerId };
}

/** The parts of progress an entry skipped on import can belong to, each named on the page (`progressFile.part.<part>`). */
const PROGRESS_PARTS = [
  'lessons',
  'attempts',
  'exams',
  'notebook',
  'practice',
  'favourites',
  'pathSteps',
  'path',
  'examSession',
  'learnerName',
  'learnerId',
  'staffId',
  'updatedAt',
  'exportedAt',
  'version',
  'other',
] as const;
type ProgressPart = (typeof PROGRESS_PARTS)[number];
/** The words describeSkipped asks for, `progressFile.<key>` in src/i18n/zh-CN.json. */
export const SKIPPED_WORDS = [...PROGRESS_PARTS.map((part) => `part.${part}` as const), 'entry', 'whole', 'nth', 'more'] as const;
const RECORD_LISTS: readonly ProgressPart[] = ['lessons', 'attempts', 'exams', 'notebook', 'practice', 'favourites', 'pathSteps'];

/**
 * What an entry skipped by validateProgress was (its reasons read `lessons["a/b"]: …`, `exams[0]: …`,
 * `path: …`, `lessons must be …`): the part of the progress, and which record of it, if one: its id, or an
 * exam's number (`nth`, from 1).
 */
function skippedEntry(reason: string): { part: ProgressPart; id?: string; nth?: number } {
  const known = (name: string | undefined): ProgressPart => PROGRESS_PARTS.find((part) => part === name) ?? 'other';
  const record = /^(\w+)\[("(?:[^"\\]|\\.)*"|\d+)\]/.exec(reason);
  if (!record) return { part: known(/^(\w+)[: ]/.exec(reason)?.[1]) };
  const part = known(record[1]);
  return record[2]!.startsWith('"') ? { part, id: JSON.parse(record[2]!) as string } : { part, nth: Number(record[2]) + 1 };
}

/**
 * The entries of a file skipped on import, named for the learner: "课程学习记录（a/b）、模拟考试记录（第 2 次）",
 * each once, the first `max` of them and "等" after. `word` gives the page's words: `progressFile.<key>` of
 * SKIPPED_WORDS.
 */
export function describeSkipped(dropped: readonly string[], word: (key: string, values?: Record<string, string | number>) => string, max = 5): string {
  const names = new Set(
    dropped.map((reason) => {
      const { part, id, nth } = skippedEntry(reason);
      const name = word(`part.${part}`);
      if (id !== undefined || nth !== undefined) return word('entry', { part: name, id: id ?? word('nth', { n: nth! }) });
      return RECORD_LISTS.includes(part) ? word('whole', { part: name }) : name;
    }),
  );
  const list = [...names].slice(0, max).join('、');
  return names.size > max ? word('more', { list }) : list;
}

/** An exported file read on its own: the progress it holds, or why it cannot be read. */
export type ReadResult = { ok: true; data: ProgressData; exportedAt: number; dropped: string[] } | { ok: false; error: ProgressFileError };

/** Whether a file of `bytes` is too large to be a progress export; the refusal gives its size and the limit in MB. */
function tooLarge(bytes: number): ProgressFileError | undefined {
  if (bytes <= MAX_PROGRESS_FILE_BYTES) return undefined;
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { code: 'tooLarge', megabytes: mb(bytes), limit: mb(MAX_PROGRESS_FILE_BYTES) };
}

/** Reads one exported progress file, for importing it or for a trainer's team report. */
export function readProgressFile(text: string, bytes = text.length): ReadResult {
  const large = tooLarge(bytes);
  if (large) return { ok: false, error: large };
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    // Our export cut short (a transfer that stopped, a file saved half-way): not someone else's file.
    if (/^\s*\{\s*"format"\s*:\s*"/.test(text) && text.includes(`"${FORMAT}"`)) return { ok: false, error: { code: 'incomplete' } };
  }
  if (!isRecord(file) || file.format !== FORMAT || typeof file.version !== 'number') return { ok: false, error: { code: 'notProgress' } };
  const raw = migrate(file.data);
  if ([file.version, isRecord(raw) && raw.version].some((v) => typeof v === 'number' && v > PROGRESS_VERSION)) {
    return { ok: false, error: { code: 'newer' } };
  }
  if (!isRecord(raw)) return { ok: false, error: { code: 'damaged' } };
  const { data, dropped } = validateProgress(raw);
  const exportedAt = typeof file.exportedAt === 'number' && Number.isFinite(file.exportedAt) ? file.exportedAt : data.updatedAt;
  return { ok: true, data, exportedAt, dropped };
}

/** What file systems refuse in a name: \ / : * ? " < > | and the control characters U+0000 to U+001F. */
const UNSAFE_IN_FILE_NAME = new RegExp(`[\\\\/:*?"<>|${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}]+`, 'g');

/**
 * The name of the file a learner sends to the trainer: `学习记录-王小明-2026-11-29.json`, with
 * characters that file systems refuse taken out of the name.
 */
export function trainerFileName(name: string, date: string, prefix = '学习记录'): string {
  const safe = name.replace(UNSAFE_IN_FILE_NAME, '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${[prefix, safe, date].filter(Boolean).join('-')}.json`;
}

// Scores to three decimals: SCORM suspend data keeps no more, and the same answer must match itself.
const attemptKey = (a: Attempt) => `${a.at}|${a.source}|${Math.round(a.score * 1000)}|${a.correct}`;
const byTime = (a: Attempt, b: Attempt) => a.at - b.at;

/**
 * `base` with `incoming` merged in: every record once, the widest span of visits, the furthest positions.
 * Neither side is changed, and nothing of either is lost, whichever is older.
 */
export function mergeProgress(base: ProgressData, incoming: ProgressData) {
  const out = structuredClone(base);
  // Progress nobody has used yet has no say in when the data last changed, nor in whose it is.
  const untouched = isUnused(base);
  const added = { attempts: 0, lessons: 0, exams: 0 };
  for (const [id, theirs] of Object.entries(incoming.lessons)) {
    const mine = out.lessons[id];
    if (!mine) {
      out.lessons[id] = theirs;
      added.lessons++;
      continue;
    }
    mine.firstVisit = Math.min(mine.firstVisit, theirs.firstVisit);
    mine.lastVisit = Math.max(mine.lastVisit, theirs.lastVisit);
    mine.seconds = Math.max(mine.seconds, theirs.seconds);
    const done = Math.min(mine.completedAt ?? Infinity, theirs.completedAt ?? Infinity);
    if (done < Infinity) mine.completedAt = done;
  }
  for (const [id, theirs] of Object.entries(incoming.attempts)) {
    const mine = (out.attempts[id] ??= []);
    const had = mine.length;
    const seen = new Set(mine.map(attemptKey));
    for (const attempt of theirs) {
      if (seen.has(attemptKey(attempt))) continue;
      seen.add(attemptKey(attempt));
      mine.push(attempt);
      added.attempts++;
    }
    // Sorted only when both sides had attempts, so importing into empty progress restores the file as it was.
    if (had) mine.sort(byTime).splice(0, mine.length - MAX_ATTEMPTS);
  }
  const examIds = new Set(out.exams.map((e) => e.id));
  for (const exam of incoming.exams) {
    if (examIds.has(exam.id)) continue;
    examIds.add(exam.id);
    out.exams.push(exam);
    added.exams++;
  }
  for (const [id, theirs] of Object.entries(incoming.notebook)) {
    const mine = out.notebook[id];
    if (!mine || theirs.lastWrongAt > mine.lastWrongAt) out.notebook[id] = theirs;
  }
  for (const [id, position] of Object.entries(incoming.practice)) out.practice[id] = Math.max(out.practice[id] ?? 0, position);
  for (const [id, at] of Object.entries(incoming.favourites)) out.favourites[id] = Math.min(out.favourites[id] ?? at, at);
  for (const [id, at] of Object.entries(incoming.pathSteps)) out.pathSteps[id] = Math.min(out.pathSteps[id] ?? at, at);
  // The path followed on this device is kept; the file's only when none is followed here.
  if (!out.path && incoming.path) out.path = incoming.path;
  // An exam under way on this device is kept; one from the file is taken only when there is none here.
  if (!out.examSession && incoming.examSession) out.examSession = incoming.examSession;
  // The id of progress nobody has used yet gives way to the file's: the learner carried their progress here.
  out.learnerId = (untouched && incoming.learnerId) || out.learnerId || incoming.learnerId;
  out.learnerName ||= incoming.learnerName;
  out.staffId ||= incoming.staffId;
  const exportedAt = Math.max(out.exportedAt ?? 0, incoming.exportedAt ?? 0);
  if (exportedAt) out.exportedAt = exportedAt;
  out.updatedAt = untouched ? incoming.updatedAt : Math.max(base.updatedAt, incoming.updatedAt);
  return { data: out, added };
}
