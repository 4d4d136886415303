/** The labels of the team report's parts, listed once for TeamReport.astro to pass and the parts to read. */
export const TEAM_LABELS = [
  'reading',
  'summary',
  'empty',
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
  'sheetLearners',
  'withStaffId',
  'noId',
  'col.name',
  'col.completed',
  'col.last',
  'col.exam',
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

/** Why a file could not be read: worded as on the learner's progress page (`progressFile.<code>`). */
export const FILE_ERRORS = ['notProgress', 'newer', 'damaged', 'tooLarge'] as const;

export type TeamLabel = (typeof TEAM_LABELS)[number] | `file.${(typeof FILE_ERRORS)[number]}`;

/** Reads one label; the parts get it from the element (`label()`). */
export type Words = (key: TeamLabel) => string;

/** What the page puts in its JSON script. */
export interface TeamData {
  lessons: { id: string; title: string }[];
  /** Question id → [short stem, index of its lesson in `lessons`]. */
  questions: Record<string, [string, number]>;
}
