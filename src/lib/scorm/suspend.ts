import type { Attempt, AttemptSource, ExamRecord, ProgressData } from '../progress/types.ts';
import { emptyProgress, validateProgress } from '../progress/validate.ts';

/**
 * Progress as SCORM suspend data: a compact summary that fits SCORM 1.2's 4,096 characters, so a
 * learner who opens the course from the LMS on another device gets back what they did. The full
 * detail stays in the browser; what is left out when space runs short is the oldest answers.
 *
 * Format (version 1): sections joined by "|", items by ",", fields by "." and numbers in base 36.
 *   1|<updatedAt>|L<lessons>|A<answers>|E<exams>|N<learner name>
 * Lessons and questions are named by a 5-character hash of their id, so the text stays short and
 * still reads right after the course gains or loses lessons; a hash the course does not know is skipped.
 */

/** SCORM 1.2's limit of cmi.suspend_data (SCORM 2004 allows 64,000). */
export const SCORM12_SUSPEND_LIMIT = 4096;

const FORMAT = '1';
const SOURCES: Record<AttemptSource, string> = { lesson: 'l', practice: 'p', exam: 'e', review: 'r' };
const n36 = (value: number) => Math.round(value).toString(36);
const p36 = (text: string | undefined) => (text && /^-?[0-9a-z]+$/.test(text) ? parseInt(text, 36) : NaN);

/** A 5-character base-36 hash of an id (FNV-1a), stable across builds. */
export function idHash(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 5).toString(36).padStart(5, '0');
}

/** The ids a suspend text may name: those of the course the page belongs to. */
export interface SuspendIds {
  lessonIds: readonly string[];
  questionIds: readonly string[];
}

/** The hash-to-id table of `ids`; a hash shared by two ids names neither. */
function table(ids: readonly string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const id of ids) {
    const hash = idHash(id);
    out.set(hash, out.has(hash) && out.get(hash) !== id ? null : id);
  }
  return out;
}

const lessonItem = (id: string, l: ProgressData['lessons'][string]) =>
  [idHash(id), n36(l.firstVisit), n36(l.lastVisit - l.firstVisit), l.completedAt === undefined ? '' : n36(l.completedAt - l.firstVisit), n36(l.seconds)].join('.');

// The source letter is upper case for a right answer.
const attemptItem = (id: string, a: Attempt) => {
  const source = SOURCES[a.source];
  return [idHash(id), n36(a.at), n36(a.score * 1000), a.correct ? source.toUpperCase() : source].join('.');
};

const examItem = (e: ExamRecord) =>
  [e.id, n36(e.seed), n36(e.startedAt), n36(e.submittedAt - e.startedAt), n36(e.score * 1000), n36(e.passMark * 1000), e.passed ? '1' : '0'].join('.');

/**
 * `data` as suspend data of at most `limit` characters. Always kept: the best and the latest exam,
 * then completed lessons, lessons visited, and each question's latest answer, newest first, while they fit.
 */
export function encodeSuspend(data: ProgressData, limit = SCORM12_SUSPEND_LIMIT): string {
  const name = data.learnerName.slice(0, 40);
  const best = [...data.exams].sort((a, b) => b.score - a.score || b.submittedAt - a.submittedAt)[0];
  const latest = [...data.exams].sort((a, b) => b.submittedAt - a.submittedAt)[0];
  const exams = [...new Set([best, latest])].filter((e): e is ExamRecord => !!e && /^[\w-]{1,60}$/.test(e.id)).map(examItem);
  const lessons = Object.entries(data.lessons).sort(([, a], [, b]) => Number(b.completedAt !== undefined) - Number(a.completedAt !== undefined) || b.lastVisit - a.lastVisit);
  const answers = Object.entries(data.attempts)
    .map(([id, list]) => [id, list.at(-1)] as const)
    .filter((pair): pair is readonly [string, Attempt] => !!pair[1])
    .sort(([, a], [, b]) => b.at - a.at);

  const parts = { L: [] as string[], A: [] as string[], E: [] as string[] };
  const render = () => [FORMAT, n36(data.updatedAt), `L${parts.L.join(',')}`, `A${parts.A.join(',')}`, `E${parts.E.join(',')}`, `N${name.replace(/[|]/g, '')}`].join('|');
  const fit = (key: keyof typeof parts, item: string) => {
    parts[key].push(item);
    if (render().length > limit) parts[key].pop();
  };
  for (const exam of exams) fit('E', exam);
  for (const [id, lesson] of lessons) fit('L', lessonItem(id, lesson));
  for (const [id, attempt] of answers) fit('A', attemptItem(id, attempt));
  const text = render();
  // Only a learner name longer than the whole limit could get here.
  return text.length <= limit ? text : text.slice(0, limit);
}

/**
 * The progress kept in `text` (from encodeSuspend), for the lessons and questions of `ids`; null when
 * the text is empty or not suspend data of this course. Damaged items are skipped, never guessed.
 */
export function decodeSuspend(text: string, ids: SuspendIds): ProgressData | null {
  const sections = text.split('|');
  if (sections[0] !== FORMAT || sections.length < 6) return null;
  const updatedAt = p36(sections[1]);
  if (!Number.isFinite(updatedAt)) return null;
  const section = (letter: string) => {
    const found = sections.find((s, i) => i > 1 && s.startsWith(letter));
    return found ? found.slice(1) : '';
  };
  const items = (letter: string) =>
    section(letter)
      .split(',')
      .filter(Boolean)
      .map((item) => item.split('.'));
  const lessons = table(ids.lessonIds);
  const questions = table(ids.questionIds);
  const raw = emptyProgress(updatedAt) as ProgressData & Record<string, unknown>;
  // The name is the last section and may hold anything but "|".
  raw.learnerName = sections.slice(5).join('|').startsWith('N') ? sections.slice(5).join('|').slice(1) : '';

  for (const [hash, first, last, done, seconds] of items('L')) {
    const id = lessons.get(hash ?? '');
    const firstVisit = p36(first);
    if (!id || !Number.isFinite(firstVisit)) continue;
    const entry: ProgressData['lessons'][string] = { firstVisit, lastVisit: firstVisit + p36(last), seconds: p36(seconds) };
    if (done) entry.completedAt = firstVisit + p36(done);
    raw.lessons[id] = entry;
  }
  const letters = Object.entries(SOURCES);
  for (const [hash, at, score, letter] of items('A')) {
    const id = questions.get(hash ?? '');
    const source = letters.find(([, l]) => l === letter?.toLowerCase())?.[0] as AttemptSource | undefined;
    if (!id || !source) continue;
    const attempt: Attempt = { at: p36(at), correct: letter === letter!.toUpperCase(), score: p36(score) / 1000, source };
    raw.attempts[id] = [attempt];
    // The wrong-answer notebook follows from a wrong latest answer.
    if (!attempt.correct) raw.notebook[id] = { addedAt: attempt.at, lastWrongAt: attempt.at, streak: 0 };
  }
  for (const [id, seed, startedAt, took, score, passMark, passed] of items('E')) {
    const start = p36(startedAt);
    if (!id) continue;
    raw.exams.push({
      id,
      seed: p36(seed),
      startedAt: start,
      submittedAt: start + p36(took),
      score: p36(score) / 1000,
      passMark: p36(passMark) / 1000,
      passed: passed === '1',
      questionIds: [],
      byModule: {},
    });
  }
  // Whatever is out of range (a damaged number) is dropped here, item by item.
  return validateProgress(raw).data;
}
