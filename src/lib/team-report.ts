/**
 * The trainer's team report, made in the browser from the progress files learners exported: one row
 * per learner, completion per lesson, and the questions the team gets wrong most. Nothing is uploaded.
 */
import { readProgressFile } from './progress/transfer.ts';
import type { ProgressData } from './progress/types.ts';

/** A file the trainer dropped: its name and its text. */
export interface DroppedFile {
  name: string;
  text: string;
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

/** A notice about one file: not a progress export, a second file of a learner, repaired entries. */
export interface FileNotice {
  file: string;
  message: string;
}

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
    const read = readProgressFile(file.text);
    if (!read.ok) {
      notices.push({ file: file.name, message: read.error.startsWith('这不是') ? '不是本课程导出的学习记录文件，已跳过' : `无法读取，已跳过：${read.error}` });
      continue;
    }
    if (read.dropped.length) notices.push({ file: file.name, message: `文件中有 ${read.dropped.length} 条记录已损坏，已略过，其余照常统计` });
    const name = read.data.learnerName.trim() || file.name.replace(/\.json$/i, '');
    if (!read.data.learnerName.trim()) notices.push({ file: file.name, message: `学员没有填写姓名，暂用文件名“${name}”代替；请让学员在“我的进度”页点“发给培训师”重新导出` });
    const key = sameName(name);
    const other = byLearner.get(key);
    if (other) {
      const [kept, skipped] = read.exportedAt > other.exportedAt ? [{ name, file: file.name }, other] : [other, { name, file: file.name }];
      notices.push({ file: skipped.file, message: `和“${kept.file}”是同一位学员（${kept.name}）的记录，只统计较新导出的“${kept.file}”` });
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
