import type { PROGRESS_FILE_ERRORS, SKIPPED_WORDS } from '../../lib/progress/transfer.ts';
import type { TeamCourse } from '../../lib/team-report.ts';
/** The labels of the team report's parts, listed once for TeamReport.astro to pass and the parts to read. */
export const TEAM_LABELS = [
  'reading',
  'summary',
  'skipped',
  'duplicate',
  'cleared',
  'notTaken',
  'passed',
  'failed',
  'preparing',
  'exported',
  'exportFailed',
  'fileName',
  'lessonDone',
  'hardestMeta',
  'unknownQuestion',
  'sheetLessons',
  'sheetHardest',
  'sheetWho',
  'sheetLearners',
  'withStaffId',
  'noId',
  'col.name',
  'col.completed',
  'col.last',
  'col.exam',
  'col.paper',
  'col.passed',
  'col.file',
  'col.staffId',
  'col.learnerId',
  'col.total',
  'col.completion',
  'col.lesson',
  'col.done',
  'col.learnerCount',
  'col.question',
  'col.learnersWrong',
  'col.learnersAnswered',
  'col.wrongTimes',
  'col.attempts',
  'col.wrongRate',
  'notice.notProgress',
  'notice.unreadable',
  'notice.dropped',
  'notice.noName',
  'notice.noId',
  'notice.merged',
  'notice.namesakes',
  'notice.namesake',
  'notice.namesakeNoId',
  'notice.sameName',
] as const;

/** Why a file could not be read, and what of it was skipped, is worded as on the learner's progress page (`progressFile.<key>`). */
export type TeamLabel = (typeof TEAM_LABELS)[number] | `file.${(typeof PROGRESS_FILE_ERRORS)[number] | (typeof SKIPPED_WORDS)[number]}`;

/** Reads one label; the parts get it from the element (`label()`). */
export type Words = (key: TeamLabel) => string;

/** What the page puts in its JSON script. */
export interface TeamData {
  lessons: { id: string; title: string }[];
  /** The exam's papers (TeamCourse's). */
  papers: TeamCourse['papers'];
  /** Question id → [short stem, index of its lesson in `lessons`]. */
  questions: Record<string, [string, number]>;
}
