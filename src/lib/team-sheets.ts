/**
 * The team report as sheets: tables of typed cells, for Excel (numbers, percentages, dates as such, so a
 * spreadsheet sorts and averages them) and for CSV (text that sorts as it reads).
 */
import { learnerLabel, type TeamReport } from './team-report.ts';

/** How a column's cells are written: text; a whole number; a share between 0 and 1; a time in epoch ms. */
export type CellKind = 'text' | 'count' | 'percent' | 'date';

/** A cell: text, a number (a count, a share, or epoch ms for a date), or null for an empty cell. */
export type CellValue = string | number | null;

/** One table of the export; `key` names each column's header (`team.col.<key>` in zh-CN.json). */
export interface ReportSheet {
  key: 'learners' | 'lessons' | 'who' | 'hardest';
  columns: readonly { key: string; kind: CellKind }[];
  rows: CellValue[][];
}

/** Words the learner sheet needs from the page. */
export interface SheetWords {
  /** Template of a name with its 工号, e.g. "{name}（工号 {staffId}）". */
  withStaffId: string;
  notTaken: string;
  passed: string;
  failed: string;
}

const share = (part: number, whole: number) => (whole ? part / whole : null);

/** One row per learner: counts, shares and times as numbers, so a spreadsheet sorts and sums them. */
export function learnerSheet(report: TeamReport, totalLessons: number, words: SheetWords): ReportSheet {
  const columns = [
    { key: 'name', kind: 'text' },
    { key: 'staffId', kind: 'text' },
    { key: 'learnerId', kind: 'text' },
    { key: 'completed', kind: 'count' },
    { key: 'total', kind: 'count' },
    { key: 'completion', kind: 'percent' },
    { key: 'last', kind: 'date' },
    { key: 'exam', kind: 'percent' },
    { key: 'paper', kind: 'text' },
    { key: 'passed', kind: 'text' },
    { key: 'file', kind: 'text' },
  ] as const;
  const rows = report.learners.map((l) => [
    learnerLabel(l, words.withStaffId),
    l.staffId,
    l.id,
    l.completed,
    totalLessons,
    share(l.completed, totalLessons),
    l.lastActivity,
    l.bestExam?.score ?? null,
    l.bestExam?.paper ?? '',
    l.bestExam ? (l.bestExam.passed ? words.passed : words.failed) : words.notTaken,
    l.sources.join('、'),
  ]);
  return { key: 'learners', columns, rows };
}

/** One row per lesson: learners who completed it, of how many, and the share. */
export function lessonSheet(report: TeamReport): ReportSheet {
  const learners = report.learners.length;
  const columns = [
    { key: 'lesson', kind: 'text' },
    { key: 'done', kind: 'count' },
    { key: 'learnerCount', kind: 'count' },
    { key: 'completion', kind: 'percent' },
  ] as const;
  return { key: 'lessons', columns, rows: report.lessons.map((l) => [l.title, l.completed, learners, share(l.completed, learners)]) };
}

/** The questions most often got wrong, each with its stem and lesson title from `describe`. */
export function hardestSheet(report: TeamReport, describe: (id: string) => { stem: string; lesson: string }): ReportSheet {
  const columns = [
    { key: 'question', kind: 'text' },
    { key: 'lesson', kind: 'text' },
    { key: 'learnersWrong', kind: 'count' },
    { key: 'learnersAnswered', kind: 'count' },
    { key: 'wrongTimes', kind: 'count' },
    { key: 'attempts', kind: 'count' },
    { key: 'wrongRate', kind: 'percent' },
  ] as const;
  const rows = report.hardest.map((q) => {
    const { stem, lesson } = describe(q.id);
    return [stem, lesson, q.learnersWrong, q.learnersAnswered, q.wrong, q.attempts, share(q.wrong, q.attempts)];
  });
  return { key: 'hardest', columns, rows };
}

/** Who completed which lesson: a row per learner, a column per lesson, the date each was completed (empty: not yet). */
export function whoSheet(report: TeamReport, lessons: readonly { id: string }[], words: Pick<SheetWords, 'withStaffId'>): ReportSheet {
  const columns = [{ key: 'name', kind: 'text' as const }, ...lessons.map((l) => ({ key: l.id, kind: 'date' as const }))];
  return { key: 'who', columns, rows: report.learners.map((l) => [learnerLabel(l, words.withStaffId), ...lessons.map((lesson) => l.completedAt[lesson.id] ?? null)]) };
}

/**
 * A sheet as rows of text for CSV, header first: numbers plain, shares as percentages without the sign
 * (the header says "（%）"), times as local "YYYY-MM-DD HH:mm", so every column sorts as it reads.
 */
export function sheetText(sheet: ReportSheet, header: (key: string) => string, date: (ms: number) => string): string[][] {
  const text = (value: CellValue, kind: CellKind) =>
    value === null ? '' : kind === 'percent' ? String(Math.round((value as number) * 1000) / 10) : kind === 'date' ? date(value as number) : String(value);
  return [
    sheet.columns.map((c) => (c.kind === 'percent' ? `${header(c.key)}（%）` : header(c.key))),
    ...sheet.rows.map((row) => row.map((value, i) => text(value, sheet.columns[i]!.kind))),
  ];
}
