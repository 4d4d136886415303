import type { ExamGrade } from './exam.ts';

/**
 * The course's one rounding rule, for every score, share and percentage it shows: to `decimals`
 * places, halves rounded up (2/3 is 67%, 26.25 points 26.3). A tiny allowance keeps sums such as
 * 0.1 + 0.7 (0.7999…) at 0.8, and products such as 0.285 × 100 (28.499…) at 28.5.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + 1e-7) / factor;
}

/** A share (0–1) as a whole percentage, by the one rounding rule: 2/3 is 67. */
export function percentOf(share: number): number {
  return roundHalfUp(share * 100);
}

/** Points with at most one decimal, by the one rounding rule: "26.5", "20". */
export function formatPoints(points: number): string {
  return String(roundHalfUp(points, 1));
}

/** A part of a whole as the course shows it, a fraction beside its percentage: { part: "20", total: "30", percent: 67 }. */
export function fraction(part: number, total: number): { part: string; total: string; percent: number } {
  return { part: formatPoints(part), total: formatPoints(total), percent: total > 0 ? percentOf(part / total) : 0 };
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
