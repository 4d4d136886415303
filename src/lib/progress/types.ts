/** The learner's progress as kept in the browser and in exported files. Times are epoch milliseconds. */

/** Version of the stored shape: raise it and add a step to migrate.ts whenever the shape changes. */
export const PROGRESS_VERSION = 1;

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
  byModule: Record<string, { score: number; total: number }>;
}

/** A question in the wrong-answer notebook; `streak` counts right answers since the last wrong one. */
export interface NotebookEntry {
  addedAt: number;
  lastWrongAt: number;
  streak: number;
  answer?: string;
}

/** Everything kept about one learner. */
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  learnerName: string;
  lessons: Record<string, LessonProgress>;
  /** Oldest first, per question id. */
  attempts: Record<string, Attempt[]>;
  exams: ExamRecord[];
  notebook: Record<string, NotebookEntry>;
  /** Resume position per practice set id. */
  practice: Record<string, number>;
  /** When the learner last exported their progress to a file; absent if never. */
  exportedAt?: number;
  updatedAt: number;
}
