/**
 * The team report as files: CSV (the learner table as sortable text) and Excel (three sheets of typed
 * cells; the workbook library loads only when asked for).
 */
import { toCsv } from '../../lib/csv.ts';
import { localDateTime } from '../../lib/dates.ts';
import type { TeamReport } from '../../lib/team-report.ts';
import { hardestSheet, learnerSheet, lessonSheet, sheetText, whoSheet, type ReportSheet } from '../../lib/team-sheets.ts';
import { describeQuestion } from './report-table.ts';
import type { TeamData, TeamLabel, Words } from './team-labels.ts';

const header = (words: Words) => (key: string) => words(`col.${key}` as TeamLabel);

function learners(report: TeamReport, data: TeamData, words: Words): ReportSheet {
  return learnerSheet(report, data.lessons.length, { withStaffId: words('withStaffId'), notTaken: words('notTaken'), passed: words('passed'), failed: words('failed') });
}

/** The learner table as CSV text. */
export function reportCsv(report: TeamReport, data: TeamData, words: Words): string {
  return toCsv(sheetText(learners(report, data, words), header(words), localDateTime));
}

/** The workbook: learners, completion per lesson, who completed which lesson, the hardest questions. */
export async function reportWorkbook(report: TeamReport, data: TeamData, words: Words): Promise<Blob> {
  // The workbook library is large: it loads only now, when the trainer asks for Excel.
  const { workbookBlob } = await import('./team-workbook.ts');
  const sheets = [
    learners(report, data, words),
    lessonSheet(report),
    whoSheet(report, data.lessons, { withStaffId: words('withStaffId') }),
    hardestSheet(report, (id) => describeQuestion(data, id, words)),
  ];
  const names = { learners: words('sheetLearners'), lessons: words('sheetLessons'), who: words('sheetWho'), hardest: words('sheetHardest') };
  // The who-did-what sheet's columns are the lessons, headed by their titles.
  const titles = new Map(data.lessons.map((l) => [l.id, l.title]));
  const headerOf = (sheet: ReportSheet, key: string) => (sheet.key === 'who' && titles.has(key) ? titles.get(key)! : header(words)(key));
  return workbookBlob(sheets.map((sheet) => ({ name: names[sheet.key], headers: sheet.columns.map((c) => headerOf(sheet, c.key)), sheet })));
}
