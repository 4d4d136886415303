import type { ExamGrade } from './exam.ts';

/**
 * A score (0–1) as a whole percentage, rounded down so that a score just under the pass mark
 * never shows as the pass mark itself (79.6% is "79%", not a failing "80%").
 */
export function percentOf(score: number): number {
  // The small epsilon keeps sums such as 0.1 + 0.7 (0.7999…) at 80.
  return Math.floor(score * 100 + 1e-9);
}

/** Points earned out of one point per question, with at most one decimal, rounded down: "26.5". */
export function formatPoints(points: number): string {
  const tenths = Math.floor(points * 10 + 1e-9);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** One row of the per-module results table. */
export interface ModuleRow {
  id: string;
  title: string;
  /** Points earned in the module's questions. */
  points: string;
  total: number;
  percent: number;
}

/**
 * The per-module results in course order: modules not in the exam are left out, and a module the
 * course no longer has (a renamed one in an old record) comes last under its id.
 */
export function moduleRows(byModule: ExamGrade['byModule'], modules: readonly { id: string; title: string }[]): ModuleRow[] {
  const known = modules.filter((m) => byModule[m.id]);
  const unknown = Object.keys(byModule)
    .filter((id) => !modules.some((m) => m.id === id))
    .sort()
    .map((id) => ({ id, title: id }));
  return [...known, ...unknown].map(({ id, title }) => {
    const { score, total } = byModule[id]!;
    return { id, title, points: formatPoints(score), total, percent: percentOf(total ? score / total : 0) };
  });
}

/** The id of an exam record: the seed and the start time, so retakes of the same paper stay apart. */
export function examRecordId(seed: number, startedAt: number): string {
  return `${seed}-${startedAt}`;
}
