import { localDate } from '../dates.ts';
import { paperOfRecord } from '../exam-papers.ts';
import { completedCount } from './lesson-state.ts';
import type { ExamRecord, ProgressData } from './types.ts';

/** A module as the charts need it: its lessons and questions. */
export interface ModuleShape {
  id: string;
  lessonIds: readonly string[];
  questionIds: readonly string[];
}

/** Completion and accuracy of one module. */
export interface ModuleStats {
  id: string;
  done: number;
  total: number;
  /** Share of answers to the module's questions with full marks, 0–1; null before the first answer. */
  accuracy: number | null;
  attempts: number;
}

/** Completion and accuracy per module, for the bars on the progress page. */
export function moduleStats(data: ProgressData, modules: readonly ModuleShape[]): ModuleStats[] {
  return modules.map(({ id, lessonIds, questionIds }) => {
    const answers = questionIds.flatMap((q) => data.attempts[q] ?? []);
    const right = answers.filter((a) => a.correct).length;
    return { id, done: completedCount(data, lessonIds), total: lessonIds.length, accuracy: answers.length ? right / answers.length : null, attempts: answers.length };
  });
}

/** Activity on one local day. */
export interface DayActivity {
  /** YYYY-MM-DD, local time. */
  date: string;
  /** Answers given that day. */
  answers: number;
  /** Lessons opened for the first time or last visited that day. */
  lessons: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Study activity per local day over the `days` days ending today (oldest first): answers given
 * and lessons visited. Days with nothing are included, so the chart shows the gaps too.
 */
export function dailyActivity(data: ProgressData, now: number, days: number): DayActivity[] {
  const out = new Map<string, DayActivity>();
  // Step back from noon, so a change to or from summer time never skips or repeats a date.
  const noon = new Date(now);
  noon.setHours(12, 0, 0, 0);
  for (let i = days - 1; i >= 0; i--) {
    const date = localDate(noon.getTime() - i * DAY);
    out.set(date, { date, answers: 0, lessons: 0 });
  }
  for (const list of Object.values(data.attempts))
    for (const a of list) {
      const day = out.get(localDate(a.at));
      if (day) day.answers++;
    }
  for (const lesson of Object.values(data.lessons)) {
    const dates = new Set([localDate(lesson.firstVisit), localDate(lesson.lastVisit)]);
    for (const date of dates) {
      const day = out.get(date);
      if (day) day.lessons++;
    }
  }
  return [...out.values()];
}

/** One exam as a point of the score chart. */
export interface ExamPoint {
  id: string;
  at: number;
  /** Whole percent. */
  percent: number;
  passMark: number;
  passed: boolean;
  /** The paper's id. */
  paper: string;
}

/**
 * The last `limit` exams on the paper of the latest one, oldest first, for the score chart: papers have pass
 * lines of their own, and the chart draws one. `papers` are the course's, in order (`paperOfRecord`).
 */
export function examSeries(exams: readonly ExamRecord[], limit: number, papers: readonly { id: string }[] = []): ExamPoint[] {
  const paperOf = (e: ExamRecord) => paperOfRecord(e, papers);
  const sorted = [...exams].sort((a, b) => a.submittedAt - b.submittedAt);
  const latest = sorted.at(-1);
  return sorted
    .filter((e) => paperOf(e) === (latest && paperOf(latest)))
    .slice(-limit)
    .map((e) => ({ id: e.id, at: e.submittedAt, percent: Math.round(e.score * 100), passMark: Math.round(e.passMark * 100), passed: e.passed, paper: paperOf(e) }));
}
