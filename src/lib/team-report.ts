/**
 * The trainer's team report, made in the browser: one row per learner, completion per lesson, and the
 * questions the team gets wrong most. Nothing is uploaded.
 *
 * Its input is plain data, learner records (`LearnerRecord`): readLearnerFiles() makes them from the
 * progress files learners exported; another source (an LRS) can make them as well. Learners are told apart
 * by their id, never by their name: files of the same id merge, two people of the same name stay two rows.
 */
import { mergeProgress, readProgressFile, type ProgressFileError } from './progress/transfer.ts';
import type { ProgressData } from './progress/types.ts';
import { emptyProgress } from './progress/validate.ts';
import { isCountedExam, paperOf, type PaperKind } from './exam-papers.ts';

/** A file the trainer dropped: its name, its text, and its size in bytes (a file too large is not read: its text is empty). */
export interface DroppedFile {
  name: string;
  text: string;
  bytes?: number | undefined;
}

/** The part of a learner's progress the report counts. */
type ReportProgress = Pick<ProgressData, 'lessons' | 'attempts' | 'exams'>;

/** One learner's progress from one source, as the report takes it. */
interface LearnerRecord {
  /** Where it came from, for the trainer: a file name (or an address). */
  source: string;
  /** The learner's own id; '' when the source has none (files exported before ids existed). */
  id: string;
  /** The name the learner gave; '' when none. */
  name: string;
  /** The 工号 the learner gave; '' when none. */
  staffId: string;
  /** When it was exported, epoch ms: of two records of one learner, the later one's name and 工号 count. */
  exportedAt: number;
  progress: ReportProgress;
}

/** What the report needs to know about the course. */
export interface TeamCourse {
  lessons: readonly { id: string; title: string }[];
  /** Question ids of the bank; attempts at other ids (removed questions) are not counted. */
  questions: ReadonlySet<string>;
  /** The exam's papers: a learner's best exam is the best on a full paper (isCountedExam), named by its title. */
  papers: readonly (PaperKind & { title: string })[];
}

export interface LearnerRow {
  /** The learner's id; '' for a file exported before ids existed (such a file is a row of its own). */
  id: string;
  /** The name to show (the file's name, without ".json", when the learner gave none). */
  name: string;
  staffId: string;
  /** 0, or 1, 2… among rows that would otherwise read the same (same name, same or no 工号), in id order. */
  namesake: number;
  /** The sources merged into this row, oldest export first. */
  sources: string[];
  /** Lessons of the course completed. */
  completed: number;
  /** When each lesson of the course was completed (epoch ms), by lesson id: who did which lesson. */
  completedAt: Record<string, number>;
  /** The last thing the learner did (a visit, an answer, an exam), epoch ms; null when nothing. */
  lastActivity: number | null;
  /** The best mock exam on a full paper and the paper's title; null when none was taken (a self-test does not count). */
  bestExam: { score: number; passed: boolean; paper: string } | null;
}

interface LessonRow {
  id: string;
  title: string;
  /** Learners who completed it. */
  completed: number;
}

interface QuestionRow {
  id: string;
  /** Learners who answered it wrong at least once. */
  learnersWrong: number;
  /** Learners who answered it at all. */
  learnersAnswered: number;
  wrong: number;
  attempts: number;
}

/**
 * Something the trainer should know, as data; the page words it (`team.notice.<code>` in zh-CN.json).
 * `source` names the file (empty for a notice about several learners).
 */
export type TeamNotice =
  | { code: 'notProgress'; source: string }
  | { code: 'unreadable'; source: string; error: ProgressFileError }
  | { code: 'dropped'; source: string; reasons: string[] }
  | { code: 'noName'; source: string; name: string }
  | { code: 'noId'; source: string; name: string }
  | { code: 'merged'; source: string; into: string; name: string; id: string }
  | { code: 'namesakes'; source: ''; name: string; learners: { label: LearnerLabelParts; id: string }[] };

/** What tells a learner's row apart: the name, the 工号 and the namesake number (see learnerLabel). */
export type LearnerLabelParts = Pick<LearnerRow, 'name' | 'staffId' | 'namesake'>;

export interface TeamReport {
  learners: LearnerRow[];
  lessons: LessonRow[];
  hardest: QuestionRow[];
  notices: TeamNotice[];
}

/** How many questions the report lists as the ones most often got wrong. */
export const HARDEST_COUNT = 10;

/** A name as the same person writes it in two places: spaces and letter case ignored. */
const sameName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The records in `files`, and a notice for each file that is not one, or not quite. */
function readLearnerFiles(files: readonly DroppedFile[]): { records: LearnerRecord[]; notices: TeamNotice[] } {
  const records: LearnerRecord[] = [];
  const notices: TeamNotice[] = [];
  for (const file of files) {
    const read = readProgressFile(file.text, file.bytes);
    if (!read.ok) {
      notices.push(read.error.code === 'notProgress' ? { code: 'notProgress', source: file.name } : { code: 'unreadable', source: file.name, error: read.error });
      continue;
    }
    if (read.dropped.length) notices.push({ code: 'dropped', source: file.name, reasons: read.dropped });
    const { learnerId, learnerName, staffId, lessons, attempts, exams } = read.data;
    records.push({ source: file.name, id: learnerId, name: learnerName.trim(), staffId, exportedAt: read.exportedAt, progress: { lessons, attempts, exams } });
  }
  return { records, notices };
}

function lastActivity(data: ReportProgress): number | null {
  const times = [
    ...Object.values(data.lessons).map((l) => l.lastVisit),
    ...Object.values(data.attempts).flatMap((list) => list.map((a) => a.at)),
    ...data.exams.map((e) => e.submittedAt),
  ];
  return times.length ? Math.max(...times) : null;
}

const full = (progress: ReportProgress): ProgressData => ({ ...emptyProgress(0), ...progress });

/** A learner as gathered from their records: merged progress, the latest name and 工号. */
interface Learner {
  id: string;
  name: string;
  staffId: string;
  sources: string[];
  exportedAt: number;
  progress: ReportProgress;
}

/**
 * Gathers records by learner id. Records of the same id merge (every lesson, answer and exam of each
 * kept once: mergeProgress), named by the latest export. A record without an id stays on its own, never
 * merged by its name alone.
 */
function gather(records: readonly LearnerRecord[], notices: TeamNotice[]): Learner[] {
  const byId = new Map<string, Learner>();
  const learners: Learner[] = [];
  for (const record of [...records].sort((a, b) => a.exportedAt - b.exportedAt)) {
    const name = record.name || record.source.replace(/^.*\//, '').replace(/\.json$/i, '');
    if (!record.name) notices.push({ code: 'noName', source: record.source, name });
    if (!record.id) notices.push({ code: 'noId', source: record.source, name });
    const known = record.id ? byId.get(record.id) : undefined;
    if (!known) {
      const learner = { id: record.id, name, staffId: record.staffId, sources: [record.source], exportedAt: record.exportedAt, progress: record.progress };
      learners.push(learner);
      if (record.id) byId.set(record.id, learner);
      continue;
    }
    notices.push({ code: 'merged', source: record.source, into: known.sources[0]!, name, id: record.id });
    known.progress = mergeProgress(full(known.progress), full(record.progress)).data;
    known.sources.push(record.source);
    known.name = record.name ? name : known.name;
    known.staffId = record.staffId || known.staffId;
  }
  return learners;
}

/** ① to ⑳, then (21), (22)…: the mark that tells namesakes apart. */
export const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : `(${n})`);

/**
 * How a row names its learner, from the page's template for a name with its 工号 (e.g. "{name}（工号 {staffId}）"):
 * 张三, 张三（工号 1024）, 张三 ②.
 */
export function learnerLabel({ name, staffId, namesake }: LearnerLabelParts, withStaffId: string): string {
  const base = staffId ? withStaffId.replace('{name}', name).replace('{staffId}', staffId) : name;
  return namesake ? `${base} ${circled(namesake)}` : base;
}

/**
 * The report of `records`. Learners are sorted by name, then by 工号 and id; same-name learners are
 * told apart by their 工号, or numbered ①, ② in id order, and a notice lists them with their ids.
 * Every text in the result is plain text for the page to show as text.
 */
function buildTeamReport(records: readonly LearnerRecord[], course: TeamCourse, notices: TeamNotice[] = []): TeamReport {
  notices = [...notices];
  const lessonIds = new Set(course.lessons.map((l) => l.id));
  const byKey = (a: Learner, b: Learner) =>
    // Learners with an id before files without one; otherwise in the order read (the sort is stable).
    a.name.localeCompare(b.name, 'zh-CN') || a.staffId.localeCompare(b.staffId) || Number(!a.id) - Number(!b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const entries = gather(records, notices).sort(byKey);
  const learners = entries.map(({ id, name, staffId, sources, progress }): LearnerRow => {
    const completedAt = Object.fromEntries(
      Object.entries(progress.lessons).flatMap(([lesson, l]) => (lessonIds.has(lesson) && l.completedAt !== undefined ? [[lesson, l.completedAt] as const] : [])),
    );
    const completed = Object.keys(completedAt).length;
    const best = progress.exams
      .filter((e) => isCountedExam(e, course.papers))
      .reduce<ProgressData['exams'][number] | null>((top, e) => (!top || e.score > top.score ? e : top), null);
    // A counted exam's paper is one of the blueprint's (isCountedExam).
    const bestExam = best && { score: best.score, passed: best.passed, paper: paperOf(best, course.papers)!.title };
    return { id, name, staffId, namesake: 0, sources, completed, completedAt, lastActivity: lastActivity(progress), bestExam };
  });
  // Rows that would read the same get numbers; learners of the same name get a notice either way.
  const groups = (key: (row: LearnerRow) => string) => {
    const map = new Map<string, LearnerRow[]>();
    for (const row of learners) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  for (const same of groups((row) => `${sameName(row.name)}\u0000${row.staffId}`).values()) if (same.length > 1) same.forEach((row, i) => (row.namesake = i + 1));
  for (const same of groups((row) => sameName(row.name)).values()) {
    if (same.length < 2) continue;
    notices.push({ code: 'namesakes', source: '', name: same[0]!.name, learners: same.map((row) => ({ label: row, id: row.id })) });
  }
  const lessons = course.lessons.map((l) => ({ id: l.id, title: l.title, completed: entries.filter((e) => e.progress.lessons[l.id]?.completedAt !== undefined).length }));

  const questions = new Map<string, QuestionRow>();
  for (const { progress } of entries) {
    for (const [id, attempts] of Object.entries(progress.attempts)) {
      if (!course.questions.has(id) || attempts.length === 0) continue;
      const row = questions.get(id) ?? { id, learnersWrong: 0, learnersAnswered: 0, wrong: 0, attempts: 0 };
      const wrong = attempts.filter((a) => !a.correct).length;
      row.learnersAnswered++;
      if (wrong) row.learnersWrong++;
      row.wrong += wrong;
      row.attempts += attempts.length;
      questions.set(id, row);
    }
  }
  const hardest = [...questions.values()]
    .filter((q) => q.wrong > 0)
    .sort((a, b) => b.learnersWrong - a.learnersWrong || b.wrong / b.attempts - a.wrong / a.attempts || a.id.localeCompare(b.id))
    .slice(0, HARDEST_COUNT);
  return { learners, lessons, hardest, notices };
}

/** The report of the files a trainer dropped: readLearnerFiles() then buildTeamReport(). */
export function teamReportFromFiles(files: readonly DroppedFile[], course: TeamCourse): TeamReport {
  const { records, notices } = readLearnerFiles(files);
  return buildTeamReport(records, course, notices);
}
