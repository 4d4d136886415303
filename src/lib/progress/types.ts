/** The learner's progress as kept in the browser and in exported files. Times are epoch milliseconds. */

/** Version of the stored shape: raise it and add a step to migrate.ts whenever the shape changes. */
export const PROGRESS_VERSION = 3;

/** Visits and study time for one lesson, keyed by lesson id (`<module>/<slug>`). */
export interface LessonProgress {
  firstVisit: number;
  lastVisit: number;
  completedAt?: number;
  seconds: number;
}

/** Where an answer was given. */
export type AttemptSource = 'lesson' | 'practice' | 'exam' | 'review';

/** One checked answer to a question. */
export interface Attempt {
  at: number;
  correct: boolean;
  /** Between 0 and 1. */
  score: number;
  source: AttemptSource;
  /** Short text of what the learner answered, at most 200 characters. */
  answer?: string;
  /**
   * The answer itself as the question reads it (a question type's response), so reopening a lesson
   * shows it again. Kept on a question's newest attempt only, at most MAX_RESPONSE_LENGTH characters of JSON.
   */
  response?: StoredResponse;
}

/** A question's response as stored: a plain object naming its question type; checked again before use. */
export type StoredResponse = { type: string } & Record<string, unknown>;

/** Longest stored response, in characters of JSON. */
export const MAX_RESPONSE_LENGTH = 4000;

/** A submitted exam. */
export interface ExamRecord {
  id: string;
  seed: number;
  startedAt: number;
  submittedAt: number;
  /** Between 0 and 1. */
  score: number;
  passed: boolean;
  /** Between 0 and 1. */
  passMark: number;
  questionIds: string[];
  /** Points earned and full marks per module (one point per question in exams before version 2). */
  byModule: Record<string, { score: number; total: number }>;
  /** Id of the paper taken (absent in exams before there were several papers). */
  paper?: string;
  /** Points earned and full marks. */
  points?: number;
  maxPoints?: number;
  /** Questions answered and left blank. */
  answered?: number;
  unanswered?: number;
  /** Case questions not yet self-assessed: while above 0, `passed` is false and the score is provisional. */
  pending?: number;
  /** The answer given per question id (the question's own response object), so the attempt reopens as it was; absent in exams saved before. */
  responses?: Record<string, Record<string, unknown>>;
  /** Ids of the questions flagged (标记) when the exam was submitted. */
  flags?: string[];
}

/** An exam in progress, kept as the candidate goes so a reload or a closed tab does not lose it. */
export interface ExamSession {
  paper: string;
  seed: number;
  startedAt: number;
  /** Time left on the clock in ms when last saved; absent once the candidate switched the timer off. */
  left?: number;
  /** The answer given so far per question id (the question's own response object). */
  answers: Record<string, Record<string, unknown>>;
  /** Ids of the questions flagged for later (标记). */
  flags: string[];
  savedAt: number;
}

/** A question in the wrong-answer notebook; `streak` counts right answers since the last wrong one. */
export interface NotebookEntry {
  addedAt: number;
  lastWrongAt: number;
  streak: number;
  answer?: string;
}

/** The id a trainer's custom path has when a learner follows it: the custom path page's own name (/paths/custom/). */
export const CUSTOM_PATH_ID = 'custom';

/**
 * A learning path the learner follows: a path of content/paths/, by its id, or a trainer's custom path
 * (id "custom", CUSTOM_PATH_ID), which exists only as its link.
 */
interface FollowedPath {
  id: string;
  since: number;
  /** A custom path's link query (`?p=…&t=…&n=…`), so the learner finds the path again without the link. */
  link?: string;
}

/** Everything kept about one learner. */
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  learnerName: string;
  /**
   * The learner's own id (learner-id.ts), made with the progress and kept for good; '' only in
   * progress read from a file exported before ids existed (the store gives stored progress one on reading it).
   */
  learnerId: string;
  /** The 工号 (staff number) the learner gave next to their name, '' when none. */
  staffId: string;
  lessons: Record<string, LessonProgress>;
  /** Oldest first, per question id. */
  attempts: Record<string, Attempt[]>;
  exams: ExamRecord[];
  notebook: Record<string, NotebookEntry>;
  /** Resume position per practice set id. */
  practice: Record<string, number>;
  /** When the learner last exported their progress to a file; absent if never. */
  exportedAt?: number;
  /** Starred questions (收藏) by id, with when each was starred. */
  favourites: Record<string, number>;
  /** The mock exam under way, if any. */
  examSession?: ExamSession;
  /** The learning path the learner chose to follow, until they leave it; absent when none. */
  path?: FollowedPath;
  /** Practice steps of learning paths done, by `<path id>/<module id>`, with when. */
  pathSteps: Record<string, number>;
  updatedAt: number;
}
