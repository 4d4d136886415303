/**
 * The trainer's team report, made in the browser from the progress files learners exported: one row
 * per learner, completion per lesson, and the questions the team gets wrong most. Nothing is uploaded.
 */
import { readProgressFile, type ProgressFileError } from './progress/transfer.ts';
import { fill } from './template.ts';
import type { ProgressData } from './progress/types.ts';

/** A file the trainer dropped: its name, its text, and its size in bytes (a file too large is not read: its text is empty). */
export interface DroppedFile {
  name: string;
  text: string;
  bytes?: number | undefined;
}

/** What the report needs to know about the course. */
export interface TeamCourse {
  lessons: readonly { id: string; title: string }[];
  /** Question ids of the bank; attempts at other ids (removed questions) are not counted. */
  questions: ReadonlySet<string>;
}

export interface LearnerRow {
  name: string;
  file: string;
  /** Lessons of the course completed. */
  completed: number;
  /** The last thing the learner did (a visit, an answer, an exam), epoch ms; null when nothing. */
  lastActivity: number | null;
  /** The best mock exam, null when none was taken. */
  bestExam: { score: number; passed: boolean } | null;
}

export interface LessonRow {
  id: string;
  title: string;
  /** Learners who completed it. */
  completed: number;
}

export interface QuestionRow {
  id: string;
  /** Learners who answered it wrong at least once. */
  learnersWrong: number;
  /** Learners who answered it at all. */
  learnersAnswered: number;
  wrong: number;
  attempts: number;
}

/**
 * A notice about one file, for the page to word (`team.notice.<code>`, or `progressFile.<code>` for a
 * file that could not be read): not a progress export, too large, a second file of a learner, repaired entries.
 */
export type FileNotice = { file: string } & (
  | { code: 'unreadable'; error: ProgressFileError }
  | { code: 'notProgress' }
  | { code: 'dropped'; count: number }
  | { code: 'noName'; name: string }
  | { code: 'sameLearner'; kept: string; name: string }
);

export interface TeamReport {
  learners: LearnerRow[];
  lessons: LessonRow[];
  hardest: QuestionRow[];
  notices: FileNotice[];
}

/** How many questions the report lists as the ones most often got wrong. */
export const HARDEST_COUNT = 10;

/** A learner's name as the same person writes it in two files: spaces and letter case ignored. */
const sameName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function lastActivity(data: ProgressData): number | null {
  const times = [
    ...Object.values(data.lessons).map((l) => l.lastVisit),
    ...Object.values(data.attempts).flatMap((list) => list.map((a) => a.at)),
    ...data.exams.map((e) => e.submittedAt),
  ];
  return times.length ? Math.max(...times) : null;
}

/**
 * The report of `files`. A file that is not a progress export is skipped with a notice; of two files
 * from the same learner (the same name), the one exported later counts and the other gets a notice.
 * Learners are sorted by name; every text in the result is plain text for the page to show as text.
 */
export function buildTeamReport(files: readonly DroppedFile[], course: TeamCourse): TeamReport {
  const notices: FileNotice[] = [];
  const byLearner = new Map<string, { name: string; file: string; data: ProgressData; exportedAt: number }>();
  for (const file of files) {
    const read = readProgressFile(file.text, file.bytes);
    if (!read.ok) {
      notices.push(read.error.code === 'notProgress' ? { file: file.name, code: 'notProgress' } : { file: file.name, code: 'unreadable', error: read.error });
      continue;
    }
    if (read.dropped.length) notices.push({ file: file.name, code: 'dropped', count: read.dropped.length });
    const name = read.data.learnerName.trim() || file.name.replace(/\.json$/i, '');
    if (!read.data.learnerName.trim()) notices.push({ file: file.name, code: 'noName', name });
    const key = sameName(name);
    const other = byLearner.get(key);
    if (other) {
      const [kept, skipped] = read.exportedAt > other.exportedAt ? [{ name, file: file.name }, other] : [other, { name, file: file.name }];
      notices.push({ file: skipped.file, code: 'sameLearner', kept: kept.file, name: kept.name });
      if (kept === other) continue;
    }
    byLearner.set(key, { name, file: file.name, data: read.data, exportedAt: read.exportedAt });
  }

  const lessonIds = new Set(course.lessons.map((l) => l.id));
  const entries = [...byLearner.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const learners = entries.map(({ name, file, data }): LearnerRow => {
    const completed = Object.entries(data.lessons).filter(([id, l]) => lessonIds.has(id) && l.completedAt !== undefined).length;
    const best = data.exams.reduce<ProgressData['exams'][number] | null>((top, e) => (!top || e.score > top.score ? e : top), null);
    return { name, file, completed, lastActivity: lastActivity(data), bestExam: best ? { score: best.score, passed: best.passed } : null };
  });
  const lessons = course.lessons.map((l) => ({ id: l.id, title: l.title, completed: entries.filter((e) => e.data.lessons[l.id]?.completedAt !== undefined).length }));

  const questions = new Map<string, QuestionRow>();
  for (const { data } of entries) {
    for (const [id, attempts] of Object.entries(data.attempts)) {
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

/** Words of the learner table, from the page's UI strings. */
export interface TableWords {
  header: readonly string[];
  notTaken: string;
  passed: string;
  failed: string;
  date: (ms: number) => string;
}

/** The learner table as rows of text, header first, for the page, CSV and Excel alike. */
export function learnerTable(report: TeamReport, totalLessons: number, words: TableWords): string[][] {
  return [
    [...words.header],
    ...report.learners.map((l) => [
      l.name,
      `${l.completed} / ${totalLessons}`,
      l.lastActivity === null ? '—' : words.date(l.lastActivity),
      l.bestExam ? `${Math.round(l.bestExam.score * 100)}%` : words.notTaken,
      l.bestExam ? (l.bestExam.passed ? words.passed : words.failed) : '—',
      l.file,
    ]),
  ];
}

/** The labels a notice is worded with: one per notice, and one per reason a file could not be read. */
export type NoticeLabel = `notice.${FileNotice['code']}` | `file.${ProgressFileError['code']}`;

/** A notice in the page's words. */
export function noticeText(notice: FileNotice, label: (key: NoticeLabel) => string): string {
  switch (notice.code) {
    case 'unreadable': {
      const { code, ...values } = notice.error;
      return fill(label('notice.unreadable'), { error: fill(label(`file.${code}`), values) });
    }
    case 'notProgress':
      return label('notice.notProgress');
    case 'dropped':
      return fill(label('notice.dropped'), { count: notice.count });
    case 'noName':
      return fill(label('notice.noName'), { name: notice.name });
    case 'sameLearner':
      return fill(label('notice.sameLearner'), { kept: notice.kept, name: notice.name });
  }
}
